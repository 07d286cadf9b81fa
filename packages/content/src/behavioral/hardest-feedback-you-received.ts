import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "hardest-feedback-you-received",
  competency: "growth-and-learning",
  question: {
    en: "What is the hardest piece of feedback you have received at work, and what did you do with it?",
    ru: "Какую самую тяжёлую для вас обратную связь вы получали на работе и что вы с ней сделали?",
  },
  probes: {
    situation: [
      { en: "Who gave you the feedback, and in what context?" },
      { en: "What exactly did they say?" },
    ],
    task: [{ en: "What did you decide you needed to change?" }],
    action: [
      { en: "What was your first reaction, and what did you do after that?" },
      { en: "What specific steps did you take to act on it?" },
      {
        en: "How did you check whether you were actually improving? Did you ask for follow-up feedback?",
      },
    ],
    result: [
      { en: "What evidence is there that you changed?" },
      { en: "Is this still something you work on? How?" },
    ],
  },
  followUps: [
    { en: "Was there any part of the feedback you disagreed with? How did you handle that?" },
    { en: "How do you ask for feedback now?" },
    { en: "Tell me about a time you gave hard feedback to someone else." },
  ],
  strongAnswer: {
    junior: {
      en: "Shares real feedback (for example that their pull requests were too large or that they did not ask for help soon enough), describes concrete changes they made, and shows evidence such as later positive feedback.",
    },
    mid: {
      en: "Describes meaningful feedback about behavior or impact (communication, estimation, ownership), takes responsibility without defensiveness, builds a habit to address it, and can point to how others noticed the change.",
    },
    senior: {
      en: "Received feedback about how they affect others (dominating design discussions, not developing people), changed their approach as a leader, and actively seeks feedback from peers and reports.",
    },
    staff: {
      en: "Acted on feedback about their organizational influence (too narrow a focus, decisions made without enough buy-in), adjusted their leadership style, and built regular feedback loops with senior stakeholders.",
    },
  },
  redFlags: [
    { en: 'Humble-brag feedback such as "I work too hard".' },
    { en: "Spends most of the answer explaining why the feedback was unfair." },
    { en: "No concrete change afterwards." },
  ],
};
