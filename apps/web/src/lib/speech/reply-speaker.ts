import { synthesizeSentence } from "./speech-api.ts";

/** Reads the interviewer's reply aloud, sentence by sentence, and stops at once when asked. */
export interface ReplySpeaker {
  say(sentence: string): void;
  /** Stops reading and forgets the sentences not yet read. */
  stop(): void;
  /** Called on a user gesture: lets later replies play where the browser wants a gesture first (iOS). */
  unlock(): void;
  onChange(listener: (speaking: boolean) => void): () => void;
}

function listeners() {
  const set = new Set<(speaking: boolean) => void>();
  return {
    emit: (speaking: boolean) => {
      for (const listener of set) listener(speaking);
    },
    add: (listener: (speaking: boolean) => void) => {
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
}

/** A tiny silent WAV as a blob URL (the page's CSP allows media from blob: only). */
function silence(): string {
  const bytes = new Uint8Array(46);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => {
    for (let i = 0; i < value.length; i++) bytes[at + i] = value.charCodeAt(i);
  };
  text(0, "RIFF");
  view.setUint32(4, 38, true);
  text(8, "WAVEfmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 16000, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, 2, true);
  return URL.createObjectURL(new Blob([bytes], { type: "audio/wav" }));
}

/**
 * The server's speech provider: each sentence is fetched as soon as it is complete (so the next
 * is ready while one plays) and played in order on one audio element on the page. Audio lives as
 * blob URLs only while it plays.
 */
export function createProviderSpeaker(audio: HTMLAudioElement): ReplySpeaker {
  const changes = listeners();
  let queue: { url: Promise<string | undefined> }[] = [];
  let controller = new AbortController();
  let playing = false;
  let current: string | undefined;

  const release = () => {
    if (current) URL.revokeObjectURL(current);
    current = undefined;
  };
  async function playNext(): Promise<void> {
    if (playing) return;
    const next = queue.shift();
    if (!next) {
      changes.emit(false);
      return;
    }
    playing = true;
    changes.emit(true);
    const url = await next.url;
    if (!url || !playing) {
      playing = false;
      void playNext();
      return;
    }
    release();
    current = url;
    audio.src = url;
    const done = () => {
      audio.removeEventListener("ended", done);
      audio.removeEventListener("error", done);
      playing = false;
      void playNext();
    };
    audio.addEventListener("ended", done);
    audio.addEventListener("error", done);
    await audio.play().catch(done);
  }
  return {
    say(sentence) {
      const signal = controller.signal;
      queue.push({
        url: synthesizeSentence(sentence, signal).then(
          (blob) => (signal.aborted ? undefined : URL.createObjectURL(blob)),
          () => undefined,
        ),
      });
      void playNext();
    },
    stop() {
      controller.abort();
      controller = new AbortController();
      for (const item of queue) void item.url.then((url) => url && URL.revokeObjectURL(url));
      queue = [];
      playing = false;
      audio.pause();
      audio.removeAttribute("src");
      release();
      changes.emit(false);
    },
    unlock() {
      if (audio.src) return;
      const url = silence();
      audio.src = url;
      void audio
        .play()
        .catch(() => {})
        .finally(() => {
          if (audio.src === url) audio.removeAttribute("src");
          URL.revokeObjectURL(url);
        });
    },
    onChange: changes.add,
  };
}

/**
 * The device's own voices (speechSynthesis), only those that run on the device: a voice marked
 * not local (Chrome's "Google …" voices) sends the text to its maker's servers, so it is never used.
 */
export function localVoice(language: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === "undefined") return undefined;
  const voices = speechSynthesis.getVoices().filter((voice) => voice.localService);
  return (
    voices.find((voice) => voice.lang.toLowerCase().startsWith(language)) ??
    (language === "en" ? voices.find((voice) => voice.default) : undefined)
  );
}

export function createDeviceSpeaker(language: string): ReplySpeaker {
  const changes = listeners();
  let pending = 0;
  return {
    say(sentence) {
      const voice = localVoice(language);
      if (!voice) return;
      const utterance = new SpeechSynthesisUtterance(sentence);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      pending++;
      changes.emit(true);
      const done = () => {
        pending = Math.max(0, pending - 1);
        if (pending === 0) changes.emit(false);
      };
      utterance.onend = done;
      utterance.onerror = done;
      speechSynthesis.speak(utterance);
    },
    stop() {
      pending = 0;
      speechSynthesis.cancel();
      changes.emit(false);
    },
    unlock() {},
    onChange: changes.add,
  };
}
