import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "impact-beyond-your-team",
  competency: "leadership-and-impact",
  question: {
    en: "What is the work you are proudest of that had an impact beyond your own team? Walk me through it.",
    ru: "Какой своей работой, повлиявшей не только на вашу команду, вы гордитесь больше всего? Расскажите о ней подробно.",
  },
  probes: {
    situation: [
      { en: "What was the problem, and who was affected by it?" },
      { en: "Why was it important to the business at that time?" },
    ],
    task: [{ en: "What was your role, and how was it defined?" }],
    action: [
      { en: "What were the key decisions you personally made?" },
      { en: "How did you get other teams to adopt or support the work?" },
      { en: "What was the hardest obstacle, and how did you get past it?" },
    ],
    result: [
      { en: "What was the measurable impact: revenue, cost, reliability, developer productivity?" },
      { en: "How would you do it differently with what you know now?" },
    ],
  },
  followUps: [
    { en: "Who else was essential to the success, and what did they contribute?" },
    { en: "How did you decide this was the most important thing to work on?" },
    { en: "How is the work maintained or evolving now?" },
  ],
  strongAnswer: {
    junior: {
      en: "Describes a contribution with reach beyond their immediate task (a shared component, a fix that helped other teams, a tool others adopted) and can explain who benefited and how.",
    },
    mid: {
      en: "Built something used by other teams (a library, an internal tool, an API) and can quantify adoption and the effect on others' work, such as time saved or incidents avoided.",
    },
    senior: {
      en: "Drove a project whose impact spanned several teams or a product area, made key technical decisions, got adoption through influence, and can tie it to business outcomes.",
    },
    staff: {
      en: "Led work that changed the company's technical capabilities or strategy (a platform, an architecture shift, a reliability program), with impact on business metrics and on how many teams work.",
    },
  },
  redFlags: [
    { en: "Cannot separate their contribution from the team's." },
    { en: 'Impact is described vaguely ("it was very successful") with no evidence.' },
    { en: "Takes credit for the work of others or fails to mention collaborators." },
  ],
};
