import { DomainError, type ErrorCode } from "@mentara/domain/errors";
import {
  type MissingRunner,
  SandboxBusyError,
  SandboxUnavailableError,
} from "@mentara/sandbox/errors";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { isForeignKeyViolation } from "../db/constraint-violations.ts";

const statusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNDER_AGE: 403,
  FORBIDDEN: 403,
  AI_CONSENT_REQUIRED: 403,
  SESSION_ENDED: 409,
  PAYMENT_REQUIRED: 402,
  RATE_LIMITED: 429,
  BUSY: 503,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  NETWORK: 503, // the app's own code for an unreachable server; never sent from here
};

/** The setting that turns on each runner the code sandbox can be missing. */
const runnerSetting: Record<MissingRunner, string> = {
  javascript: "set SANDBOX_JS_WORKERS above 0",
  python: "set SANDBOX_PYTHON_WORKERS above 0",
  piston: "set SANDBOX_PISTON_URL",
};

/** Fastify's own refusals of a request body, told as what to fix. */
const bodyRefusals: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE:
    "This request takes JSON: send the body with Content-Type: application/json.",
  FST_ERR_CTP_BODY_TOO_LARGE:
    "The request body is too large for this request; send less at a time.",
  FST_ERR_CTP_EMPTY_JSON_BODY:
    "The body is empty but its Content-Type says JSON: send a JSON object, or no Content-Type.",
  FST_ERR_CTP_INVALID_JSON_BODY:
    "The body is not valid JSON; check it for a missing quote, comma or brace.",
};

interface ErrorReply {
  status: number;
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  retryAfterMs?: number;
}

function describe(error: unknown): ErrorReply {
  if (error instanceof DomainError) {
    return {
      status: statusOf[error.code],
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
  if (error instanceof SandboxBusyError) {
    return { status: 503, code: "BUSY", message: error.message, retryAfterMs: error.retryAfterMs };
  }
  if (error instanceof SandboxUnavailableError)
    return {
      status: 503,
      code: "UNAVAILABLE",
      message: error.missing
        ? `${error.message} Whoever runs this server can turn it on: ${runnerSetting[error.missing]}.`
        : error.message,
    };
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return {
      status: 400,
      code: "VALIDATION",
      message: issues.map((i) => `${i.path || "body"}: ${i.message}`).join("; "),
      details: { issues },
    };
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: [error.validationContext, ...v.instancePath.split("/").filter(Boolean)].join("."),
      message: v.message ?? "is not valid",
    }));
    return {
      status: 400,
      code: "VALIDATION",
      message: issues.map((i) => `${i.path}: ${i.message}`).join("; "),
      details: { issues },
    };
  }
  if (fastifyError.statusCode === 429)
    return {
      status: 429,
      code: "RATE_LIMITED",
      message: "Too many requests; wait a moment and try again.",
    };
  // The web build's file server refuses paths that climb out of the build or name hidden files.
  if (fastifyError.statusCode === 403)
    return {
      status: 403,
      code: "FORBIDDEN",
      message: "That address points outside the web app; check it, or open the home page.",
    };
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const message = bodyRefusals[fastifyError.code] ?? fastifyError.message;
    return { status: fastifyError.statusCode, code: "VALIDATION", message };
  }
  // A write that refers to a row deleted meanwhile (an account or interview deleted elsewhere).
  if (isForeignKeyViolation(error))
    return {
      status: 409,
      code: "CONFLICT",
      message: "What this refers to was deleted meanwhile; reload the page.",
    };
  return {
    status: 500,
    code: "INTERNAL",
    message: "Something went wrong on our side. Please try again.",
  };
}

/** One place turns every failure into `{ error: { code, message, details? } }` and a status. */
export function registerErrorHandler(
  app: FastifyInstance,
  /** Told of every unexpected failure (a 500), to keep a scrubbed diagnostic of it. */
  onInternalError: { current: (error: unknown, request: FastifyRequest) => void } = {
    current: () => {},
  },
): void {
  app.setErrorHandler((error, request, reply) => {
    const described = describe(error);
    if (described.status >= 500 && described.code === "INTERNAL") {
      request.log.error({ err: error }, "request failed");
      onInternalError.current(error, request);
    }
    if (described.retryAfterMs !== undefined)
      reply.header("retry-after", Math.ceil(described.retryAfterMs / 1000));
    const { code, message, details } = described;
    return reply
      .status(described.status)
      .send({ error: { code, message, ...(details ? { details } : {}) } });
  });
}

/**
 * Addresses the router refuses before any route runs (Fastify's `frameworkErrors`): a part longer
 * than the router takes, or a broken %-escape. Answered in the same shape as every other error.
 */
export function refuseAddress(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const tooLong = error.code === "FST_ERR_MAX_PARAM_LENGTH";
  const message = tooLong
    ? "That address is too long: an id in it has more than 100 characters. Check the link you followed."
    : "That address has a broken %-escape in it. Check the link you followed.";
  return reply.status(tooLong ? 414 : 400).send({ error: { code: "VALIDATION", message } });
}
