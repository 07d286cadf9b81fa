import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "stayed-motivated-on-tedious-work",
  competency: "motivation",
  question: {
    en: "Tell me about a time you had to stay productive through long, repetitive or unglamorous work, such as a bug backlog, a dependency upgrade or a large cleanup.",
    ru: "Расскажите о случае, когда вам нужно было долго заниматься однообразной или неинтересной работой, например разбором бэклога багов, обновлением зависимостей или большой чисткой кода. Как вы сохраняли продуктивность?",
  },
  probes: {
    situation: [
      { en: "What was the work, and why did it need doing at that point?" },
      { en: "How long did it last, and how big was it (number of services, tickets, files)?" },
    ],
    task: [
      { en: "What were you responsible for, and was there a deadline or a definition of done?" },
    ],
    action: [
      { en: "How did you break the work down so that you could see progress?" },
      { en: "Did you automate or script any part of it? What did you build yourself?" },
      { en: "What did you do on the days you really did not want to work on it?" },
    ],
    result: [
      {
        en: "How far did you get, and what measurable difference did it make (fewer alerts, faster builds, closed tickets)?",
      },
      { en: "Looking back, what would you do to make that kind of work less painful next time?" },
    ],
  },
  followUps: [
    { en: "How did you explain the value of this work to people who saw it as low priority?" },
    {
      en: "At what point would you push back on doing this kind of work instead of just doing it?",
    },
    { en: "Did the experience change how you write code or plan work today?" },
  ],
  strongAnswer: {
    junior: {
      en: "Finished an assigned chore reliably, for example fixing dozens of lint errors or flaky tests, tracked progress visibly and found small wins to stay engaged. Can say what they learned about the codebase along the way.",
    },
    mid: {
      en: "Owned a sizeable chore such as a framework upgrade for a service, reduced toil with scripts or codemods, and tied the work to a concrete outcome like build time or incident count. Communicated progress so the work was recognized.",
    },
    senior: {
      en: "Drove an unglamorous effort across several teams (deprecating an API, removing a legacy dependency), made it easy for others to participate with tooling and docs, and kept momentum with milestones and dashboards.",
    },
    staff: {
      en: "Turned recurring tedious work into a systemic fix: a platform capability, automated upgrades, or a policy that prevents the backlog from forming again. Explains how they secured time for it and measured its effect across the organization.",
    },
  },
  redFlags: [
    {
      en: "Complains about the work or the people who assigned it without describing what they did about it.",
    },
    { en: "Gave up partway or quietly let it slip without telling anyone." },
    { en: "No sense of why the work mattered, or no attempt to make it smaller or automate it." },
  ],
};
