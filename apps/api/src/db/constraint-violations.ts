const codeOf = (error: unknown): unknown => {
  const cause = error instanceof Error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined;
};

const constraintOf = (error: unknown): unknown => {
  const cause = error instanceof Error ? error.cause : undefined;
  return typeof cause === "object" && cause !== null && "constraint" in cause
    ? cause.constraint
    : undefined;
};

/**
 * PostgreSQL's unique_violation, as node-postgres and PGlite report it under Drizzle's query
 * error; with `constraint`, only a violation of that index.
 */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean =>
  codeOf(error) === "23505" && (constraint === undefined || constraintOf(error) === constraint);

/** PostgreSQL's foreign_key_violation: the row referred to is gone. */
export const isForeignKeyViolation = (error: unknown): boolean => codeOf(error) === "23503";
