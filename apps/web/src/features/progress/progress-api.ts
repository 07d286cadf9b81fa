import { progressResponse } from "@mentara/contracts/progress";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client.ts";

export const progressQuery = queryOptions({
  queryKey: ["progress"],
  queryFn: () => apiRequest("/progress", progressResponse),
});
