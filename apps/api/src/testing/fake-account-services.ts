import { createServer } from "node:http";

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

export interface FakeRevenueCat extends FakeService {
  /** App user ids RevenueCat knows; a successful delete removes the id. */
  subscribers: Set<string>;
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

const revenueCatErrors = {
  unauthorized: { code: 7225, message: "Invalid API key." },
  "not-found": { code: 7259, message: "Subscriber not found." },
  "no-route": { code: 7000, message: "Not found." },
  failure: { code: 7110, message: "The fake RevenueCat was told to fail this request." },
} as const;

const revenueCat: Dialect = {
  route: /^\/v1\/subscribers\/([^/?]+)$/,
  deleted: (id) => ({ app_user_id: id, deleted: true }),
  error: (reason) => revenueCatErrors[reason],
};

/** A local stand-in for Clerk's `DELETE /v1/users/:id`, so tests exercise real HTTP offline. */
export async function startFakeClerk(
  options: { secretKey?: string; users?: Iterable<string> } = {},
): Promise<FakeClerk> {
  const users = new Set(options.users);
  const service = await startFakeService(options.secretKey ?? "sk_test_fake", users, clerk);
  return { ...service, users };
}

/** A local stand-in for RevenueCat's `DELETE /v1/subscribers/:app_user_id`. */
export async function startFakeRevenueCat(
  options: { secretKey?: string; subscribers?: Iterable<string> } = {},
): Promise<FakeRevenueCat> {
  const subscribers = new Set(options.subscribers);
  const service = await startFakeService(
    options.secretKey ?? "sk_test_fake",
    subscribers,
    revenueCat,
  );
  return { ...service, subscribers };
}

async function startFakeService(
  secretKey: string,
  known: Set<string>,
  dialect: Dialect,
): Promise<FakeService> {
  const requests: RecordedRequest[] = [];
  let failure = { status: 500, remaining: 0 };
  let stalls = 0;

  const server = createServer((request, response) => {
    request.resume();
    const path = request.url ?? "/";
    requests.push({
      method: request.method ?? "",
      path,
      authorization: request.headers.authorization,
    });
    if (stalls > 0) {
      stalls--;
      return;
    }
    const send = (status: number, body: object) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (failure.remaining > 0) {
      failure.remaining--;
      return send(failure.status, dialect.error("failure"));
    }
    const id = request.method === "DELETE" ? matchId(dialect.route, path) : undefined;
    if (id === undefined) return send(404, dialect.error("no-route"));
    if (request.headers.authorization !== `Bearer ${secretKey}`)
      return send(401, dialect.error("unauthorized"));
    if (!known.delete(id)) return send(404, dialect.error("not-found"));
    send(200, dialect.deleted(id));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("The fake server did not get a TCP port.");

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    failNext(status, times = 1) {
      if (!Number.isInteger(status) || status < 200 || status > 599)
        throw new RangeError(`failNext needs an HTTP status from 200 to 599, not ${status}.`);
      failure = { status, remaining: times };
    },
    stallNext(times = 1) {
      stalls = times;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
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
