import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "tracked-down-hard-to-reproduce-bug",
  competency: "perseverance",
  question: {
    en: "Tell me about the hardest bug you have tracked down, especially one that was intermittent or hard to reproduce.",
    ru: "Расскажите о самом сложном баге, который вам удалось найти, особенно если он проявлялся нерегулярно или плохо воспроизводился.",
  },
  probes: {
    situation: [
      { en: "What were the symptoms, and how often did they happen?" },
      { en: "What was the impact of the bug on users or the team while it was unresolved?" },
    ],
    task: [{ en: "Were you assigned to it, or did you pick it up? Had others tried before you?" }],
    action: [
      { en: "What hypotheses did you form, and how did you test each one?" },
      {
        en: "What did you build or change to get more visibility, such as logging, a reproduction harness or a stress test?",
      },
      { en: "At what point were you stuck, and what did you do to get unstuck?" },
    ],
    result: [
      { en: "What was the root cause in the end, and how did you confirm the fix worked?" },
      { en: "How long did it take overall, and what would you do to find it faster next time?" },
    ],
  },
  followUps: [
    { en: "How did you keep stakeholders informed while there was no answer yet?" },
    { en: "When did you consider giving up or working around it, and why did you continue?" },
    { en: "What did you add so that similar bugs are easier to diagnose in future?" },
  ],
  strongAnswer: {
    junior: {
      en: "Approached the bug methodically (reproduce, isolate, bisect, read the code), kept notes, asked for help at sensible points, and can explain the root cause clearly.",
    },
    mid: {
      en: "Hunted a real intermittent issue such as a race condition, memory leak or timezone edge case, built tooling to reproduce it, fixed the cause rather than the symptom, and added regression tests or monitoring.",
    },
    senior: {
      en: "Diagnosed a cross-system issue (cache inconsistency, load balancer behavior, library bug under load) that others had given up on, coordinated with other teams for data, and improved observability so the class of issue became visible.",
    },
    staff: {
      en: "Led the investigation of a long-standing, costly problem affecting the platform, organized the effort across teams, and used the findings to change architecture, tooling or vendor choices for the organization.",
    },
  },
  redFlags: [
    { en: "Random changes until the symptom disappeared, with no confirmed root cause." },
    { en: "Worked alone for weeks without telling anyone or asking for help." },
    { en: "Cannot explain the bug in technical detail." },
  ],
};
