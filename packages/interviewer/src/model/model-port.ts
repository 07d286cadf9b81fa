/** What the interview engine asks of any model: a streamed reply to an instructed transcript. */
export interface TranscriptMessage {
  role: "interviewer" | "candidate";
  text: string;
}

export interface ReplyRequest {
  /** The engine's instructions for this reply: the phase, its goal, what to ask next. */
  instructions: string;
  transcript: TranscriptMessage[];
  /** The candidate's whiteboard as text, when something is drawn: candidate content, delimited. */
  board?: string | undefined;
  /** What the offline engine would say; rule-driven ports answer with it, models may ignore it. */
  fallbackText: string;
  /**
   * Filled in by a provider port when its first token is yielded: how long the provider itself
   * took, from sending the request to the first byte of its reply, so the server can tell its
   * own overhead apart.
   */
  timing?: { providerMs?: number };
}

export interface ModelPort {
  /** "offline", or "<provider>:<model>" */
  readonly name: string;
  streamReply(request: ReplyRequest, signal?: AbortSignal): AsyncIterable<string>;
}

/** The provider failed after its retries; the session records it and the user is told. */
export class ModelUnavailableError extends Error {
  constructor(
    readonly provider: string,
    message: string,
  ) {
    super(message);
    this.name = "ModelUnavailableError";
  }
}
