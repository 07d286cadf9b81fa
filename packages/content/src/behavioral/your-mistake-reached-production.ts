import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "your-mistake-reached-production",
  competency: "proactivity-and-ownership",
  question: {
    en: "Tell me about a time a mistake you made reached production. What happened, and what did you do?",
    ru: "Расскажите о случае, когда ваша ошибка попала в продакшен. Что произошло и что вы сделали?",
  },
  probes: {
    situation: [{ en: "What was the change, and what exactly went wrong once it was live?" }],
    task: [
      { en: "Who discovered it, you or someone else? What did you need to do once you knew?" },
    ],
    action: [
      { en: "What did you do in the first minutes after you realized it was your change?" },
      { en: "Who did you tell, and how did you phrase it?" },
      { en: "What did you change afterwards so the same kind of mistake would be caught earlier?" },
    ],
    result: [
      { en: "What was the impact: how many users, how long, any data to fix?" },
      { en: "How has this changed the way you work today? Give a specific example." },
    ],
  },
  followUps: [
    { en: "Why did review, tests and staging not catch it?" },
    {
      en: "How did your team react, and how did that affect how you felt about reporting mistakes?",
    },
    { en: "How would you react if a junior colleague made the same mistake?" },
  ],
  strongAnswer: {
    junior: {
      en: "Owns the mistake plainly, raised it quickly instead of hiding it, helped roll back or fix, and added a test or checklist item. Shows what they do differently now.",
    },
    mid: {
      en: "Led the fix for their own change, communicated impact to the affected people, wrote up the cause, and improved the safety net (better tests, feature flag, staged rollout) rather than just promising to be more careful.",
    },
    senior: {
      en: "Treats their mistake as a signal about the system: finds why the process allowed it and fixes that for the whole team or several teams, such as adding migration checks to CI or canary deploys. Models blameless behavior publicly.",
    },
    staff: {
      en: "Uses a personal mistake to drive an org-wide improvement in how risky changes are made (schema change policy, config validation, rollout tooling), and openly shares the story to build a culture where mistakes are reported early.",
    },
  },
  redFlags: [
    { en: "Picks a trivial mistake or one that was really someone else's fault." },
    { en: "Tried to fix it quietly without telling anyone, or delayed reporting it." },
    { en: 'Only lesson is "be more careful", with no change to tests, process or tooling.' },
  ],
};
