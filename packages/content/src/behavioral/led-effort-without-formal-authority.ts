import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "led-effort-without-formal-authority",
  competency: "leadership-and-impact",
  question: {
    en: "Tell me about a time you led an effort without having formal authority over the people involved.",
    ru: "Расскажите о случае, когда вы руководили инициативой, не имея формальных полномочий над её участниками.",
  },
  probes: {
    situation: [
      { en: "What was the effort, and who was involved?" },
      { en: "Why did you end up leading it rather than a manager?" },
    ],
    task: [{ en: "What did success look like, and what were you accountable for?" }],
    action: [
      { en: "How did you get people to commit time to it when it was not their main priority?" },
      { en: "How did you make decisions and resolve disagreements without authority?" },
      { en: "What did you personally do to keep it on track?" },
    ],
    result: [
      { en: "What was achieved? Give measurable outcomes if you can." },
      { en: "What would you do differently in leading a similar effort?" },
    ],
  },
  followUps: [
    { en: "How did you handle someone who did not deliver what they had committed to?" },
    { en: "Did you have a sponsor? How did you use them?" },
    { en: "How did you give credit to the people involved?" },
  ],
  strongAnswer: {
    junior: {
      en: "Coordinated a small effort among peers (organizing a bug bash, leading a documentation cleanup), got buy-in through clarity and enthusiasm, and followed it through.",
    },
    mid: {
      en: "Led a feature or initiative involving several engineers from the team or neighbouring teams, set up a plan and regular check-ins, resolved disagreements through discussion, and delivered a concrete outcome.",
    },
    senior: {
      en: "Led a cross-team initiative (a shared library, an observability rollout, a security fix across services) through influence: built a coalition, aligned priorities with several managers, and achieved measurable results.",
    },
    staff: {
      en: "Led an org-wide technical initiative spanning many teams without line authority, set vision and milestones, secured executive sponsorship, and changed how the organization builds or runs software.",
    },
  },
  redFlags: [
    { en: "Relied on escalation or a manager's name to get compliance." },
    { en: "Did all the work themselves instead of leading others." },
    { en: "No clear outcome or no credit given to others." },
  ],
};
