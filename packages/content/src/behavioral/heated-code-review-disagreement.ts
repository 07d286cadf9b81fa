import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "heated-code-review-disagreement",
  competency: "conflict-resolution",
  question: {
    en: "Tell me about a code review where you and the other person strongly disagreed. How was it resolved?",
    ru: "Расскажите о код-ревью, на котором у вас с другим человеком возникло серьёзное разногласие. Как оно разрешилось?",
  },
  probes: {
    situation: [
      { en: "Were you the author or the reviewer, and what was the change about?" },
      { en: "What was the disagreement about: design, style, correctness, scope?" },
    ],
    task: [
      {
        en: "What did you need out of the review, for example to merge by a deadline or to protect code quality?",
      },
    ],
    action: [
      {
        en: "How did the discussion go in comments, and at what point did you change the channel, for example to a call?",
      },
      { en: "What did you do to understand the other person's point of view?" },
      { en: "What did you concede, and what did you hold firm on?" },
    ],
    result: [
      { en: "What was merged in the end, and how did that code hold up over time?" },
      { en: "Did anything change in how you or the team do reviews afterwards?" },
    ],
  },
  followUps: [
    { en: "How do you separate personal preferences from real problems when you review code?" },
    { en: "How do you give critical review feedback to someone more senior than you?" },
    { en: "What team norms help avoid this kind of standoff?" },
  ],
  strongAnswer: {
    junior: {
      en: "Handled critical review feedback without defensiveness, asked clarifying questions, moved to a conversation when the comment thread got long, and learned something concrete from the outcome.",
    },
    mid: {
      en: "Distinguished blocking issues from preferences, proposed a compromise or a follow-up ticket, resolved the disagreement quickly and kept the relationship good. Can point to a team convention that came out of it.",
    },
    senior: {
      en: "Resolved a recurring review conflict by making the implicit explicit: wrote a style or design guideline, added automated checks, or set review norms, so the same argument stops happening across the team.",
    },
    staff: {
      en: "Addressed review friction as an organizational issue (slow reviews between teams, inconsistent standards), introduced shared guidelines, ownership rules or tooling, and improved review turnaround or quality across many teams.",
    },
  },
  redFlags: [
    { en: 'Argument was "won" by approving or merging over the other person\'s objection.' },
    { en: "Describes the other person in dismissive or personal terms." },
    { en: "Long comment war with no attempt to talk directly." },
  ],
};
