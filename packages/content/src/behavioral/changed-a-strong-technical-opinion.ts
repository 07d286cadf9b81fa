import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "changed-a-strong-technical-opinion",
  competency: "growth-and-learning",
  question: {
    en: "Tell me about a strongly held technical opinion you changed. What made you change your mind?",
    ru: "Расскажите о твёрдом техническом убеждении, которое вы изменили. Что заставило вас передумать?",
  },
  probes: {
    situation: [
      { en: "What was the opinion, and where did it come from?" },
      { en: "In what context did it get challenged?" },
    ],
    task: [{ en: "Was there a decision at stake that depended on this opinion?" }],
    action: [
      { en: "What evidence or experience made you reconsider?" },
      { en: "Did you do anything to test the opposing view yourself?" },
      { en: "How did you tell others that you had changed your mind?" },
    ],
    result: [
      { en: "What did changing your mind lead to in practice?" },
      { en: "How do you hold technical opinions now?" },
    ],
  },
  followUps: [
    { en: "What opinion do you hold today that you think might be wrong?" },
    { en: "How do you tell a good argument from a confident one?" },
    { en: "Was it hard to admit you had been wrong? Why?" },
  ],
  strongAnswer: {
    junior: {
      en: 'Describes a real shift (for example from "tests slow you down" to writing them first for tricky logic) driven by concrete experience, and explains what they now do differently.',
    },
    mid: {
      en: "Changed their view on a design practice (microservices, ORMs, strict typing) after seeing it in production, tested the alternative in a real context and applied the new view with nuance.",
    },
    senior: {
      en: "Publicly revised a position they had advocated to the team, explained the evidence, and helped the team adjust. Shows they hold opinions strongly but update them on data.",
    },
    staff: {
      en: "Reversed a stance that shaped org-level direction, communicated the change and its reasons widely, and led the transition. Models intellectual honesty for the whole engineering organization.",
    },
  },
  redFlags: [
    { en: "Cannot think of any opinion they have changed." },
    { en: "Changed opinion only because someone senior said so, without understanding why." },
    { en: "Replaced one dogma with another; no nuance about context." },
  ],
};
