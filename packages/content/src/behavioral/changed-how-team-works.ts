import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "changed-how-team-works",
  competency: "leadership-and-impact",
  question: {
    en: "Tell me about a time you changed how your team works, for example testing, code review, on-call or the release process.",
    ru: "Расскажите о случае, когда вы изменили то, как работает ваша команда, например подход к тестированию, код-ревью, дежурствам или релизам.",
  },
  probes: {
    situation: [
      { en: "What was the practice before, and what problems did it cause?" },
      { en: "How did you know it was a problem, beyond your personal opinion?" },
    ],
    task: [{ en: "What did you set out to change, and who needed to agree?" }],
    action: [
      { en: "How did you make the case for the change?" },
      { en: "How did you roll it out: a pilot, gradually, all at once?" },
      { en: "How did you deal with people who resisted the change?" },
    ],
    result: [
      {
        en: "What measurably improved, such as deploy frequency, incident rate, review time or pages per week?",
      },
      { en: "Is the change still in place? What made it stick, or why did it fade?" },
    ],
  },
  followUps: [
    { en: "What did the change cost the team, and was it worth it?" },
    { en: "Did any part of the change backfire? What did you adjust?" },
    { en: "How do you decide whether a process change is worth the disruption?" },
  ],
  strongAnswer: {
    junior: {
      en: "Proposed and implemented a small improvement (a pull request template, a pre-commit hook, a checklist for releases), explained why, and saw the team adopt it.",
    },
    mid: {
      en: "Changed a team practice with evidence (for example introducing automated integration tests after repeated regressions), piloted it, addressed concerns, and showed measurable improvement.",
    },
    senior: {
      en: "Transformed a practice affecting several teams (on-call rotation design, trunk-based development, release automation), managed resistance with data and pilots, and made it stick through tooling and documentation.",
    },
    staff: {
      en: "Set engineering standards or practices for the organization (SLOs, change management, quality bars), balanced consistency with team autonomy, and tracked org-wide metrics to show the impact.",
    },
  },
  redFlags: [
    { en: "Imposed the process without consulting the team." },
    { en: "Change is described as obviously correct; no trade-offs or costs considered." },
    { en: "No measurement of whether it helped." },
  ],
};
