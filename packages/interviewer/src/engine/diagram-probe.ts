import type { BoardArrow } from "../whiteboard/board-scene.ts";
import type { InterviewState } from "./interview-state.ts";

const store = /\b(db|database|postgres\w*|mysql|sql|dynamo\w*|cassandra|mongo\w*|storage|store)\b/i;
const buffer = /\b(cache|redis|memcache\w*|queue|kafka|broker|stream|log|batch\w*|buffer|cdn)\b/i;

/**
 * A question about the candidate's own diagram: a service drawn writing straight to the
 * database, with nothing in between, is asked what happens at ten times the writes. Asked once.
 */
export function diagramProbe(
  state: InterviewState,
  arrows: readonly BoardArrow[] | undefined,
): string | undefined {
  if (state.levelProbes.includes("diagram_writes")) return undefined;
  const direct = arrows?.find(
    (a) => store.test(a.to) && !store.test(a.from) && !buffer.test(a.from),
  );
  if (!direct) return undefined;
  state.levelProbes.push("diagram_writes");
  return `Your diagram has ${direct.from} writing straight to ${direct.to}. What happens at 10× the writes, and what would you put between them?`;
}
