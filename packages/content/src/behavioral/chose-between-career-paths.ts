import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "chose-between-career-paths",
  competency: "motivation",
  question: {
    en: "Tell me about a career decision where you chose one path over another, such as a team, a specialization or a job. What drove your choice, and how did it work out?",
    ru: "Расскажите о карьерном решении, когда вы выбирали между несколькими вариантами: командой, специализацией или местом работы. Что повлияло на ваш выбор и к чему он привёл?",
  },
  probes: {
    situation: [
      {
        en: "What were the options in front of you, and what was happening in your career at the time?",
      },
    ],
    task: [
      { en: "What were you trying to optimize for when you made the decision?" },
      { en: "Who else was affected by the choice, and did you have a deadline to decide?" },
    ],
    action: [
      { en: "How did you gather information about each option? Who did you talk to?" },
      { en: "What trade-off did you consciously accept, and how did you weigh it?" },
      { en: "Once you decided, what did you do in the first months to make the choice work?" },
    ],
    result: [
      { en: "How did it turn out against what you expected? Give concrete examples." },
      { en: "Would you make the same choice again? What would you do differently?" },
    ],
  },
  followUps: [
    { en: "How does this role fit into the same line of reasoning?" },
    { en: "What would make you leave a job you otherwise liked?" },
    { en: "Tell me about a time your expectations about a role turned out to be wrong." },
  ],
  strongAnswer: {
    junior: {
      en: "Gives a clear reason rooted in learning or interest (chose backend to work closer to data, chose a team with strong mentors) and shows they did some homework before deciding. Reflects honestly on how it turned out.",
    },
    mid: {
      en: "Explains a deliberate trade-off (depth vs breadth, startup speed vs mentorship) and links it to a goal they then pursued with concrete actions. Shows ownership of the outcome, including parts that went worse than expected.",
    },
    senior: {
      en: "Describes choosing where they could have the most impact, for example moving to a struggling area or a new product line, and can explain how they evaluated the problem space, the team and the sponsorship before committing.",
    },
    staff: {
      en: "Frames career choices around the problems the organization needs solved and their own leverage: building a function, taking a technical track over management, or driving a strategic area. Shows a consistent personal thesis and how the choice paid off for the company as well as for them.",
    },
  },
  redFlags: [
    {
      en: "Decisions are purely reactive (a recruiter called, a friend was there) with no reasoning of their own.",
    },
    { en: "Speaks badly about former employers or colleagues as the main reason for leaving." },
    { en: "Motivation for this role is unclear or only about compensation and title." },
  ],
};
