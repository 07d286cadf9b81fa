import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "helped-struggling-teammate",
  competency: "empathy-and-collaboration",
  question: {
    en: "Tell me about a time you noticed a teammate was struggling and you helped them.",
    ru: "Расскажите о случае, когда вы заметили, что коллеге тяжело, и помогли ему.",
  },
  probes: {
    situation: [
      { en: "What did you notice, and how did you know something was wrong?" },
      { en: "What was your relationship to this person: peer, mentee, someone on another team?" },
    ],
    task: [{ en: "Why did you feel it was your place to step in?" }],
    action: [
      { en: "How did you start the conversation? What did you actually say?" },
      {
        en: "What concrete help did you offer, and how did you make sure it was what they needed?",
      },
      { en: "How did you respect their privacy and autonomy while helping?" },
    ],
    result: [
      { en: "How did things change for them and for the team's work?" },
      { en: "What did you learn about how to support people?" },
    ],
  },
  followUps: [
    { en: "What would you do if they had refused your help?" },
    { en: "How did you balance helping them with your own deadlines?" },
    { en: "When should a situation like this go to a manager?" },
  ],
  strongAnswer: {
    junior: {
      en: "Noticed a peer stuck on a task or overwhelmed, offered specific help (pairing, explaining a part of the system) in a respectful way, and checked back later.",
    },
    mid: {
      en: "Recognized someone struggling (a new hire, a colleague under pressure), adjusted the help to what they needed, such as reviewing their approach or taking a task off their plate, and saw a concrete improvement in their work or confidence.",
    },
    senior: {
      en: "Supported someone through a significant difficulty (a failing project, burnout signs, a hard on-call rotation), involved the manager appropriately, and changed team practices, such as on-call load or onboarding, so others would not hit the same wall.",
    },
    staff: {
      en: "Noticed patterns of struggle across teams (new hires ramping slowly, a team burning out) and addressed the causes at scale: onboarding programs, workload rebalancing, mentoring structures, while still showing care for individuals.",
    },
  },
  redFlags: [
    { en: '"Help" meant taking over their work and fixing it without involving them.' },
    { en: "Shares private details of the other person carelessly." },
    { en: "Story is really about how good the candidate looked, not about the teammate." },
  ],
};
