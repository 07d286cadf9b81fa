import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "pushed-back-on-scope-or-deadline",
  competency: "conflict-resolution",
  question: {
    en: "Tell me about a time you pushed back on a product manager or another stakeholder about scope or a deadline.",
    ru: "Расскажите о случае, когда вы возражали продакт-менеджеру или другому заинтересованному лицу по поводу объёма работ или сроков.",
  },
  probes: {
    situation: [
      { en: "What was being asked for, and by when?" },
      { en: "Why did you think the request was unrealistic or wrong?" },
    ],
    task: [{ en: "What did you need to achieve in that conversation?" }],
    action: [
      { en: "How did you prepare your case? What data or estimates did you bring?" },
      { en: "What alternatives did you offer instead of just saying no?" },
      { en: "How did you handle the moment when the stakeholder did not accept your view?" },
    ],
    result: [
      { en: "What was agreed, and what was actually delivered and when?" },
      { en: "How did the relationship with that stakeholder develop afterwards?" },
    ],
  },
  followUps: [
    { en: "What did you learn about the stakeholder's pressures that you did not know before?" },
    { en: "Tell me about a time you did not push back and wish you had." },
    { en: "How do you push back on someone more senior than you?" },
  ],
  strongAnswer: {
    junior: {
      en: "Raised early that their estimate did not fit the deadline, explained why with specifics, and worked with their lead to offer an option, such as cutting a nice-to-have part.",
    },
    mid: {
      en: "Negotiated scope for a feature with product: broke the work into must-have and later parts, explained the risks of the original plan, agreed a plan both sides could live with, and delivered on it.",
    },
    senior: {
      en: "Pushed back on a cross-team commitment with a clear trade-off analysis (quality, on-call load, dependency risk), proposed phased delivery, aligned several stakeholders and protected the team without damaging trust.",
    },
    staff: {
      en: "Challenged a company-level commitment or roadmap assumption, brought data that reframed the decision for executives, and helped set a plan that balanced business goals with technical reality.",
    },
  },
  redFlags: [
    { en: "Said no without offering alternatives or understanding the business need." },
    { en: "Agreed to the deadline, then missed it without warning." },
    { en: "Frames product or stakeholders as adversaries." },
  ],
};
