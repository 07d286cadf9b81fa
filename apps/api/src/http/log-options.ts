import type { FastifyRequest } from "fastify";

/** Logs never carry tokens, passwords or what a candidate wrote. */
export const redactedLogPaths = [
  "req.headers.authorization",
  "req.headers.cookie",
  "req.body",
  "res.body",
  "*.password",
  "*.token",
  "*.text",
  "*.code",
];

/**
 * A request as the log shows it: the method and the route's pattern (`/api/sessions/:id`, not
 * the id), never the client's address, its user agent or the query string.
 */
function loggedRequest(request: FastifyRequest) {
  return {
    method: request.method,
    route: request.routeOptions?.url ?? request.url.split("?")[0],
    id: request.id,
  };
}

/** The server's logger: the level, redaction and the request as above. */
export function logOptions(level: string, stream?: NodeJS.WritableStream) {
  return {
    level,
    redact: redactedLogPaths,
    serializers: { req: loggedRequest },
    ...(stream ? { stream } : {}),
  };
}
