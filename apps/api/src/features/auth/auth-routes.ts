import { meResponse, signInBody, signUpBody, tokenResponse } from "@mentara/contracts/auth";
import { DomainError } from "@mentara/domain/errors";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authenticate } from "../../http/authenticate.ts";
import { signIn } from "./sign-in.ts";
import { signUp } from "./sign-up.ts";
import type { TokenService } from "./tokens.ts";
import type { UsersRepository } from "./users-repository.ts";

export function authRoutes(deps: {
  users: UsersRepository;
  tokens: TokenService;
  now: () => Date;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const limited = { rateLimit: { max: 20, timeWindow: "1 minute" } };
    app.post(
      "/auth/local/sign-up",
      {
        config: limited,
        schema: { body: signUpBody, response: { 201: tokenResponse }, tags: ["auth"] },
      },
      async (request, reply) =>
        reply.status(201).send(await signUp(request.body, { ...deps, today: deps.now() })),
    );
    app.post(
      "/auth/local/sign-in",
      {
        config: limited,
        schema: { body: signInBody, response: { 200: tokenResponse }, tags: ["auth"] },
      },
      async (request) => signIn(request.body, deps),
    );
    app.get(
      "/me",
      { schema: { response: { 200: meResponse }, security: [{ bearer: [] }], tags: ["account"] } },
      async (request) => {
        const user = await deps.users.findById(await authenticate(request, deps.tokens));
        if (!user)
          throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
        return {
          id: user.id,
          email: user.email,
          birthYear: user.birthYear,
          locale: user.locale,
          createdAt: user.createdAt.toISOString(),
        };
      },
    );
  };
}
