import { queryOptions } from "@tanstack/react-query";
import { fetchPublicConfig } from "./public-config.ts";

/** Settings the server publishes before sign-in (Clerk or local accounts, the policy date). */
export const publicConfigQuery = queryOptions({
  queryKey: ["config"],
  queryFn: fetchPublicConfig,
  staleTime: Number.POSITIVE_INFINITY,
});
