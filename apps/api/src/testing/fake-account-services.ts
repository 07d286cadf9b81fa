import { createServer } from "node:http";
import { createFaults, listenOnLoopback, sendJson } from "@mentara/testing/fake-service";

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

interface FakeService {
  url: string;
  /** Every request received, in order, including ones answered with a failure. */
  requests: RecordedRequest[];
  /** The next `times` requests answer `status` with the service's error body (to test retries). */
  failNext(status: number, times?: number): void;
  /** The next `times` requests are never answered (to test timeouts); `close` drops them. */
  stallNext(times?: number): void;
  close(): Promise<void>;
}

export interface FakeClerk extends FakeService {
  /** Clerk user ids that exist; a successful delete removes the id. */
  users: Set<string>;
}

/** How one service shapes its route and bodies; the request handling is shared. */
interface Dialect {
  route: RegExp;
  deleted(id: string): object;
  error(reason: "unauthorized" | "not-found" | "no-route" | "failure"): object;
}

/** Clerk's documented error entries, one per reason the fake refuses. */
const clerkErrors = {
  unauthorized: {
    message: "invalid authentication",
    long_message: "The secret key is missing or not valid for this instance.",
    code: "authentication_invalid",
  },
  "not-found": {
    message: "not found",
    long_message: "Resource not found",
    code: "resource_not_found",
  },
  "no-route": {
    message: "not found",
    long_message: "Resource not found",
    code: "resource_not_found",
  },
  failure: {
    message: "request failed",
    long_message: "The fake Clerk was told to fail this request.",
    code: "internal_clerk_error",
  },
} as const;

const clerk: Dialect = {
  route: /^\/v1\/users\/([^/?]+)$/,
  deleted: (id) => ({ object: "user", id, deleted: true }),
  error: (reason) => ({ errors: [clerkErrors[reason]] }),
};

/** A local stand-in for Clerk's `DELETE /v1/users/:id`, so tests exercise real HTTP offline. */
export async function startFakeClerk(
  options: { secretKey?: string; users?: Iterable<string> } = {},
): Promise<FakeClerk> {
  const users = new Set(options.users);
  const service = await startFakeService(options.secretKey ?? "sk_test_fake", users, clerk);
  return { ...service, users };
}

async function startFakeService(
  secretKey: string,
  known: Set<string>,
  dialect: Dialect,
): Promise<FakeService> {
  const requests: RecordedRequest[] = [];
  const faults = createFaults(dialect.error("failure"));

  const server = createServer((request, response) => {
    request.resume();
    const path = request.url ?? "/";
    requests.push({
      method: request.method ?? "",
      path,
      authorization: request.headers.authorization,
    });
    if (faults.intercept(response)) return;
    const send = (status: number, body: object) => sendJson(response, status, body);
    const id = request.method === "DELETE" ? matchId(dialect.route, path) : undefined;
    if (id === undefined) return send(404, dialect.error("no-route"));
    if (request.headers.authorization !== `Bearer ${secretKey}`)
      return send(401, dialect.error("unauthorized"));
    if (!known.delete(id)) return send(404, dialect.error("not-found"));
    send(200, dialect.deleted(id));
  });

  const listening = await listenOnLoopback(server);
  return {
    ...listening,
    requests,
    failNext: faults.failNext,
    stallNext: faults.stallNext,
  };
}

/** The decoded id in the route's one path segment, or undefined when the path is another route. */
function matchId(route: RegExp, path: string): string | undefined {
  const segment = route.exec(path)?.[1];
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
