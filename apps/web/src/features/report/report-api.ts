import { report } from "@mentara/contracts/sessions";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const reportQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["report", sessionId],
    queryFn: () => apiRequest(`/sessions/${sessionId}/report`, report),
  });
