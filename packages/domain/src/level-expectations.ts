import type { InterviewType, Level } from "./interview.ts";

/**
 * What each level expects in each kind of interview, lowest level first: every level expects its
 * own items and those of the levels below. The interviewer package checks them; the app names them.
 */
export const levelExpectationCatalog = {
  coding: [
    { id: "coding.working_code", from: "junior" },
    { id: "coding.all_tests_and_complexity", from: "mid" },
    { id: "coding.optimal_unaided", from: "senior" },
    { id: "coding.no_hints", from: "staff" },
  ],
  system_design: [
    { id: "design.working_design", from: "junior" },
    { id: "design.api_and_scale", from: "mid" },
    { id: "design.deep_dives", from: "senior" },
    { id: "design.failure", from: "senior" },
    { id: "design.regions", from: "staff" },
    { id: "design.cost", from: "staff" },
  ],
  behavioral: [
    { id: "behavioral.complete_stories", from: "junior" },
    { id: "behavioral.measured_results", from: "mid" },
    { id: "behavioral.beyond_team", from: "senior" },
    { id: "behavioral.organisation", from: "staff" },
  ],
} as const satisfies Record<InterviewType, readonly { id: string; from: Level }[]>;

export type LevelExpectationId = (typeof levelExpectationCatalog)[InterviewType][number]["id"];
