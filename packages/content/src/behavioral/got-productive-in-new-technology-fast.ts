import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "got-productive-in-new-technology-fast",
  competency: "growth-and-learning",
  question: {
    en: "Tell me about a time you had to become productive in a new language, framework or technology quickly.",
    ru: "Расскажите о случае, когда вам нужно было быстро начать продуктивно работать с новым языком, фреймворком или технологией.",
  },
  probes: {
    situation: [
      { en: "What was the technology, and why did you need to learn it?" },
      { en: "How much time did you have before you needed to deliver something real?" },
    ],
    task: [{ en: "What did you have to build or fix with it?" }],
    action: [
      { en: "How did you structure your learning? What did you read, build or ask?" },
      { en: "How did you check that you were using it well, not just getting it to work?" },
      { en: "What did you get wrong at first, and how did you find out?" },
    ],
    result: [
      { en: "What did you deliver, and how did it hold up in production?" },
      {
        en: "How long did it take until you felt confident, and what would speed that up next time?",
      },
    ],
  },
  followUps: [
    { en: "How do you decide how deep to go when learning something new?" },
    { en: "How did you share what you learned with the team?" },
    { en: "What technology are you learning right now, and why?" },
  ],
  strongAnswer: {
    junior: {
      en: "Learned a new tool with a clear method (official docs, a small practice project, reading existing code), shipped a working task, and sought review from someone experienced.",
    },
    mid: {
      en: "Became productive in a new stack for a real feature within a tight timeframe, learned the idioms and pitfalls, not just syntax, and avoided common mistakes thanks to review and reading production code.",
    },
    senior: {
      en: "Evaluated and adopted a new technology for the team, learned it deeply enough to set conventions, and created guides or examples so others ramped up faster.",
    },
    staff: {
      en: "Led an organization's adoption of a new technology or paradigm, built understanding of its operational implications at scale, and designed the training, standards and migration path for many teams.",
    },
  },
  redFlags: [
    { en: "Copied snippets until it worked with no understanding of the underlying concepts." },
    { en: "Claims to have become an expert in days." },
    { en: "No curiosity; learning stopped as soon as the ticket was closed." },
  ],
};
