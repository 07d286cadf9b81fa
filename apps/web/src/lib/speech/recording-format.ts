/**
 * The recording container for this browser, first one MediaRecorder can write: Chromium and
 * Firefox write WebM/Opus; Safari and iOS (WKWebView too) write only MP4/AAC; Ogg last. The
 * speech providers take each of them. Undefined when the browser cannot record at all.
 */
export function chooseRecordingFormat(
  isTypeSupported: (type: string) => boolean = (type) =>
    typeof MediaRecorder !== "undefined" && MediaRecorder.isTypeSupported(type),
): string | undefined {
  return ["audio/webm;codecs=opus", "audio/webm", "audio/mp4", "audio/ogg;codecs=opus"].find(
    (type) => isTypeSupported(type),
  );
}

/** The Content-Type to send a recording with: the container without its codec parameters. */
export const containerType = (mimeType: string) => mimeType.split(";")[0]?.trim() || "audio/webm";
