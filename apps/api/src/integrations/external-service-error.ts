/** The account services this API calls on a user's behalf. */
export type ExternalService = "clerk" | "revenuecat";

/**
 * A call to an account service did not succeed. `status` is the HTTP status it answered with, or
 * undefined when no answer arrived (network error, timeout), so callers can decide whether a retry
 * is worth it. Messages never contain the secret key that authenticated the call.
 */
export class ExternalServiceError extends Error {
  override readonly name = "ExternalServiceError";

  constructor(
    readonly service: ExternalService,
    readonly status: number | undefined,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
