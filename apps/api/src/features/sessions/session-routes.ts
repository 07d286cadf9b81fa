import {
  compareQuery,
  comparison,
  createSessionBody,
  idParams,
  type Report,
  type ReportPending,
  replay,
  report,
  reportPending,
  run,
  runBody,
  sessionDetail,
  sessionList,
  sessionListQuery,
  turn,
  turnBody,
} from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authenticate } from "../../http/authenticate.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { UsersRepository } from "../auth/users-repository.ts";
import { compareSessions } from "./compare-sessions.ts";
import { createSession } from "./create-session.ts";
import { deleteSession } from "./delete-session.ts";
import { endSession } from "./end-session.ts";
import { getReplay } from "./get-replay.ts";
import { getReport } from "./get-report.ts";
import { getSession } from "./get-session.ts";
import { postTurn } from "./post-turn.ts";
import { requestHint } from "./request-hint.ts";
import { runCode } from "./run-code.ts";
import type { SessionDeps } from "./session-context.ts";
import { toSessionFilters, toSummary } from "./session-views.ts";
import { streamSessionEvents } from "./stream-session-events.ts";

const security = [{ bearer: [] }];

export function sessionRoutes(
  deps: SessionDeps & { tokens: TokenService; users: UsersRepository },
): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/sessions",
      {
        schema: {
          body: createSessionBody,
          response: { 201: sessionDetail },
          security,
          tags: ["sessions"],
        },
      },
      async (request, reply) => {
        const userId = await authenticate(request, deps.tokens);
        const user = await deps.users.findById(userId);
        if (!user?.aiConsentAt || !user.onboardedAt)
          throw new DomainError(
            "CONFLICT",
            "Finish onboarding first: an interview needs your consent to AI processing (POST /api/me/onboarding).",
          );
        const session = await createSession(userId, request.body, deps);
        return reply.status(201).send(await getSession(userId, session.id, deps));
      },
    );

    app.get(
      "/sessions",
      {
        schema: {
          querystring: sessionListQuery,
          response: { 200: sessionList },
          security,
          tags: ["sessions"],
          description: "Past sessions, newest first, filtered by type, start date and score.",
        },
      },
      async (request) => {
        const userId = await authenticate(request, deps.tokens);
        const rows = await deps.sessions.list(userId, toSessionFilters(request.query));
        return { sessions: rows.map((r) => toSummary(r.session, r.report ?? undefined)) };
      },
    );

    app.get(
      "/sessions/compare",
      {
        schema: {
          querystring: compareQuery,
          response: { 200: comparison },
          security,
          tags: ["sessions"],
          description: "Two finished sessions of the same type side by side (a and b by id).",
        },
      },
      async (request) =>
        compareSessions(await authenticate(request, deps.tokens), request.query, deps),
    );

    app.get(
      "/sessions/:id",
      {
        schema: {
          params: idParams,
          response: { 200: sessionDetail },
          security,
          tags: ["sessions"],
        },
      },
      async (request) =>
        getSession(await authenticate(request, deps.tokens), request.params.id, deps),
    );

    app.get(
      "/sessions/:id/replay",
      {
        schema: {
          params: idParams,
          response: { 200: replay },
          security,
          tags: ["sessions"],
          description: "The transcript, code snapshots and runs, for replaying the interview.",
        },
      },
      async (request) =>
        getReplay(await authenticate(request, deps.tokens), request.params.id, deps),
    );

    app.delete(
      "/sessions/:id",
      {
        schema: {
          params: idParams,
          response: { 204: z.null() },
          security,
          tags: ["sessions"],
          description: "Deletes the interview and every row that belongs to it.",
        },
      },
      async (request, reply) => {
        await deleteSession(await authenticate(request, deps.tokens), request.params.id, deps);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/sessions/:id/turns",
      {
        schema: {
          params: idParams,
          body: turnBody,
          response: { 201: turn },
          security,
          tags: ["sessions"],
        },
      },
      async (request, reply) => {
        const receivedAt = performance.now() - reply.elapsedTime;
        const userId = await authenticate(request, deps.tokens);
        return reply
          .status(201)
          .send(await postTurn(userId, request.params.id, request.body, deps, receivedAt));
      },
    );

    app.post(
      "/sessions/:id/runs",
      {
        schema: {
          params: idParams,
          body: runBody,
          response: { 201: run },
          security,
          tags: ["sessions"],
        },
      },
      async (request, reply) => {
        const userId = await authenticate(request, deps.tokens);
        return reply.status(201).send(await runCode(userId, request.params.id, request.body, deps));
      },
    );

    app.post(
      "/sessions/:id/hints",
      {
        schema: {
          params: idParams,
          response: { 200: z.object({ hintsTaken: z.number() }) },
          security,
          tags: ["sessions"],
          description:
            "The next tier of hint arrives as an interviewer turn; each costs problem-solving score.",
        },
      },
      async (request) =>
        requestHint(await authenticate(request, deps.tokens), request.params.id, deps),
    );

    app.post(
      "/sessions/:id/end",
      {
        schema: {
          params: idParams,
          response: { 200: report, 202: reportPending },
          security,
          tags: ["sessions"],
          description: "Ends the interview; answers with its report, or 202 while it is written.",
        },
      },
      async (request, reply) => {
        const state = await endSession(
          await authenticate(request, deps.tokens),
          request.params.id,
          deps,
        );
        return sendReportState(reply, state);
      },
    );

    app.get(
      "/sessions/:id/report",
      {
        schema: {
          params: idParams,
          response: { 200: report, 202: reportPending },
          security,
          tags: ["sessions"],
          description: "The report, or 202 with the step reached while it is written.",
        },
      },
      async (request, reply) => {
        const state = await getReport(
          await authenticate(request, deps.tokens),
          request.params.id,
          deps,
        );
        return sendReportState(reply, state);
      },
    );

    app.get(
      "/sessions/:id/events",
      {
        schema: {
          params: idParams,
          querystring: z.object({ lastEventId: z.coerce.number().int().min(0).optional() }),
          security,
          tags: ["sessions"],
          description:
            "Server-Sent Events: interviewer deltas and turns, run results, session end, report ready.",
        },
      },
      async (request, reply) => {
        const userId = await authenticate(request, deps.tokens);
        const header = Number(request.headers["last-event-id"]);
        const lastEventId =
          Number.isInteger(header) && header > 0 ? header : (request.query.lastEventId ?? 0);
        await streamSessionEvents(request, reply, userId, request.params.id, lastEventId, deps);
      },
    );
  };
}

/** A report is 200; a report still being written is 202 with the step it has reached. */
function sendReportState(reply: FastifyReply, state: Report | ReportPending) {
  return "status" in state ? reply.status(202).send(state) : reply.status(200).send(state);
}
