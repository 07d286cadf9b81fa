import { DomainError } from "@mentara/domain/errors";
import type { FastifyRequest } from "fastify";
import type { TokenService } from "../features/auth/tokens.ts";

/** Reads the bearer token; every route except health, auth and docs calls this first. */
export async function authenticate(request: FastifyRequest, tokens: TokenService): Promise<string> {
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
