import { DomainError } from "@mentara/domain/errors";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TokenService } from "../features/auth/tokens.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user: set before the handler of every route that declares bearer security. */
    userId: string;
  }
}

/**
 * Every route whose schema declares `security: [{ bearer: [] }]` — what the API description
 * promises — gets its bearer token verified before its handler runs, and `request.userId` set.
 * Health, sign-in, sign-up, webhooks and the public config declare none.
 */
export function registerAuthentication(app: FastifyInstance, tokens: TokenService): void {
  app.decorateRequest("userId", "");
  app.addHook("preHandler", async (request) => {
    const security = request.routeOptions.schema?.security;
    if (!security?.some((requirement) => "bearer" in requirement)) return;
    request.userId = await verifiedUserId(request, tokens);
  });
}

async function verifiedUserId(request: FastifyRequest, tokens: TokenService): Promise<string> {
  const header = request.headers.authorization;
  const token = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
  if (!token)
    throw new DomainError("UNAUTHENTICATED", "Sign in first: this request has no bearer token.");
  const userId = await tokens.verify(token);
  if (!userId)
    throw new DomainError(
      "UNAUTHENTICATED",
      "Your sign-in has expired or is not valid; sign in again.",
    );
  return userId;
}
