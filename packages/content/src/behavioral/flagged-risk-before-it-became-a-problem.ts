import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "flagged-risk-before-it-became-a-problem",
  competency: "proactivity-and-ownership",
  question: {
    en: "Describe a time you spotted a risk early, for example capacity, security, data loss or a deadline, and acted on it before it turned into a real problem.",
    ru: "Опишите случай, когда вы заранее заметили риск, например по нагрузке, безопасности, потере данных или срокам, и приняли меры до того, как он превратился в реальную проблему.",
  },
  probes: {
    situation: [
      { en: "What was the risk, and what signal made you notice it?" },
      { en: "Why had nobody else picked up on it?" },
    ],
    task: [
      { en: "Whose responsibility was it formally, and what did you decide your part should be?" },
    ],
    action: [
      { en: "How did you check that the risk was real and estimate how bad it could get?" },
      { en: "How did you raise it, and with whom? What did you propose?" },
      { en: "What did you do yourself to reduce the risk?" },
    ],
    result: [
      {
        en: "What would have happened if you had not acted, and how confident are you about that?",
      },
      { en: "What did your action cost in time or scope, and was it worth it?" },
    ],
  },
  followUps: [
    {
      en: "Tell me about a time you raised a risk and people did not take it seriously. What did you do?",
    },
    { en: "How do you avoid crying wolf about every possible risk?" },
    { en: "What monitoring or process exists now so the risk is visible without you?" },
  ],
  strongAnswer: {
    junior: {
      en: "Noticed something concrete in their own work (a query that would not scale, a missing permission check, an estimate that was too low), raised it early with evidence and helped fix it.",
    },
    mid: {
      en: "Identified a risk to their feature or service, quantified it (disk growth trend, load test result, dependency end of life), proposed a plan with a cost, and executed it ahead of the deadline.",
    },
    senior: {
      en: "Saw a risk spanning teams (a shared database approaching limits, a vendor deprecation, a launch date that could not be met), built the case with data, got the right people aligned and coordinated mitigation.",
    },
    staff: {
      en: "Anticipated a strategic risk (compliance requirement, single-region architecture, key-person dependency) and created a roadmap or mechanism to address it, securing investment from leadership before it became urgent.",
    },
  },
  redFlags: [
    { en: "Only mentioned the risk in passing and considered their job done; nothing changed." },
    { en: "Story is hindsight: the problem happened and they claim they had predicted it." },
    { en: "No evidence or sizing; the risk was a vague feeling." },
  ],
};
