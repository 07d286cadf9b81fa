import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "disagreed-with-technical-decision",
  competency: "conflict-resolution",
  question: {
    en: "Tell me about a time you strongly disagreed with a technical decision made by your team or your lead. How did you handle it?",
    ru: "Расскажите о случае, когда вы были категорически не согласны с техническим решением команды или руководителя. Как вы поступили?",
  },
  probes: {
    situation: [
      { en: "What was the decision, and who made it?" },
      { en: "What was at stake if the decision turned out to be wrong?" },
    ],
    task: [{ en: "What outcome were you hoping for when you decided to raise your disagreement?" }],
    action: [
      { en: "How exactly did you raise your concerns? In a meeting, in writing, one to one?" },
      { en: "What evidence or alternative did you bring?" },
      { en: "How did you try to understand the reasoning of the people who disagreed with you?" },
    ],
    result: [
      { en: "What was decided in the end, and how did it play out technically?" },
      { en: "How was your working relationship with those people afterwards?" },
    ],
  },
  followUps: [
    { en: "If the decision went against you, how did you commit to it?" },
    { en: "Looking back, who was right, and what did you learn from that?" },
    { en: "When is it worth escalating a technical disagreement, and when is it not?" },
  ],
  strongAnswer: {
    junior: {
      en: "Raised a concern respectfully and with specifics (for example a performance risk in a proposed approach), listened to the answer, and committed fully once the decision was made, even if it went the other way.",
    },
    mid: {
      en: "Backed their view with a prototype, benchmark or written comparison, sought to understand the other side's constraints, reached a decision in a reasonable time and supported it. Can reflect on who turned out to be right.",
    },
    senior: {
      en: "Handled disagreement on a decision affecting several teams: wrote up options and trade-offs, facilitated a decision process rather than winning an argument, and used disagree-and-commit with a defined checkpoint to revisit.",
    },
    staff: {
      en: "Disagreed with a direction set at the org level, framed the concern in business terms, engaged senior stakeholders constructively, and either changed the direction or aligned the organization behind the final decision while managing the risk they saw.",
    },
  },
  redFlags: [
    { en: 'Went along silently and then complained or said "I told you so" later.' },
    {
      en: "Won the argument by authority or persistence, not by evidence; shows no curiosity about the other view.",
    },
    { en: "Refused to commit after the decision was made, or worked around it." },
  ],
};
