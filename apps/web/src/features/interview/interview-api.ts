import { hintResponse, report, reportPending, sessionDetail } from "@mentara/contracts/sessions";
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";

export const sessionQuery = (id: string) =>
  queryOptions({
    queryKey: ["session", id],
    queryFn: () => apiRequest(`/sessions/${id}`, sessionDetail),
  });

export const requestHint = (id: string) =>
  apiRequest(`/sessions/${id}/hints`, hintResponse, { method: "POST" });

/** Ends the interview: the report, or where writing it has got to. */
export const endSession = (id: string) =>
  apiRequest(`/sessions/${id}/end`, z.union([report, reportPending]), { method: "POST" });
