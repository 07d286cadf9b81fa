import type { TurnSpeech } from "@mentara/contracts/sessions";
import type { Transcript } from "../../integrations/speech-providers.ts";

/** A silence between stretches of speech this long or longer is a long pause. */
export const longPauseMs = 2_000;

/**
 * How an answer was delivered, from the transcription's segments: its length from the first word
 * to the last (silence before and after, while the button was held, is not the candidate's
 * delivery) and each silence between segments of `longPauseMs` or more, measured from the first
 * word. Without segments, the recording's length and no pauses.
 */
export function speechTimings(
  transcript: Pick<Transcript, "segments" | "durationSeconds">,
): TurnSpeech {
  const segments = transcript.segments
    .filter((s) => Number.isFinite(s.startSecond) && Number.isFinite(s.endSecond))
    .sort((a, b) => a.startSecond - b.startSecond);
  const first = segments[0];
  if (!first) {
    return { durationMs: Math.round((transcript.durationSeconds ?? 0) * 1000), pauses: [] };
  }
  const origin = first.startSecond;
  const pauses: TurnSpeech["pauses"] = [];
  let spokenUntil = first.endSecond;
  for (const segment of segments.slice(1)) {
    const gapMs = Math.round((segment.startSecond - spokenUntil) * 1000);
    if (gapMs >= longPauseMs)
      pauses.push({ atMs: Math.round((spokenUntil - origin) * 1000), ms: gapMs });
    spokenUntil = Math.max(spokenUntil, segment.endSecond);
  }
  return { durationMs: Math.max(0, Math.round((spokenUntil - origin) * 1000)), pauses };
}
