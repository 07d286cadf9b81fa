import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "work-that-energized-you",
  competency: "motivation",
  question: {
    en: "Tell me about a piece of work that energized you more than anything else you have done. What made it feel that way?",
    ru: "Расскажите о задаче или проекте, который увлёк вас больше всего, что вы делали. Почему он вызвал у вас такой интерес?",
  },
  probes: {
    situation: [
      {
        en: "What was the project, and where did it sit in the team's or company's priorities at the time?",
      },
      { en: "How long ago was this, and what was your role on the team?" },
    ],
    task: [{ en: "Which part of the work was yours specifically, and what was expected of you?" }],
    action: [
      {
        en: "Walk me through something you did on it that you would not have done on an ordinary task.",
      },
      { en: "Where did you put in extra effort or go deeper than required, and why there?" },
      {
        en: "What did you personally decide, build or change? Separate that from what the team did.",
      },
    ],
    result: [
      {
        en: "How did the project turn out, and how did you know it was successful (users, metrics, feedback)?",
      },
      { en: "What did that experience teach you about the kind of work you want to do next?" },
    ],
  },
  followUps: [
    { en: "Which parts of that project were boring or frustrating, and how did you handle them?" },
    {
      en: "How much of what energized you exists in the role you are applying for now? What would you miss?",
    },
    { en: "Tell me about work that drained you. What was different about it?" },
  ],
  strongAnswer: {
    junior: {
      en: "Names a concrete task (a first feature that shipped, a tricky bug) and can say precisely what was engaging: learning something new, seeing users rely on it. Shows curiosity turning into extra effort, such as reading the library source or adding tests nobody asked for.",
    },
    mid: {
      en: "Describes owning a feature end to end and connects motivation to outcomes, not just the tech. Can explain why the work mattered to users or the business and gives a result with evidence (adoption, fewer tickets, latency).",
    },
    senior: {
      en: "Talks about a problem spanning several teams or systems and is energized by the shape of the problem: ambiguity, trade-offs, enabling others. Shows self-awareness about what motivates them and how they create those conditions deliberately.",
    },
    staff: {
      en: "Points to work that changed direction for the organization (a platform, a reliability program, a new product area). Motivation is tied to long-term leverage and to growing other people, and they can explain how they keep that motivation through multi-quarter efforts.",
    },
  },
  redFlags: [
    {
      en: "Only talks about technology for its own sake (a shiny framework) with no link to users, team or outcome.",
    },
    {
      en: "Cannot name anything specific, or picks something that contradicts the role they are applying for.",
    },
    {
      en: "Motivation is entirely external (title, money, praise from a manager) with no interest in the work itself.",
    },
  ],
};
