/** How the candidate likes to talk, kept on this device (`mentara.voice`); no audio, no words. */
export interface VoiceSettings {
  mode: "push" | "hands-free";
  /** Hands-free: how long a silence ends the answer. */
  silenceMs: number;
  /** Whether the interviewer's replies are read aloud (null: not chosen yet, the default applies). */
  readAloud: boolean | null;
}

const key = "mentara.voice";
export const silenceChoices = [1_500, 2_500, 4_000] as const;

export function loadVoiceSettings(): VoiceSettings {
  const fallback: VoiceSettings = { mode: "push", silenceMs: 2_500, readAloud: null };
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? "null");
    if (typeof stored !== "object" || stored === null) return fallback;
    const value = stored as Record<string, unknown>;
    return {
      mode: value.mode === "hands-free" ? "hands-free" : "push",
      silenceMs: silenceChoices.find((ms) => ms === value.silenceMs) ?? fallback.silenceMs,
      readAloud: typeof value.readAloud === "boolean" ? value.readAloud : null,
    };
  } catch {
    return fallback;
  }
}

export function saveVoiceSettings(settings: VoiceSettings): void {
  try {
    localStorage.setItem(key, JSON.stringify(settings));
  } catch {
    // Storage full or blocked: the choice lasts for this page only.
  }
}
