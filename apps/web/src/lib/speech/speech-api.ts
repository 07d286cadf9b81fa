import { errorBody } from "@mentara/contracts/errors";
import { speechConfig, transcription } from "@mentara/contracts/speech";
import { ApiError, apiRequest } from "../api-client.ts";
import { apiUrl } from "../api-origin.ts";
import { bearerToken } from "../auth-token.ts";
import { containerType } from "./recording-format.ts";

export const speechConfigQuery = () => ({
  queryKey: ["speech-config"],
  queryFn: () => apiRequest("/speech", speechConfig),
  staleTime: 5 * 60_000,
});

/** Posts audio (or JSON) with the bearer token and turns an error body into an ApiError. */
async function post(path: string, body: Blob | string, type: string, signal?: AbortSignal) {
  const token = await bearerToken();
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: "POST",
      headers: { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      ...(signal ? { signal } : {}),
    });
  } catch (error: unknown) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, "NETWORK", "network");
  }
  if (response.ok) return response;
  const failure = errorBody.safeParse(await response.json().catch(() => undefined));
  if (failure.success)
    throw new ApiError(
      response.status,
      failure.data.error.code,
      failure.data.error.message,
      failure.data.error.details,
    );
  throw new ApiError(response.status, "INTERNAL", `HTTP ${response.status}`);
}

/** The recording's transcript and delivery timings; the recording is not kept anywhere. */
export async function transcribeRecording(recording: Blob, language: "en" | "ru") {
  const response = await post(
    `/speech/transcriptions?language=${language}`,
    recording,
    containerType(recording.type),
  );
  return transcription.parse(await response.json());
}

/** One sentence of the interviewer's reply as audio from the server's speech provider. */
export async function synthesizeSentence(text: string, signal: AbortSignal): Promise<Blob> {
  const response = await post(
    "/speech/synthesis",
    JSON.stringify({ text }),
    "application/json",
    signal,
  );
  return response.blob();
}
