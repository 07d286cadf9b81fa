/** PostgreSQL's unique_violation, as node-postgres and PGlite report it under Drizzle's query error. */
export function isUniqueViolation(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "code" in cause && cause.code === "23505";
}
