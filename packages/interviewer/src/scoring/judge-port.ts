import type { InterviewType, Level } from "@mentara/domain/interview";
import type { RubricScore } from "@mentara/domain/rubric";
import type { DimensionScore } from "./dimension-score.ts";

/** Everything a judge model is given about one finished interview. */
export interface JudgeRequest {
  kind: InterviewType;
  level: Level;
  /** The problem statement, design prompt or behavioral questions. */
  subject: string;
  /** The offline scores: the dimensions to judge, and the objective evidence behind each. */
  offline: DimensionScore[];
  /** Facts the judge cannot see in the transcript: tests passed, measured complexity, hints. */
  signals: string[];
  transcript: { id: string; role: "interviewer" | "candidate"; text: string }[];
}

export interface JudgedDimension {
  dimension: string;
  score: RubricScore;
  reasons: string[];
  /** Ids of the candidate turns the score rests on. */
  evidence: string[];
}

/** A strong model that scores a finished interview on the rubric (decision 006). */
export interface JudgePort {
  /** "<provider>:<model>" */
  readonly name: string;
  judge(request: JudgeRequest, signal?: AbortSignal): Promise<JudgedDimension[]>;
}
