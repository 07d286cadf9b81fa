import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "owned-production-incident-end-to-end",
  competency: "proactivity-and-ownership",
  question: {
    en: "Tell me about a production incident you owned, from the moment it was detected through to the follow-up work afterwards.",
    ru: "Расскажите о production-инциденте, за который вы отвечали от момента обнаружения до работы над последствиями.",
  },
  probes: {
    situation: [
      {
        en: "What broke, who was affected, and how was it detected: an alert, a customer, a colleague?",
      },
      { en: "Were you on call, or did you step in? What time of day was it?" },
    ],
    task: [
      {
        en: "What was your role in the response: incident lead, the person fixing it, someone communicating?",
      },
    ],
    action: [
      { en: "What were the first things you personally did in the first fifteen minutes?" },
      { en: "How did you decide between rolling back, hotfixing or waiting for more information?" },
      {
        en: "After service was restored, what follow-up actions did you drive yourself, and how did you make sure they were finished?",
      },
    ],
    result: [
      { en: "How long did the impact last, and how many users or requests were affected?" },
      { en: "Did the follow-up actions prevent a repeat? How do you know?" },
    ],
  },
  followUps: [
    { en: "What was the root cause, and what contributing factors made it worse?" },
    { en: "How was the postmortem run? Was it blameless, and what was your part in it?" },
    { en: "What would you change about how your team handles incidents based on this one?" },
  ],
  strongAnswer: {
    junior: {
      en: "Responded calmly, followed the runbook, escalated at the right time, and contributed a concrete part of the fix or the investigation. Took on at least one follow-up item, such as adding a test or an alert, and finished it.",
    },
    mid: {
      en: "Led the technical response for their service: narrowed the cause using logs and metrics, chose a safe mitigation (rollback, feature flag), wrote the postmortem and closed the action items. Gives the duration and impact in numbers.",
    },
    senior: {
      en: "Coordinated an incident involving several services or teams, kept roles and communication clear, and drove follow-ups that addressed contributing factors across teams (timeouts, missing circuit breakers, deploy safety).",
    },
    staff: {
      en: "Used the incident to change how the organization handles risk: introduced incident roles, SLOs, progressive delivery or game days, and can show a trend in incident frequency or time to recovery afterwards.",
    },
  },
  redFlags: [
    {
      en: "Blames an individual or another team for the incident with no reflection on the system.",
    },
    { en: "Story ends when the service came back; no follow-up or postmortem actions." },
    { en: 'Cannot describe their own actions, only what "the team" or "the SRE" did.' },
  ],
};
