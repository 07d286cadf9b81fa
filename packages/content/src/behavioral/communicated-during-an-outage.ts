import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "communicated-during-an-outage",
  competency: "communication",
  question: {
    en: "Tell me about a time you had to communicate during an outage or another high-pressure situation. How did you keep people informed?",
    ru: "Расскажите о случае, когда вам нужно было поддерживать коммуникацию во время сбоя или другой стрессовой ситуации. Как вы держали людей в курсе?",
  },
  probes: {
    situation: [
      {
        en: "What was happening, and who needed to be kept informed: engineers, support, leadership, customers?",
      },
    ],
    task: [{ en: "What was your role in communication during the incident?" }],
    action: [
      { en: "What did your first update say, and how soon did you send it?" },
      { en: "How did you decide how often to update and what to include?" },
      { en: "How did you handle people who kept asking for updates or wanted to jump in?" },
    ],
    result: [
      { en: "How did stakeholders feel the communication went? Did you get feedback?" },
      { en: "What did you change in your incident communication afterwards?" },
    ],
  },
  followUps: [
    { en: "How do you communicate when you do not yet know the cause or the time to fix?" },
    { en: "How does communication to customers differ from communication to engineers?" },
    { en: "What templates or tools make incident communication easier?" },
  ],
  strongAnswer: {
    junior: {
      en: "Kept their team channel updated with clear facts (what they saw, what they tried, what was next) while helping with the fix, and avoided speculation.",
    },
    mid: {
      en: "Acted as communicator or lead for an incident in their area, posted regular structured updates for support and product, set expectations on next update time, and handed off cleanly.",
    },
    senior: {
      en: "Ran communication for a major incident involving several teams: separated technical and stakeholder channels, kept leadership informed, coordinated customer-facing messages, and improved the process afterwards.",
    },
    staff: {
      en: "Shaped how the company communicates during incidents (status pages, roles, templates, executive briefing rules) and personally handled a high-stakes incident with external customers or regulators.",
    },
  },
  redFlags: [
    { en: "Went silent while fixing and left others to guess what was happening." },
    { en: "Gave speculative estimates that turned out wrong and eroded trust." },
    { en: "Panic or blame in the updates." },
  ],
};
