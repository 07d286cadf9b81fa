import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "saw-long-migration-through",
  competency: "perseverance",
  question: {
    en: "Tell me about a long migration or refactoring that you carried through to the very end, including the last difficult part.",
    ru: "Расскажите о долгой миграции или рефакторинге, который вы довели до конца, включая самую трудную последнюю часть.",
  },
  probes: {
    situation: [
      { en: "What were you migrating from and to, and why was it necessary?" },
      { en: "How big was it: how many services, tables, call sites or teams?" },
    ],
    task: [{ en: 'What was your role, and what did "done" mean for this migration?' }],
    action: [
      { en: "How did you plan the migration so the system kept working throughout?" },
      {
        en: "What did you personally build or do to move it along, such as tooling, dual writes or codemods?",
      },
      { en: "How did you deal with the long tail, the last few cases nobody wanted to handle?" },
    ],
    result: [
      { en: "Was the old system fully removed? How long did it take compared to the plan?" },
      { en: "What benefit did the migration bring, in numbers if possible?" },
    ],
  },
  followUps: [
    { en: "What went wrong during the migration, and how did you recover?" },
    { en: "How did you keep other teams engaged when it was not their priority?" },
    { en: "What would you do differently on the next migration?" },
  ],
  strongAnswer: {
    junior: {
      en: "Completed their assigned part of a migration fully (all call sites moved, tests updated, old code deleted), handled awkward edge cases rather than leaving them, and verified nothing broke.",
    },
    mid: {
      en: "Led a migration within their service or team, used an incremental strategy (feature flags, shadow reads, backfills), tracked progress visibly, finished the long tail and removed the old path.",
    },
    senior: {
      en: "Drove a migration across many teams: built tooling that made it easy for others, set milestones, tracked adoption, personally handled the hardest cases, and got to full decommission. Quantifies cost or reliability gains.",
    },
    staff: {
      en: "Owned a company-wide migration over quarters (cloud move, monolith split, data platform change), maintained executive support, adjusted strategy as the landscape changed, and ensured the old system was actually retired.",
    },
  },
  redFlags: [
    {
      en: "Migration was declared done while the old system is still running for a few leftover cases.",
    },
    {
      en: "Big-bang cutover with no rollback plan, presented as a success because it happened to work.",
    },
    { en: "Cannot describe how they dealt with the boring or difficult tail of the work." },
  ],
};
