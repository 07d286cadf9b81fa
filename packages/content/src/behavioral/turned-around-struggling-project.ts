import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "turned-around-struggling-project",
  competency: "leadership-and-impact",
  question: {
    en: "Tell me about a time you stepped into a struggling project and helped turn it around.",
    ru: "Расскажите о случае, когда вы подключились к проекту, который шёл плохо, и помогли его выправить.",
  },
  probes: {
    situation: [
      { en: "What state was the project in when you joined, and what was going wrong?" },
      { en: "Why were you brought in or why did you step in?" },
    ],
    task: [{ en: "What were you expected to achieve, and by when?" }],
    action: [
      { en: "What did you do in the first two weeks to understand the situation?" },
      { en: "What were the first changes you made, and why those?" },
      { en: "How did you rebuild the team's confidence and stakeholders' trust?" },
    ],
    result: [
      { en: "Where did the project end up compared to when you joined? Give concrete indicators." },
      { en: "What would you advise someone stepping into a similar situation?" },
    ],
  },
  followUps: [
    { en: "Did you have to cut scope or drop something important? How did you decide?" },
    { en: "How did you work with the people who had been leading it before?" },
    { en: "What early warning signs would you look for on other projects now?" },
  ],
  strongAnswer: {
    junior: {
      en: "Joined a late project, quickly took on the riskiest remaining tasks, helped clear blockers for others, and contributed visibly to getting it shipped.",
    },
    mid: {
      en: "Stepped in on a struggling feature, diagnosed the main problem (unclear scope, technical debt, missing tests), re-planned with the team, and delivered a reduced but solid version.",
    },
    senior: {
      en: "Took over a failing multi-team project, assessed it honestly, reset scope and expectations with stakeholders, fixed the core technical or coordination problems, and delivered. Respected the previous leaders.",
    },
    staff: {
      en: "Turned around a strategic program at risk, made hard calls about what to stop, restructured teams or architecture, restored leadership confidence, and left the organization with better ways to catch similar problems early.",
    },
  },
  redFlags: [
    { en: "Blames the previous lead or team heavily." },
    { en: "Hero story: they fixed everything alone by working nights." },
    { en: "No diagnosis phase; started changing things immediately." },
  ],
};
