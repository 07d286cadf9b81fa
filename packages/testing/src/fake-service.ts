import type { Server, ServerResponse } from "node:http";
import type { Server as TlsServer } from "node:https";

/** Sends a JSON body with a status, as the services our fakes stand in for do. */
export function sendJson(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

/**
 * Failures a test orders from a fake service: the next requests answer an error status with the
 * service's own error body, or are never answered at all.
 */
export function createFaults(failureBody: object) {
  let failure = { status: 500, remaining: 0 };
  let stalls = 0;
  return {
    /** The next `times` requests answer `status` (times = 0 cancels a failure still pending). */
    failNext(status: number, times = 1): void {
      if (!Number.isInteger(status) || status < 200 || status > 599)
        throw new RangeError(`failNext needs an HTTP status from 200 to 599, not ${status}.`);
      failure = { status, remaining: times };
    },
    /** The next `times` requests are never answered (to test timeouts); closing drops them. */
    stallNext(times = 1): void {
      stalls = times;
    },
    /** Answers (or withholds the answer to) a request a failure was ordered for; true if it did. */
    intercept(response: ServerResponse): boolean {
      if (stalls > 0) {
        stalls--;
        return true;
      }
      if (failure.remaining > 0) {
        failure.remaining--;
        sendJson(response, failure.status, failureBody);
        return true;
      }
      return false;
    },
  };
}

/** Listens on a free port of 127.0.0.1; `close` drops open connections (stalled requests too). */
export async function listenOnLoopback(
  server: Server | TlsServer,
): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("The fake server did not get a TCP port.");
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
