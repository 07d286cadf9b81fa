import { createServer } from "node:net";
import { startFakeRevenueCat } from "@mentara/testing/fake-revenuecat";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RecordedRequest, startFakeClerk } from "../testing/fake-account-services.ts";
import { createClerkBackendApi } from "./clerk-backend-api.ts";
import { ExternalServiceError } from "./external-service-error.ts";
import { createRevenueCatApi } from "./revenuecat-api.ts";

interface ClientOptions {
  secretKey: string;
  baseUrl: string;
  timeoutMs?: number;
}

/** Both services behave alike from the caller's side, so one suite runs against each. */
const services = [
  {
    service: "clerk",
    resource: "/v1/users/",
    failureText: "The fake Clerk was told to fail this request.",
    unauthorizedText: "The secret key is missing or not valid for this instance.",
    async start() {
      const fake = await startFakeClerk();
      return { fake, known: fake.users };
    },
    remover(options: ClientOptions) {
      const api = createClerkBackendApi(options);
      return (id: string) => api.deleteUser(id);
    },
  },
  {
    service: "revenuecat",
    resource: "/v1/subscribers/",
    failureText: "The fake RevenueCat was told to fail this request.",
    unauthorizedText: "Invalid API key.",
    async start() {
      const fake = await startFakeRevenueCat();
      const known = {
        add: (id: string) => fake.ensureCustomer(id),
        has: (id: string) => fake.customers.has(id),
        get size() {
          return fake.customers.size;
        },
      };
      return { fake, known };
    },
    remover(options: ClientOptions) {
      const api = createRevenueCatApi(options);
      return (id: string) => api.deleteSubscriber(id);
    },
  },
] as const;

async function failureOf(promise: Promise<void>): Promise<ExternalServiceError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ExternalServiceError);
  if (!(error instanceof ExternalServiceError)) throw new Error("unreachable");
  return error;
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe.each(services)("$service account deletion", (spec) => {
  let started: Awaited<ReturnType<typeof spec.start>>;
  let remove: (id: string) => Promise<void>;

  beforeEach(async () => {
    started = await spec.start();
    remove = spec.remover({ secretKey: "sk_test_fake", baseUrl: started.fake.url });
  });
  afterEach(() => started.fake.close());

  it("deletes a known account with a bearer-authenticated DELETE", async () => {
    started.known.add("user_1");
    await remove("user_1");
    expect(started.known.has("user_1")).toBe(false);
    expect(started.fake.requests).toEqual<RecordedRequest[]>([
      { method: "DELETE", path: `${spec.resource}user_1`, authorization: "Bearer sk_test_fake" },
    ]);
  });

  it("URL-encodes the id so it stays one path segment", async () => {
    started.known.add("$anon:a/../b");
    await remove("$anon:a/../b");
    expect(started.known.size).toBe(0);
    expect(started.fake.requests[0]?.path).toBe(`${spec.resource}%24anon%3Aa%2F..%2Fb`);
  });

  it("treats an account that is already gone as deleted", async () => {
    started.known.add("user_1");
    await remove("user_1");
    await remove("user_1");
    await remove("user_never_existed");
    expect(started.fake.requests).toHaveLength(3);
  });

  it("reports an outage with the status and the service's message, and a retry succeeds", async () => {
    started.known.add("user_1");
    started.fake.failNext(503);
    const error = await failureOf(remove("user_1"));
    expect(error).toMatchObject({ service: spec.service, status: 503 });
    expect(error.message).toContain("503");
    expect(error.message).toContain(spec.failureText);
    expect(started.known.has("user_1")).toBe(true);
    await remove("user_1");
    expect(started.known.has("user_1")).toBe(false);
  });

  it("reports a rejected key as 401 without repeating the key", async () => {
    const wrongKey = "sk_live_wrong_key_that_must_not_leak";
    const removeWithWrongKey = spec.remover({ secretKey: wrongKey, baseUrl: started.fake.url });
    started.known.add("user_1");
    const error = await failureOf(removeWithWrongKey("user_1"));
    expect(error).toMatchObject({ service: spec.service, status: 401 });
    expect(error.message).toContain(spec.unauthorizedText);
    expect(`${error.message}\n${error.stack}`).not.toContain(wrongKey);
    expect(started.known.has("user_1")).toBe(true);
  });

  it("gives up on a service that never answers", async () => {
    started.fake.stallNext();
    const impatient = spec.remover({
      secretKey: "sk_test_fake",
      baseUrl: started.fake.url,
      timeoutMs: 50,
    });
    const error = await failureOf(impatient("user_1"));
    expect(error).toMatchObject({ service: spec.service, status: undefined });
    expect(error.message).toContain("did not answer within 50 ms");
  });

  it("reports a service it cannot reach without a status", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;
    const error = await failureOf(spec.remover({ secretKey: "sk_test_fake", baseUrl })("user_1"));
    expect(error).toMatchObject({ service: spec.service, status: undefined });
    expect(error.message).toContain("could not be reached");
  });
});
