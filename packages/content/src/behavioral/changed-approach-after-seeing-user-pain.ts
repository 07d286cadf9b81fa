import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "changed-approach-after-seeing-user-pain",
  competency: "empathy-and-collaboration",
  question: {
    en: "Tell me about a time you changed your technical approach after really understanding a user's or customer's experience.",
    ru: "Расскажите о случае, когда вы изменили свой технический подход после того, как по-настоящему поняли опыт пользователя или клиента.",
  },
  probes: {
    situation: [
      { en: "What were you building, and who were the users?" },
      {
        en: "How did you come into contact with the user's experience: a support ticket, a user interview, data?",
      },
    ],
    task: [{ en: "What had you planned to do before you learned this?" }],
    action: [
      { en: "What did you learn that surprised you?" },
      { en: "What did you change in the design or implementation, and what did you give up?" },
      { en: "How did you convince others that the change was worth it?" },
    ],
    result: [
      { en: "How did it affect users? Do you have any data or direct feedback?" },
      { en: "How do you stay close to users in your work now?" },
    ],
  },
  followUps: [
    { en: "How do you weigh a single user's pain against what the data says about most users?" },
    { en: "What happens when what users ask for differs from what they need?" },
    {
      en: 'Who are the "users" of internal tools or platform work, and how do you understand them?',
    },
  ],
  strongAnswer: {
    junior: {
      en: "Read support tickets or watched a user session, realized their feature was confusing or slow in practice, and made a concrete improvement (better error messages, fewer steps).",
    },
    mid: {
      en: "Sought out users directly, changed the design of a feature based on what they learned (for example adding offline support or undo), and validated the result with metrics or feedback.",
    },
    senior: {
      en: "Used deep understanding of users, including internal developers for platform work, to reshape a larger project's priorities, and built feedback channels so the team keeps learning from users.",
    },
    staff: {
      en: "Brought user understanding into engineering strategy: shifted investment toward what hurt users most (reliability, performance on low-end devices, accessibility), and made user impact a standard input to technical decisions.",
    },
  },
  redFlags: [
    { en: "Users appear only as abstract requirements; no contact with real experience." },
    { en: 'Dismisses user complaints as users "using it wrong".' },
    { en: "No follow-up on whether the change actually helped." },
  ],
};
