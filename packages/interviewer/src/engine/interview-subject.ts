import type { ComplexityClass } from "@mentara/domain/complexity";
import type { CodingLanguage, Difficulty, InterviewType } from "@mentara/domain/interview";
import type { DesignCheckpoint } from "../scoring/score-system-design.ts";
import type { InterviewMaterial } from "./interview-material.ts";

/**
 * What one interview is about, in the interview's language: what the engine needs to run it and
 * what the scorers and the report need to judge it. The API builds it from the question bank.
 */
export interface InterviewSubject {
  kind: InterviewType;
  /** The problem's, prompt's or first question's title. */
  title: string;
  material: InterviewMaterial;
  coding?: {
    statement: string;
    optimalTime: ComplexityClass;
    topics: string[];
    difficulty: Difficulty;
    referenceSolutions: { javascript: string; python: string };
    /** What the candidate is given to start from, per language. */
    starterCode: Record<CodingLanguage, string>;
  };
  design?: { prompt: string; scope: string; checkpoints: DesignCheckpoint[] };
  /** Behavioral: the question text and competency per question, in the order they are asked. */
  behavioral?: { questions: { question: string; competency: string }[] };
}
