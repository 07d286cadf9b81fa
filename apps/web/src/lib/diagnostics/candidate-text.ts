/**
 * What the candidate is writing right now (code, a message being typed, the conversation): a
 * crash report removes all of it before it leaves the device. The interview room registers a
 * source while it is open.
 */
const sources = new Set<() => readonly string[]>();

export function registerCandidateText(source: () => readonly string[]): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

export function currentCandidateText(): string[] {
  return [...sources].flatMap((source) => {
    try {
      return [...source()];
    } catch {
      return [];
    }
  });
}
