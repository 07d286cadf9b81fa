import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "blocked-by-another-teams-priorities",
  competency: "conflict-resolution",
  question: {
    en: "Tell me about a time another team's priorities blocked your work. How did you resolve it?",
    ru: "Расскажите о случае, когда приоритеты другой команды блокировали вашу работу. Как вы решили эту ситуацию?",
  },
  probes: {
    situation: [
      { en: "What did you need from the other team, and why was it not happening?" },
      { en: "What was the impact on your deadline or your users?" },
    ],
    task: [
      { en: "What were you responsible for delivering, and what depended on the other team?" },
    ],
    action: [
      { en: "How did you first approach the other team? What did you ask for?" },
      { en: "What did you do to understand their constraints and priorities?" },
      {
        en: "What options did you explore: doing the work yourself, changing the design, escalating?",
      },
    ],
    result: [
      { en: "How was it resolved, and what happened to your delivery?" },
      { en: "How did the relationship with that team look afterwards?" },
    ],
  },
  followUps: [
    { en: "If you escalated, how did you do it without damaging the relationship?" },
    { en: "How would you plan a similar project now to avoid the dependency problem?" },
    {
      en: "Have you been on the other side, the team blocking someone else? How did you handle it?",
    },
  ],
  strongAnswer: {
    junior: {
      en: "Raised the blocker early with their lead, reached out to the other team politely with a clear, specific ask, and worked on something else useful while waiting.",
    },
    mid: {
      en: "Understood the other team's priorities, offered to contribute the change themselves under their review, or adjusted their own design to reduce the dependency. Delivered with limited delay.",
    },
    senior: {
      en: "Resolved a dependency conflict between teams by aligning on shared goals, negotiating priorities with both leads, and escalating transparently with options when needed. Set up a way to avoid the same problem in future planning.",
    },
    staff: {
      en: "Identified recurring cross-team blocking as an org design or planning problem, and changed the mechanism: joint planning, contribution models, platform APIs, so teams could move independently.",
    },
  },
  redFlags: [
    { en: "Escalated to management as a first step, or went around the other team." },
    { en: "Waited passively and then blamed the other team for the missed deadline." },
    { en: "Shows no interest in why the other team had different priorities." },
  ],
};
