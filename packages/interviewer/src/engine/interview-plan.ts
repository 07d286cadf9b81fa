/** The phases each interview type moves through, with the share of the clock each should take. */
export const interviewPlans = {
  coding: [
    { phase: "intro", share: 0.04 },
    { phase: "clarify", share: 0.1 },
    { phase: "approach", share: 0.16 },
    { phase: "implement", share: 0.4 },
    { phase: "test", share: 0.14 },
    { phase: "complexity", share: 0.1 },
    { phase: "wrap_up", share: 0.06 },
  ],
  system_design: [
    { phase: "requirements", share: 0.15 },
    { phase: "entities_and_api", share: 0.15 },
    { phase: "high_level_design", share: 0.3 },
    { phase: "deep_dives", share: 0.3 },
    { phase: "wrap_up", share: 0.1 },
  ],
  behavioral: [
    { phase: "questions", share: 0.9 },
    { phase: "wrap_up", share: 0.1 },
  ],
} as const;

export type InterviewKind = keyof typeof interviewPlans;
export type Phase<K extends InterviewKind = InterviewKind> =
  (typeof interviewPlans)[K][number]["phase"];

/** Milliseconds a phase should take within an interview of `limitMs`. */
export function phaseBudgetMs(kind: InterviewKind, phase: string, limitMs: number): number {
  const step = (interviewPlans[kind] as readonly { phase: string; share: number }[]).find(
    (s) => s.phase === phase,
  );
  return Math.round((step?.share ?? 0) * limitMs);
}

export function nextPhase(kind: InterviewKind, phase: string): string | undefined {
  const steps = interviewPlans[kind] as readonly { phase: string }[];
  const index = steps.findIndex((s) => s.phase === phase);
  return index >= 0 ? steps[index + 1]?.phase : undefined;
}
