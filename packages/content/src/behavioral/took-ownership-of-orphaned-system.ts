import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "took-ownership-of-orphaned-system",
  competency: "proactivity-and-ownership",
  question: {
    en: "Tell me about a time you took ownership of a system, service or codebase that effectively had no owner.",
    ru: "Расскажите о случае, когда вы взяли на себя ответственность за систему, сервис или кодовую базу, у которой фактически не было владельца.",
  },
  probes: {
    situation: [
      { en: "What was the system, and how did it end up without an owner?" },
      { en: "What problems was that causing: incidents, slow changes, people afraid to touch it?" },
    ],
    task: [
      { en: "Did someone ask you to take it over, or did you volunteer? What did you commit to?" },
    ],
    action: [
      { en: "What did you do in the first few weeks to understand the system?" },
      { en: "Which improvements did you prioritize, and why those first?" },
      { en: "How did you make the ownership official and visible to other teams?" },
    ],
    result: [
      {
        en: "What was different six months later? Give concrete indicators like incident count, deploy frequency or on-call pages.",
      },
      { en: "What did you learn about taking over legacy systems?" },
    ],
  },
  followUps: [
    {
      en: "How did you handle the pressure of becoming the go-to person for everything about that system?",
    },
    { en: "Did you eventually hand it off or spread the knowledge? How?" },
    { en: "How did you avoid rewriting it from scratch, or did you decide to rewrite it?" },
  ],
  strongAnswer: {
    junior: {
      en: "Volunteered to own a small internal tool or job, read the code and documented how it works, fixed the worst issues, and became a reliable point of contact.",
    },
    mid: {
      en: "Took over a service with a history of problems, added monitoring and tests, wrote a runbook, cleared the worst debt incrementally, and shows improved reliability or delivery speed.",
    },
    senior: {
      en: "Established ownership of a shared component used by many teams: defined its interface and support model, set priorities with consumers, and reduced incidents or integration time across those teams.",
    },
    staff: {
      en: "Recognized an ownership gap as an organizational problem (many orphaned services after a reorg) and drove a mechanism: service catalog, ownership reviews, deprecation rules, so that systems stop falling through the cracks.",
    },
  },
  redFlags: [
    {
      en: "Immediately started a big rewrite without understanding why the system was the way it was.",
    },
    { en: "Became a single point of failure and treats that as a success." },
    { en: "Ownership was only informal; nobody else knew they were responsible." },
  ],
};
