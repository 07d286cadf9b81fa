import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from "react";
import { Loading } from "../components/loading.tsx";
import { interfaceStringsReady } from "../i18n/i18n.ts";

/**
 * A page whose code is fetched the first time it is opened, together with the interface's
 * strings: the landing page carries no other page (decision 017). Render it inside `PageLoading`.
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => {
    const [page] = await Promise.all([load(), interfaceStringsReady()]);
    return { default: page };
  });
}

// The query cache comes with the first lazy page, in parallel with that page's own code.
const QueryProvider = lazy(() =>
  import("./query-provider.tsx").then((m) => ({ default: m.QueryProvider })),
);

/** A lazy page with the query cache around it, and the loading notice while its code arrives. */
export function PageLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Loading />}>
      <QueryProvider>{children}</QueryProvider>
    </Suspense>
  );
}
