import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "design-doc-that-built-alignment",
  competency: "communication",
  question: {
    en: "Tell me about a design document or RFC you wrote. How did you use it to get people aligned on the approach?",
    ru: "Расскажите о дизайн-документе или RFC, который вы написали. Как вы использовали его, чтобы согласовать подход с коллегами?",
  },
  probes: {
    situation: [
      { en: "What problem did the document address, and who needed to agree?" },
      { en: "Were there competing proposals or strong opinions going in?" },
    ],
    task: [
      { en: "What was the document supposed to achieve: a decision, feedback, a shared plan?" },
    ],
    action: [
      { en: "How did you structure the document, and what did you put up front?" },
      { en: "How did you gather and handle feedback, especially critical comments?" },
      { en: "What did you change in the design as a result of the review?" },
    ],
    result: [
      { en: "Was the design accepted and built? How close to the document?" },
      { en: "How long did alignment take, and what would make it faster next time?" },
    ],
  },
  followUps: [
    { en: "How did you make sure the right people actually read it?" },
    { en: "How did you handle a reviewer who kept blocking the decision?" },
    { en: "When is a design document not worth writing?" },
  ],
  strongAnswer: {
    junior: {
      en: "Wrote a short technical proposal for their task (context, options, recommendation), shared it for review, and incorporated feedback before implementing.",
    },
    mid: {
      en: "Wrote a clear design doc for a feature or service with goals, non-goals, alternatives and risks, ran a focused review, resolved open questions, and the team built it largely as designed.",
    },
    senior: {
      en: "Authored an RFC touching several teams, met key reviewers individually before the broad review, drove open questions to decisions, and got sign-off in a reasonable time. The design shaped work across teams.",
    },
    staff: {
      en: "Wrote a strategy or architecture document that set direction for the organization, built consensus among senior engineers and leadership, and established a review process others now use.",
    },
  },
  redFlags: [
    { en: "The doc was a formality written after decisions were already made." },
    { en: "Treated critical feedback as opposition to be overcome rather than input." },
    { en: "Review dragged on for months with no decision mechanism." },
  ],
};
