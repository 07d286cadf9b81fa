import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "mentored-an-engineer",
  competency: "leadership-and-impact",
  question: {
    en: "Tell me about someone you mentored or helped grow. What did you do, and how did they develop?",
    ru: "Расскажите о человеке, которого вы менторили или помогали ему расти. Что вы делали и как он развивался?",
  },
  probes: {
    situation: [
      { en: "Who was the person, and where were they in their career?" },
      { en: "How did the mentoring start: assigned, requested, informal?" },
    ],
    task: [{ en: "What were they trying to get better at, and how did you agree on that?" }],
    action: [
      { en: "What did you actually do with them week to week?" },
      { en: "Give an example of how you helped them solve something without solving it for them." },
      { en: "How did you adapt your approach to this particular person?" },
    ],
    result: [
      { en: "How did they grow? What could they do afterwards that they could not do before?" },
      { en: "What did you learn about mentoring from this?" },
    ],
  },
  followUps: [
    { en: "Tell me about a mentoring relationship that did not go well." },
    { en: "How do you give difficult feedback to someone you mentor?" },
    { en: "How do you balance mentoring with your own delivery?" },
  ],
  strongAnswer: {
    junior: {
      en: "Helped an intern or a newer colleague onboard: explained the codebase, reviewed their code thoughtfully, and saw them become independent on tasks.",
    },
    mid: {
      en: "Mentored a junior engineer over months with agreed goals, used pairing and code review to teach, gave them stretch tasks, and can point to concrete growth such as leading a feature or a promotion.",
    },
    senior: {
      en: "Grew several engineers, including future tech leads, delegated meaningful ownership, sponsored them for visible work, and built mentoring practices in the team.",
    },
    staff: {
      en: "Developed senior engineers and leaders across the organization, created mentoring or career programs, and multiplied their impact through the people they grew.",
    },
  },
  redFlags: [
    { en: "Mentoring meant answering questions when asked, with no intent or goals." },
    { en: "Takes credit for the mentee's accomplishments." },
    { en: "Cannot describe how the mentee actually changed." },
  ],
};
