import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "misunderstanding-that-caused-a-problem",
  competency: "communication",
  question: {
    en: "Describe a time a misunderstanding caused a real problem on your team or project. What happened, and what did you change?",
    ru: "Опишите случай, когда недопонимание привело к реальной проблеме в команде или проекте. Что произошло и что вы изменили?",
  },
  probes: {
    situation: [
      { en: "What was misunderstood, and between whom?" },
      { en: "How and when was the misunderstanding discovered?" },
    ],
    task: [{ en: "What was your part in the communication, and what did you need to fix?" }],
    action: [
      { en: "What did you do once you realized there was a misunderstanding?" },
      { en: "Which part of the miscommunication was yours?" },
      { en: "What did you change in how you communicate to prevent it happening again?" },
    ],
    result: [
      { en: "What was the cost of the misunderstanding, and how much did you recover?" },
      { en: "Has the change you made actually prevented similar problems? Any example?" },
    ],
  },
  followUps: [
    { en: "How do you confirm that someone understood what you meant?" },
    { en: "Which communication channel do you trust least for important decisions, and why?" },
    { en: "How do you handle communication across time zones or languages?" },
  ],
  strongAnswer: {
    junior: {
      en: "Describes a misunderstanding about a task (built the wrong thing, misread an API contract), owns their part, and now confirms understanding by restating requirements or writing acceptance criteria.",
    },
    mid: {
      en: "Identified how a miscommunication between roles led to rework or a bug, fixed the immediate issue, and introduced a practice such as written decisions, API contract tests or kickoff checklists.",
    },
    senior: {
      en: "Resolved a cross-team misunderstanding (different assumptions about an interface or a launch plan), set up shared artifacts and communication routines that made expectations explicit across teams.",
    },
    staff: {
      en: "Recognized misunderstandings as an organizational pattern (unclear decision records, inconsistent terminology between teams) and created mechanisms such as decision logs, shared glossaries or planning rituals to address it company-wide.",
    },
  },
  redFlags: [
    { en: "The misunderstanding was entirely the other side's fault." },
    { en: 'No change in practice; just "we talked more".' },
    { en: "Cannot describe the concrete consequences of the misunderstanding." },
  ],
};
