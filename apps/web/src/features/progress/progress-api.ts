import { progressResponse } from "@mentara/contracts/progress";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

/** Read afresh each time the page opens: a session ended, or deleted, a moment ago must show. */
export const progressQuery = queryOptions({
  queryKey: ["progress"],
  queryFn: () => apiRequest("/progress", progressResponse),
  staleTime: 0,
});
