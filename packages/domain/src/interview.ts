/** Interview kinds, levels and the pure arithmetic the product shares between server and app. */
export const interviewTypes = ["coding", "system_design", "behavioral"] as const;
export type InterviewType = (typeof interviewTypes)[number];

export const codingLanguages = ["javascript", "typescript", "python"] as const;
export type CodingLanguage = (typeof codingLanguages)[number];

export const minimumAge = 16;

/** Age on the last day of the birth year: the gate errs towards refusing. */
export function isOldEnough(birthYear: number, today: Date): boolean {
  return today.getUTCFullYear() - birthYear >= minimumAge;
}
