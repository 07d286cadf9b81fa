import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "project-that-kept-hitting-setbacks",
  competency: "perseverance",
  question: {
    en: "Describe a project that kept running into setbacks. How did you keep it moving?",
    ru: "Опишите проект, который постоянно сталкивался с трудностями. Как вам удавалось двигать его вперёд?",
  },
  probes: {
    situation: [
      { en: "What was the project, and what kinds of setbacks did it hit?" },
      { en: "How did the setbacks affect the timeline and the team's morale?" },
    ],
    task: [{ en: "What was your role, and what were you accountable for delivering?" }],
    action: [
      { en: "Take the worst setback. What did you personally do in response?" },
      { en: "Did you change the plan, the scope or the approach? How did you decide?" },
      { en: "How did you keep yourself and others going when progress was slow?" },
    ],
    result: [
      { en: "Did the project ship? How late, and with what scope compared to the original plan?" },
      { en: "What was the eventual impact, and was it worth the effort?" },
    ],
  },
  followUps: [
    { en: "At what point would it have been right to stop the project instead?" },
    { en: "Which setbacks could have been predicted, and what would you plan for now?" },
    { en: "How did you communicate the setbacks to stakeholders?" },
  ],
  strongAnswer: {
    junior: {
      en: "Kept delivering their part despite blockers (flaky environments, changing APIs), found workarounds, raised blockers early and did not let frustration affect quality.",
    },
    mid: {
      en: "Adapted the plan of a feature after repeated setbacks: cut scope to ship something useful, solved key technical obstacles themselves, and kept stakeholders updated. Shows the shipped outcome in concrete terms.",
    },
    senior: {
      en: "Steered a troubled multi-team project: identified the recurring causes of setbacks, renegotiated scope and dependencies, unblocked others, and kept the team's morale up. Can honestly weigh the final cost against the value.",
    },
    staff: {
      en: "Sustained a long, strategic effort through organizational setbacks (reorgs, budget cuts, leadership changes), repeatedly re-justified it with evidence, restructured it into deliverable stages, and saw it through to company-level impact.",
    },
  },
  redFlags: [
    { en: "Persistence without adaptation: kept pushing the same failing approach." },
    { en: "Every setback was someone else's fault." },
    { en: "No outcome: the story just trails off." },
  ],
};
