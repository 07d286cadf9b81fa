import { comparison, report, reportPending } from "@mentara/contracts/sessions";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";

const reportState = z.union([report, reportPending]);

/** The report, asked again every second while it is still being written. */
export const reportQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["report", sessionId],
    queryFn: () => apiRequest(`/sessions/${sessionId}/report`, reportState),
    refetchInterval: (query) => (query.state.data && "status" in query.state.data ? 1_000 : false),
  });

/** Two finished sessions of one type side by side. */
export const comparisonQuery = (a: string, b: string) =>
  queryOptions({
    queryKey: ["compare", a, b],
    queryFn: () => apiRequest(`/sessions/compare?a=${a}&b=${b}`, comparison),
  });
