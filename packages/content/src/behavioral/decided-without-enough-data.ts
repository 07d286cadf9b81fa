import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "decided-without-enough-data",
  competency: "handling-ambiguity",
  question: {
    en: "Describe a technical decision you had to make without enough information. How did you decide, and how did it turn out?",
    ru: "Опишите техническое решение, которое вам пришлось принять без достаточной информации. Как вы принимали решение и к чему оно привело?",
  },
  probes: {
    situation: [
      {
        en: "What was the decision, for example a database, an architecture, a vendor or a rollout plan?",
      },
      { en: "What information was missing, and why could you not simply get it?" },
    ],
    task: [{ en: "Were you the one accountable for the decision? What was the deadline?" }],
    action: [
      { en: "What options did you consider, and how did you compare them?" },
      {
        en: "What did you do to reduce the uncertainty quickly, such as a spike, a benchmark or asking an expert?",
      },
      { en: "How did you make the decision reversible, or plan for being wrong?" },
    ],
    result: [
      { en: "Was the decision right in hindsight? What evidence do you have?" },
      { en: "If it was wrong, how quickly did you notice and what did it cost to change course?" },
    ],
  },
  followUps: [
    { en: "How did you communicate the uncertainty to the people depending on the decision?" },
    {
      en: "How do you tell the difference between a decision you can make quickly and one that needs more research?",
    },
    { en: "What would have made you change your mind at the time?" },
  ],
  strongAnswer: {
    junior: {
      en: "Made a reasonable choice in their own task (a library, a data structure), explained the reasoning, time-boxed research, and checked with someone more experienced rather than stalling.",
    },
    mid: {
      en: "Ran a short, targeted experiment to reduce the biggest unknown, documented the options and the chosen trade-off, and set a checkpoint to revisit. Can describe the outcome and what they learned.",
    },
    senior: {
      en: "Made a consequential decision affecting several teams (data store, API contract, build vs buy), separated reversible from irreversible parts, wrote a decision record, and defined signals that would trigger a change of course.",
    },
    staff: {
      en: "Made or shaped a strategic bet with high uncertainty (platform direction, migration approach for the company), structured it as staged investments with clear exit criteria, and got leadership to commit with the risks understood.",
    },
  },
  redFlags: [
    {
      en: "Decision was made by gut feel with no attempt to reduce uncertainty or plan for being wrong.",
    },
    { en: "Froze or escalated everything upward instead of deciding." },
    { en: "Cannot say what happened afterwards or whether the decision held up." },
  ],
};
