import { errorBody } from "@mentara/contracts/errors";
import type { ErrorCode } from "@mentara/domain/errors";
import type { z } from "zod";
import { apiUrl } from "./api-origin.ts";
import { bearerToken } from "./auth-token.ts";

/** A failed API call with the server's code and the message to show the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** The server's structured details, such as the allowance behind a 402. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * Calls the API with the signed-in user's bearer token, and reads the answer through the
 * contract's schema. Network failures and error bodies become an ApiError with a readable message.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  schema: T,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<z.infer<T>> {
  const token = await bearerToken();
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: init.method ?? "GET",
      headers: {
        ...init.headers,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, "NETWORK", "network");
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBody.safeParse(payload);
    if (parsed.success)
      throw new ApiError(
        response.status,
        parsed.data.error.code,
        parsed.data.error.message,
        parsed.data.error.details,
      );
    // An answer that is not ours (a proxy's error page, say): nothing in it is worth showing.
    throw new ApiError(response.status, "INTERNAL", `HTTP ${response.status}`);
  }
  return schema.parse(payload);
}
