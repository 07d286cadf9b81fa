import { catalogResponse } from "@mentara/contracts/catalog";
import { type SessionListQuery, sessionList } from "@mentara/contracts/sessions";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";

export const catalogQuery = queryOptions({
  queryKey: ["catalog"],
  queryFn: () => apiRequest("/catalog", catalogResponse),
  staleTime: 5 * 60_000,
});

/** Past sessions matching the history filters (empty values are left out of the address). */
export const sessionsQuery = (filters: SessionListQuery = {}) => {
  const query = new URLSearchParams(
    Object.entries(filters).flatMap(([key, value]) =>
      value === undefined || value === "" ? [] : [[key, String(value)]],
    ),
  ).toString();
  return queryOptions({
    queryKey: ["sessions", filters],
    queryFn: () => apiRequest(`/sessions${query ? `?${query}` : ""}`, sessionList),
  });
};

/** Deletes an interview with its transcript, code, runs, scores and report. */
export const deleteSession = (id: string) =>
  apiRequest(`/sessions/${id}`, z.undefined(), { method: "DELETE" });
