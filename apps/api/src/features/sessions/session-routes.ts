import {
  compareQuery,
  comparison,
  createSessionBody,
  hintResponse,
  idempotencyHeaders,
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
import type { UsersRepository } from "../auth/users-repository.ts";
import type { Allowance } from "../billing/allowance.ts";
import { compareSessions } from "./browse/compare-sessions.ts";
import { deleteSession } from "./browse/delete-session.ts";
import { getReplay } from "./browse/get-replay.ts";
import { getSession } from "./browse/get-session.ts";
import { endSession } from "./ending/end-session.ts";
import { assertAiConsent } from "./live/assert-ai-consent.ts";
import { createSession } from "./live/create-session.ts";
import { postTurn } from "./live/post-turn.ts";
import { requestHint } from "./live/request-hint.ts";
import { runCode } from "./live/run-code.ts";
import { streamSessionEvents } from "./live/stream-session-events.ts";
import { getReport } from "./report/get-report.ts";
import type { SessionDeps } from "./session-context.ts";
import { toSessionFilters, toSummary } from "./session-views.ts";

const security = [{ bearer: [] }];

export function sessionRoutes(
  deps: SessionDeps & { users: UsersRepository; allowance: Allowance },
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
          description:
            "Starts an interview. With billing on, a free user past the month's allowance gets 402 with when it renews.",
        },
      },
      async (request, reply) => {
        const userId = request.userId;
        const user = await deps.users.findById(userId);
        if (!user?.onboardedAt)
          throw new DomainError(
            "CONFLICT",
            "Finish onboarding first: it asks your age, role and level, and your consent to AI processing (POST /api/me/onboarding).",
          );
        await assertAiConsent(userId, deps);
        const plan = await deps.allowance.beforeStart(userId);
        return reply.status(201).send(await createSession(userId, request.body, deps, plan));
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
        const userId = request.userId;
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
      async (request) => compareSessions(request.userId, request.query, deps),
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
      async (request) => getSession(request.userId, request.params.id, deps),
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
      async (request) => getReplay(request.userId, request.params.id, deps),
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
        await deleteSession(request.userId, request.params.id, deps);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/sessions/:id/turns",
      {
        schema: {
          params: idParams,
          body: turnBody,
          headers: idempotencyHeaders,
          response: { 201: turn },
          security,
          tags: ["sessions"],
        },
      },
      async (request, reply) => {
        const receivedAt = performance.now() - reply.elapsedTime;
        const userId = request.userId;
        await assertAiConsent(userId, deps);
        return reply
          .status(201)
          .send(
            await postTurn(
              userId,
              request.params.id,
              { ...request.body, key: request.headers["idempotency-key"] },
              deps,
              receivedAt,
            ),
          );
      },
    );

    app.post(
      "/sessions/:id/runs",
      {
        schema: {
          params: idParams,
          body: runBody,
          headers: idempotencyHeaders,
          response: { 201: run },
          security,
          tags: ["sessions"],
        },
      },
      async (request, reply) => {
        const userId = request.userId;
        const input = { ...request.body, key: request.headers["idempotency-key"] };
        await assertAiConsent(userId, deps);
        return reply.status(201).send(await runCode(userId, request.params.id, input, deps));
      },
    );

    app.post(
      "/sessions/:id/hints",
      {
        schema: {
          params: idParams,
          response: { 200: hintResponse },
          security,
          tags: ["sessions"],
          description:
            "The next tier of hint arrives as an interviewer turn; each costs problem-solving score.",
        },
      },
      async (request) => {
        await assertAiConsent(request.userId, deps);
        return requestHint(request.userId, request.params.id, deps);
      },
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
        const state = await endSession(request.userId, request.params.id, deps);
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
        const state = await getReport(request.userId, request.params.id, deps);
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
        const userId = request.userId;
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
