import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "mediated-conflict-between-teammates",
  competency: "conflict-resolution",
  question: {
    en: "Describe a time two people on your team were in conflict and you helped resolve it.",
    ru: "Опишите случай, когда между двумя коллегами в вашей команде возник конфликт и вы помогли его разрешить.",
  },
  probes: {
    situation: [
      { en: "What was the conflict about, and how was it showing up in the team's work?" },
      { en: "How long had it been going on before you got involved?" },
    ],
    task: [{ en: "Why did you get involved? Was it expected of you?" }],
    action: [
      { en: "Did you speak with each person separately first? What did you learn?" },
      { en: "What did you do to move them from positions to the underlying interests?" },
      { en: "When did you involve a manager, or why did you decide not to?" },
    ],
    result: [
      { en: "How did the situation change, and how did you know it had really improved?" },
      { en: "What would you do differently if it happened again?" },
    ],
  },
  followUps: [
    { en: "How did you stay neutral if you agreed with one of them?" },
    { en: "What are the limits of what a peer should do in this situation?" },
    { en: "Did the team change anything to avoid similar conflicts?" },
  ],
  strongAnswer: {
    junior: {
      en: "Noticed tension affecting work, helped in a modest way within their role (for example suggesting a shared session to settle a technical question), and knew when to involve the lead.",
    },
    mid: {
      en: "Talked to both people, found the real source (unclear ownership, different quality standards), proposed a concrete agreement, and followed up to see it held. Work output measurably improved.",
    },
    senior: {
      en: "Resolved a conflict with impact on several people or teams, addressed structural causes such as overlapping responsibilities or unclear decision rights, and coached the people involved rather than just ruling on the dispute.",
    },
    staff: {
      en: "Handled a conflict between senior people or groups that was blocking org-level progress, created a decision framework or ownership model, and worked with management to make the resolution stick.",
    },
  },
  redFlags: [
    { en: "Took one side from the start, or gossiped about it." },
    { en: "Escalated immediately without any attempt to understand the issue." },
    { en: "Claims the conflict was resolved, with no evidence it actually was." },
  ],
};
