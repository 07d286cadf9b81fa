import { type ExternalService, ExternalServiceError } from "./external-service-error.ts";

const serviceNames: Record<ExternalService, string> = { clerk: "Clerk", revenuecat: "RevenueCat" };

/**
 * `DELETE {root}/{path}/{id}` with a bearer key, for the account services' idempotent deletes:
 * any 2xx or a 404 (already gone) is done; anything else, a network error or a timeout throws an
 * ExternalServiceError that never contains the key. `describeError` reads the service's own
 * error body into one line.
 */
export function createHttpDeleter(options: {
  service: ExternalService;
  secretKey: string;
  baseUrl: string;
  timeoutMs: number;
  describeError: (body: unknown) => string | undefined;
}) {
  const name = serviceNames[options.service];
  // fetch quotes an invalid header value in its own error, which would leak the key: refuse it.
  if (!/^[\x21-\x7e]+$/.test(options.secretKey))
    throw new TypeError(`The ${name} key is empty or has characters a header cannot carry.`);
  const root = options.baseUrl.replace(/\/+$/, "");
  const sanitize = (text: string) => text.replaceAll(options.secretKey, "[redacted]").slice(0, 300);
  const fail = (status: number | undefined, message: string, cause?: unknown) =>
    new ExternalServiceError(options.service, status, message, cause ? { cause } : undefined);

  return async (path: string, id: string, what: string): Promise<void> => {
    // "." and ".." survive URL-encoding and would be resolved to a different path.
    if (id === "" || id === "." || id === "..") throw new TypeError(`"${id}" is not a ${name} id.`);
    let response: Response;
    try {
      response = await fetch(`${root}${path}/${encodeURIComponent(id)}`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${options.secretKey}` },
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
    if (response.ok || response.status === 404) {
      await response.body?.cancel();
      return;
    }
    const described = options.describeError(await readJson(response));
    const detail = described ? `: ${sanitize(described)}` : ".";
    throw fail(response.status, `${name} answered ${response.status} to deleting ${what}${detail}`);
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
