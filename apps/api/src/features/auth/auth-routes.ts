import { signInBody, signUpBody, tokenResponse } from "@mentara/contracts/auth";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
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
  };
}
