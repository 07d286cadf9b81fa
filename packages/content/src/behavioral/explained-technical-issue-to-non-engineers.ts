import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "explained-technical-issue-to-non-engineers",
  competency: "communication",
  question: {
    en: "Tell me about a time you had to explain a complex technical issue to people without a technical background so they could make a decision.",
    ru: "Расскажите о случае, когда вам нужно было объяснить сложную техническую проблему людям без технического бэкграунда, чтобы они могли принять решение.",
  },
  probes: {
    situation: [
      { en: "What was the issue, and who was the audience?" },
      { en: "What decision did they need to make?" },
    ],
    task: [{ en: "What did they need to understand, and what could you leave out?" }],
    action: [
      { en: "How did you prepare? Did you write something, draw diagrams, use an analogy?" },
      { en: "How did you check that they had understood and not just nodded along?" },
      { en: "How did you present the trade-offs without pushing your own preference too hard?" },
    ],
    result: [
      { en: "What did they decide, and how well did it work out?" },
      { en: "What feedback did you get on your explanation?" },
    ],
  },
  followUps: [
    {
      en: "What is the most common mistake engineers make when explaining things to non-engineers?",
    },
    { en: "How would you explain the same issue to an executive with two minutes?" },
    { en: "Tell me about an explanation that did not land. What went wrong?" },
  ],
  strongAnswer: {
    junior: {
      en: "Explained a technical limitation or bug to a product manager or support colleague in plain language, focused on impact and options, and confirmed understanding.",
    },
    mid: {
      en: "Prepared a clear explanation of a trade-off (for example technical debt versus a new feature, or consistency versus speed), tailored it to the audience, and enabled a good decision. Shows the outcome.",
    },
    senior: {
      en: "Explained a complex cross-system issue to leadership or several departments, framed it in terms of business risk and cost, and made the options and recommendation clear enough to get a timely decision.",
    },
    staff: {
      en: "Communicated technical strategy or major risk to executives or the board, translating architecture into business outcomes, and secured investment or a change of direction as a result.",
    },
  },
  redFlags: [
    { en: "Condescending or dismissive about the audience's understanding." },
    { en: "Used jargon and blames the audience for not getting it." },
    { en: "Manipulated the explanation to force the decision they wanted." },
  ],
};
