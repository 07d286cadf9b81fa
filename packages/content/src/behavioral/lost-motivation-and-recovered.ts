import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "lost-motivation-and-recovered",
  competency: "motivation",
  question: {
    en: "Describe a period when you lost motivation at work. What caused it, and what did you do about it?",
    ru: "Опишите период, когда вы теряли мотивацию на работе. Что к этому привело и что вы предприняли?",
  },
  probes: {
    situation: [
      { en: "What was going on at work and in the project at that time?" },
      {
        en: "How did you first notice that your motivation had dropped? What changed in your work?",
      },
    ],
    task: [{ en: "What were you still expected to deliver during that period?" }],
    action: [
      { en: "What did you do first once you recognized the problem?" },
      { en: "Did you talk to your manager or anyone else about it? How did that conversation go?" },
      { en: "What did you change in your work, your environment or your goals?" },
    ],
    result: [
      { en: "How did your work and your engagement look a few months later? Any concrete signs?" },
      { en: "What do you do now to catch this earlier?" },
    ],
  },
  followUps: [
    { en: "How did the dip affect your teammates, and did you do anything about that?" },
    { en: "What could your manager have done differently to help?" },
    { en: "How would you help a teammate who is going through the same thing?" },
  ],
  strongAnswer: {
    junior: {
      en: "Honestly names a cause (repetitive tickets, unclear purpose, feeling stuck) and describes a concrete step: asking for a different kind of task, pairing, setting learning goals. Kept delivering while working on it.",
    },
    mid: {
      en: "Diagnoses the cause clearly, raises it with the manager with a proposal rather than a complaint, and changes something structural, for example taking ownership of an area or rotating into a new project. Shows the result in their output.",
    },
    senior: {
      en: "Recognizes that their disengagement affects others, deals with it openly, and reshapes their role toward work that matters to the org (for example picking up a neglected reliability problem). Uses the experience to watch for the same signs in their team.",
    },
    staff: {
      en: "Connects their own motivation to organizational causes such as unclear strategy or churn, and works on the cause: clarifying direction, pushing for a decision, or changing scope. Shows mature self-management and how the experience informs how they support others.",
    },
  },
  redFlags: [
    { en: "Claims they have never lost motivation, or gives a non-answer." },
    { en: "Blames everything on the company or manager and describes no action of their own." },
    { en: "Quality of work dropped and they let it happen silently for months." },
  ],
};
