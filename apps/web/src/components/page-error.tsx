import { ErrorNotice } from "./error-notice.tsx";

/** A whole page that could not load its data: the reason, and a button to try again. */
export function PageError({ query }: { query: { error: unknown; refetch: () => unknown } }) {
  return (
    <section className="page narrow">
      <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
    </section>
  );
}
