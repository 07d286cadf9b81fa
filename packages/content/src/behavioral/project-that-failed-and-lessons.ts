import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "project-that-failed-and-lessons",
  competency: "growth-and-learning",
  question: {
    en: "Tell me about a project that failed. What was your part in it, and what do you do differently now?",
    ru: "Расскажите о проекте, который провалился. Какова была ваша роль и что вы теперь делаете иначе?",
  },
  probes: {
    situation: [{ en: "What was the project supposed to achieve, and in what way did it fail?" }],
    task: [
      { en: "What were you personally responsible for?" },
      { en: "When did you first sense it was going wrong?" },
    ],
    action: [
      { en: "What did you do when you saw warning signs?" },
      { en: "Which of your own decisions contributed to the failure?" },
      {
        en: "What did you do once it was clear the project had failed, such as a retro or salvaging parts?",
      },
    ],
    result: [
      { en: "What was the cost of the failure: time, money, users, morale?" },
      {
        en: "Give a specific example of something you did differently on a later project because of this.",
      },
    ],
  },
  followUps: [
    { en: "Could the failure have been detected earlier? What would have shown it?" },
    { en: "Was anything from the project reused or valuable despite the failure?" },
    { en: "How do you decide to stop a project that is not working?" },
  ],
  strongAnswer: {
    junior: {
      en: "Names a real failure in which they had a role (a feature nobody used, a deadline badly missed), owns their part honestly, and describes a concrete habit they changed.",
    },
    mid: {
      en: "Analyzes why the project failed (wrong assumptions, no validation with users, underestimated complexity), identifies their own contribution, and shows a later project where they applied the lesson successfully.",
    },
    senior: {
      en: "Reflects on a failed multi-team project, including systemic causes such as unclear ownership or missing checkpoints, led or contributed to the retrospective, and changed how projects are planned or validated.",
    },
    staff: {
      en: "Discusses a failed strategic bet, takes accountability for their part in the direction, extracts lessons at the organizational level, and shows how the company now makes such bets differently (staged funding, kill criteria).",
    },
  },
  redFlags: [
    { en: "The failure was entirely due to others or circumstances." },
    { en: 'Chooses a "failure" that was actually a success.' },
    {
      en: 'Lessons are generic ("communication is important") with no concrete change in behavior.',
    },
  ],
};
