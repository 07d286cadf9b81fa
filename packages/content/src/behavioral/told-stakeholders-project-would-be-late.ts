import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "told-stakeholders-project-would-be-late",
  competency: "communication",
  question: {
    en: "Tell me about a time you had to tell stakeholders that a project would be late or would not deliver what was promised.",
    ru: "Расскажите о случае, когда вам пришлось сообщить заинтересованным сторонам, что проект опоздает или не даст обещанного результата.",
  },
  probes: {
    situation: [
      { en: "What was the project, what had been promised, and to whom?" },
      { en: "What caused the slip?" },
    ],
    task: [{ en: "Why were you the one delivering the news?" }],
    action: [
      { en: "When did you first know it would slip, and how soon after that did you tell people?" },
      { en: "How did you prepare the message? What did you include besides the bad news?" },
      { en: "How did you handle the reaction?" },
    ],
    result: [
      { en: "What was the new plan, and did you meet it?" },
      { en: "How did this affect trust with those stakeholders?" },
    ],
  },
  followUps: [
    { en: "Looking back, were there earlier signals you could have communicated?" },
    { en: "How do you give status updates so that bad news is never a surprise?" },
    { en: "How do you handle a stakeholder who keeps pushing for the original date?" },
  ],
  strongAnswer: {
    junior: {
      en: "Told their lead as soon as they realized their task would be late, explained why, and proposed what they could deliver by the original date.",
    },
    mid: {
      en: "Communicated a slip for a feature early and directly, brought a revised plan with options (reduced scope, new date, extra help), and then delivered on the revised commitment.",
    },
    senior: {
      en: "Delivered bad news on a multi-team project to senior stakeholders, took accountability, presented the cause, impact and options, and kept trust through regular transparent updates afterwards.",
    },
    staff: {
      en: "Reset expectations on a strategic initiative at the executive level, reframed the plan in terms of business outcomes, and changed how the organization reports progress so risks surface earlier.",
    },
  },
  redFlags: [
    { en: "Delayed the news until the deadline had passed or until someone asked." },
    { en: 'Status reports said "green" until suddenly they were "red".' },
    { en: "Bad news delivered with no plan or options." },
  ],
};
