import type { InterviewState } from "../engine/interview-state.ts";
import type { CandidateTurn } from "./dimension-score.ts";
import type { RecordedTurn } from "./interview-record.ts";

export interface GroupedAnswer {
  /** Index of the question in the order it was asked. */
  question: number;
  turns: CandidateTurn[];
}

/**
 * Behavioral: the candidate's turns per question, by the question the engine was asking when each
 * arrived (`questionOfTurn`), whatever words the interviewer used to move on. A turn the engine did
 * not see (after time was up, say) belongs with the turn before it; turns past the last question
 * belong to the last one.
 */
export function answersByQuestion(
  turns: readonly RecordedTurn[],
  state: Pick<InterviewState, "questionOfTurn"> | undefined,
  questionCount: number,
): GroupedAnswer[] {
  const answers: GroupedAnswer[] = [];
  const last = Math.max(0, questionCount - 1);
  let question = 0;
  for (const turn of turns) {
    if (turn.role !== "candidate") continue;
    question = Math.min(last, state?.questionOfTurn[turn.id] ?? question);
    const current =
      answers.find((a) => a.question === question) ??
      answers[answers.push({ question, turns: [] }) - 1];
    current?.turns.push({ id: turn.id, text: turn.text });
  }
  return answers.sort((a, b) => a.question - b.question);
}
