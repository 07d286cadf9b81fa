import { type ExternalService, ExternalServiceError } from "./external-service-error.ts";

const serviceNames: Record<ExternalService, string> = { clerk: "Clerk", revenuecat: "RevenueCat" };

export interface ServiceHttpOptions {
  service: ExternalService;
  secretKey: string;
  baseUrl: string;
  timeoutMs: number;
  /** Reads the service's own error body into one line. */
  describeError: (body: unknown) => string | undefined;
}

/**
 * Bearer-authenticated calls to an account service, on `{root}{path}/{id}`. `remove` is the
 * idempotent delete (any 2xx or a 404 is done); `read` answers a 2xx body as JSON. Anything else,
 * a network error or a timeout throws an ExternalServiceError that never contains the key.
 */
export function createServiceHttp(options: ServiceHttpOptions) {
  const name = serviceNames[options.service];
  // fetch quotes an invalid header value in its own error, which would leak the key: refuse it.
  if (!/^[\x21-\x7e]+$/.test(options.secretKey))
    throw new TypeError(`The ${name} key is empty or has characters a header cannot carry.`);
  const root = options.baseUrl.replace(/\/+$/, "");
  const sanitize = (text: string) => text.replaceAll(options.secretKey, "[redacted]").slice(0, 300);
  const fail = (status: number | undefined, message: string, cause?: unknown) =>
    new ExternalServiceError(options.service, status, message, cause ? { cause } : undefined);

  async function send(method: "GET" | "DELETE", path: string, id: string): Promise<Response> {
    // "." and ".." survive URL-encoding and would be resolved to a different path.
    if (id === "" || id === "." || id === "..") throw new TypeError(`"${id}" is not a ${name} id.`);
    try {
      return await fetch(`${root}${path}/${encodeURIComponent(id)}`, {
        method,
        headers: { authorization: `Bearer ${options.secretKey}`, accept: "application/json" },
        // A redirect would carry the key to another host.
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error: unknown) {
      if (error instanceof Error && error.name === "TimeoutError")
        throw fail(undefined, `${name} did not answer within ${options.timeoutMs} ms.`);
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const detail = reason instanceof Error ? sanitize(reason.message) : "unknown error";
      throw fail(undefined, `${name} could not be reached: ${detail}`, error);
    }
  }

  async function refuse(response: Response, doing: string): Promise<never> {
    const described = options.describeError(await readJson(response));
    const detail = described ? `: ${sanitize(described)}` : ".";
    throw fail(response.status, `${name} answered ${response.status} to ${doing}${detail}`);
  }

  return {
    async remove(path: string, id: string, what: string): Promise<void> {
      const response = await send("DELETE", path, id);
      if (response.ok || response.status === 404) {
        await response.body?.cancel();
        return;
      }
      await refuse(response, `deleting ${what}`);
    },

    async read(path: string, id: string, what: string): Promise<unknown> {
      const response = await send("GET", path, id);
      if (!response.ok) return refuse(response, `reading ${what}`);
      const body = await readJson(response);
      if (body === undefined)
        throw fail(
          response.status,
          `${name} answered reading ${what} with a body that is not JSON.`,
        );
      return body;
    },
  };
}

/** The body as JSON, or undefined when it is not JSON or stops arriving before the timeout. */
async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}
