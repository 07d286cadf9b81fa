import { QueryClient } from "@tanstack/react-query";
import { startupConfig } from "./public-config.ts";
import { publicConfigQuery } from "./public-config-query.ts";

/**
 * The one cache of API answers. It arrives with the first page that asks the API, not with the
 * landing page (decision 017).
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 } },
});

// The configuration the app started with answers the pages' own questions about it.
void startupConfig().then((config) => {
  if (config) queryClient.setQueryData(publicConfigQuery.queryKey, config);
});
