import { chooseRecordingFormat } from "./recording-format.ts";

/** Why the microphone could not be opened, for the message the user sees. */
export type MicrophoneProblem = "denied" | "missing" | "unsupported" | "failed";

export class MicrophoneError extends Error {
  constructor(readonly problem: MicrophoneProblem) {
    super(problem);
    this.name = "MicrophoneError";
  }
}

/** An open microphone: its loudness now (0–1) and recordings of it. Audio stays on the device until sent. */
export interface Microphone {
  level(): number;
  /** Starts a recording; `stop` resolves with the audio and how long it ran. */
  record(): { stop(): Promise<{ audio: Blob; ms: number }>; cancel(): void };
  close(): void;
}

/**
 * Opens the microphone. Called only when the user first presses the talk button, so the browser
 * (or the app, through its WebView) asks for permission at that moment and never before.
 */
export async function openMicrophone(): Promise<Microphone> {
  const format = chooseRecordingFormat();
  if (!format || !navigator.mediaDevices?.getUserMedia) throw new MicrophoneError("unsupported");
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      // Echo cancellation keeps the interviewer's voice from the speakers out of the answer.
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
  } catch (error: unknown) {
    const name = error instanceof DOMException ? error.name : "";
    throw new MicrophoneError(
      name === "NotAllowedError" || name === "SecurityError"
        ? "denied"
        : name === "NotFoundError" || name === "OverconstrainedError"
          ? "missing"
          : "failed",
    );
  }
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  return {
    level() {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      // Root mean square, scaled so ordinary speech fills most of the meter.
      return Math.min(1, Math.sqrt(sum / samples.length) * 6);
    },
    record() {
      const recorder = new MediaRecorder(stream, { mimeType: format });
      const chunks: Blob[] = [];
      const startedAt = performance.now();
      recorder.addEventListener("dataavailable", (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      });
      recorder.start();
      return {
        stop: () =>
          new Promise((resolve) => {
            recorder.addEventListener(
              "stop",
              () =>
                resolve({
                  audio: new Blob(chunks, { type: recorder.mimeType || format }),
                  ms: performance.now() - startedAt,
                }),
              { once: true },
            );
            if (recorder.state !== "inactive") recorder.stop();
          }),
        cancel: () => {
          if (recorder.state !== "inactive") recorder.stop();
          chunks.length = 0;
        },
      };
    },
    close() {
      for (const track of stream.getTracks()) track.stop();
      void context.close();
    },
  };
}
