/** The signed-in user's profile in the query cache; kept apart so the first page needs no schema. */
export const meQueryKey = ["me"] as const;
