const codeOf = (error: unknown): unknown => {
  const cause = error instanceof Error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined;
};

/** PostgreSQL's unique_violation, as node-postgres and PGlite report it under Drizzle's query error. */
export const isUniqueViolation = (error: unknown): boolean => codeOf(error) === "23505";

/** PostgreSQL's foreign_key_violation: the row referred to is gone. */
export const isForeignKeyViolation = (error: unknown): boolean => codeOf(error) === "23503";
