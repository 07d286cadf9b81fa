/** The closed set of failures the product reports; the API maps each to one HTTP status. */
export const errorCodes = [
  "VALIDATION",
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "CONFLICT",
  "UNDER_AGE",
  /** The request is understood but refused, such as a wrong current password. */
  "FORBIDDEN",
  /** The user withdrew consent to AI processing and this would send their content to a provider. */
  "AI_CONSENT_REQUIRED",
  "SESSION_ENDED",
  /** The free plan's monthly allowance is used up (only when billing is on). */
  "PAYMENT_REQUIRED",
  "RATE_LIMITED",
  "BUSY",
  "UNAVAILABLE",
  "INTERNAL",
  /** The app could not reach the server at all; the API never sends it. */
  "NETWORK",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
