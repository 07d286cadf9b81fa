import { catalogResponse } from "@mentara/contracts/catalog";
import { type CreateSessionBody, sessionDetail, sessionList } from "@mentara/contracts/sessions";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";

export const catalogQuery = queryOptions({
  queryKey: ["catalog"],
  queryFn: () => apiRequest("/catalog", catalogResponse),
  staleTime: 5 * 60_000,
});

export const sessionsQuery = queryOptions({
  queryKey: ["sessions"],
  queryFn: () => apiRequest("/sessions", sessionList),
});

/** Deletes an interview with its transcript, code, runs, scores and report. */
export const deleteSession = (id: string) =>
  apiRequest(`/sessions/${id}`, z.undefined(), { method: "DELETE" });

export const startSession = (body: CreateSessionBody) =>
  apiRequest("/sessions", sessionDetail, { method: "POST", body });
