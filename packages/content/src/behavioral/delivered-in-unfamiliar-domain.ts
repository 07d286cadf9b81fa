import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "delivered-in-unfamiliar-domain",
  competency: "handling-ambiguity",
  question: {
    en: "Tell me about a time you had to deliver something in a codebase or business domain you did not know, with little documentation and nobody readily available to explain it.",
    ru: "Расскажите о случае, когда вам нужно было сделать задачу в незнакомой кодовой базе или предметной области, почти без документации и без людей, которые могли бы всё объяснить.",
  },
  probes: {
    situation: [
      { en: "What was the codebase or domain, and why was it unfamiliar to you?" },
      { en: "Why was there so little documentation or help available?" },
    ],
    task: [{ en: "What did you have to deliver, and how much time did you have?" }],
    action: [
      { en: "How did you build a mental model of the system? What did you read, run or trace?" },
      {
        en: "How did you find the few people who did know something, and how did you use their time?",
      },
      { en: "How did you reduce the risk of breaking something you did not fully understand?" },
    ],
    result: [
      { en: "Did you deliver on time, and did anything break?" },
      { en: "What did you leave behind for the next person, such as docs, tests or diagrams?" },
    ],
  },
  followUps: [
    { en: "What was the most misleading thing you found in that codebase?" },
    { en: "How do you decide when to stop exploring and start changing code?" },
    { en: "How do you onboard yourself into a new area now?" },
  ],
  strongAnswer: {
    junior: {
      en: "Systematically explored (ran the code locally, used a debugger, read tests and commit history), asked precise questions, and made a careful, well-tested change.",
    },
    mid: {
      en: "Learned the domain fast enough to deliver a feature safely: wrote characterization tests before changing behavior, validated understanding with a domain expert, and documented what they learned for the team.",
    },
    senior: {
      en: "Took on a critical change in an unknown system spanning several services, mapped dependencies and data flows, used staged rollout to limit risk, and left the area much easier for other teams to work in.",
    },
    staff: {
      en: "Stepped into an unfamiliar business domain (payments, compliance, a recently acquired company's stack), built enough understanding to set technical direction, and created the documentation and ownership structure the org was missing.",
    },
  },
  redFlags: [
    { en: "Made changes by trial and error in production without understanding the system." },
    { en: "Blocked for long periods waiting for someone to explain things." },
    { en: "Left no trace of what they learned for the next person." },
  ],
};
