import type { BoardArrow } from "../whiteboard/board-scene.ts";

/** What the engine needs to know about the problem, prompt or questions, in the interview's language. */
export interface CodingMaterial {
  kind: "coding";
  title: string;
  hints: [string, string, string];
  followUps: string[];
  optimalTime: string;
}

export interface SystemDesignMaterial {
  kind: "system_design";
  title: string;
  scope: string;
  scale: string[];
  deepDives: string[];
}

export interface BehavioralMaterial {
  kind: "behavioral";
  questions: {
    question: string;
    probes: { situation: string[]; task: string[]; action: string[]; result: string[] };
    followUps: string[];
  }[];
}

export type InterviewMaterial = CodingMaterial | SystemDesignMaterial | BehavioralMaterial;

export type InterviewEvent =
  | { kind: "start"; nowMs: number }
  /** A candidate turn; `turnId` is its stored id, so the engine can say which question it answered. */
  | {
      kind: "turn";
      text: string;
      nowMs: number;
      turnId?: string;
      /** The whiteboard as it stood when the turn was sent, if anything is drawn on it. */
      board?: { text: string; arrows: readonly BoardArrow[] } | undefined;
    }
  | { kind: "run"; passed: number; total: number; compileError: boolean; nowMs: number }
  | { kind: "hint"; nowMs: number }
  | { kind: "tick"; nowMs: number };

export interface Move {
  /** What the interviewer says now, if anything. */
  say?: string;
  /** A hint was given (its tier), for the report and the score. */
  hintTier?: number;
  /** The interview is over. */
  end?: boolean;
}
