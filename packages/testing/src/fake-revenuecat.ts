import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createFaults, listenOnLoopback, sendJson } from "./fake-service.ts";

/**
 * A local RevenueCat for tests: the REST API our server reads (`GET`/`DELETE /v1/subscribers/{id}`,
 * 201 when a GET creates the customer, `{ message, code }` errors), the routes the web SDK
 * (`@revenuecat/purchases-js`) calls with a Test Store key (offerings, products, receipts), and
 * webhook deliveries shaped as RevenueCat documents them, sent to the server under test.
 */

export interface FakeSubscription {
  /** RevenueCat's REST store name: app_store, play_store, test_store… */
  store: string;
  purchasedAt: Date;
  /** null for a purchase that never expires. */
  expiresAt: Date | null;
  unsubscribeDetectedAt?: Date | null;
  billingIssuesDetectedAt?: Date | null;
  gracePeriodExpiresAt?: Date | null;
  autoResumeAt?: Date | null;
}

export interface FakeCustomer {
  firstSeen: Date;
  managementUrl: string | null;
  /** Product id → its subscription. */
  subscriptions: Map<string, FakeSubscription>;
  /** Entitlement id → the product that grants it. */
  entitlements: Map<string, string>;
}

export interface FakeProduct {
  id: string;
  title: string;
  /** ISO 8601 period: P1M, P1Y. */
  period: string;
  priceMicros: number;
  currency: string;
  entitlement: string;
  /** The offering package it is sold in: $rc_monthly, $rc_annual. */
  packageId: string;
}

export interface RecordedRevenueCatRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

/** A webhook event exactly as RevenueCat posts it (`event` inside `{ api_version, event }`). */
export type RevenueCatEventPayload = Record<string, unknown> & { id: string; type: string };

export interface FakeRevenueCat {
  url: string;
  secretKey: string;
  /** The Test Store public key the web SDK uses. */
  publicKey: string;
  customers: Map<string, FakeCustomer>;
  requests: RecordedRevenueCatRequest[];
  /** Where webhook events go and the Authorization value they carry; unset sends nothing. */
  webhook: { url: string; authorization: string } | undefined;
  /** Every webhook delivery made, with the status our server answered. */
  deliveries: { event: RevenueCatEventPayload; status: number }[];
  /** Creates the customer (with nothing bought) if RevenueCat does not know it yet. */
  ensureCustomer(appUserId: string): void;
  /** Gives the customer a subscription to the product, and so its entitlement. */
  grant(appUserId: string, productId: string, subscription?: Partial<FakeSubscription>): void;
  /** Changes the customer's subscription to the product (a cancellation, a billing issue…). */
  update(appUserId: string, productId: string, change: Partial<FakeSubscription>): void;
  /** Moves every purchase of one customer to another, as a restore on a new account does. */
  transfer(fromAppUserId: string, toAppUserId: string): void;
  /** An event of the given type about the customer's current subscription, as RevenueCat shapes it. */
  event(
    type: string,
    appUserId: string | null,
    overrides?: Record<string, unknown>,
  ): RevenueCatEventPayload;
  /** Posts the event to the webhook; answers our server's status and body. */
  deliver(
    event: RevenueCatEventPayload,
    authorization?: string,
  ): Promise<{ status: number; body: unknown }>;
  /** The next `times` requests answer `status` with RevenueCat's error body. */
  failNext(status: number, times?: number): void;
  /** The next `times` requests are never answered; `close` drops them. */
  stallNext(times?: number): void;
  close(): Promise<void>;
}

export const fakeProducts: FakeProduct[] = [
  {
    id: "mentara_pro_monthly",
    title: "Mentara Pro (monthly)",
    period: "P1M",
    priceMicros: 12_990_000,
    currency: "USD",
    entitlement: "pro",
    packageId: "$rc_monthly",
  },
  {
    id: "mentara_pro_annual",
    title: "Mentara Pro (annual)",
    period: "P1Y",
    priceMicros: 99_990_000,
    currency: "USD",
    entitlement: "pro",
    packageId: "$rc_annual",
  },
];

const errors = {
  unauthorized: { code: 7225, message: "Invalid API key." },
  forbidden: { code: 7243, message: "This API key cannot be used for this request." },
  notFound: { code: 7259, message: "Subscriber not found." },
  noRoute: { code: 7000, message: "Not found." },
  badRequest: { code: 7228, message: "Invalid request body." },
  failure: { code: 7110, message: "The fake RevenueCat was told to fail this request." },
} as const;

const iso = (at: Date | null | undefined) => (at ? at.toISOString() : null);

const addPeriod = (from: Date, period: string) => {
  const to = new Date(from);
  if (period === "P1Y") to.setUTCFullYear(to.getUTCFullYear() + 1);
  else to.setUTCMonth(to.getUTCMonth() + 1);
  return to;
};

/** The documented name in webhook events is the REST name in capitals (app_store → APP_STORE). */
const eventStore = (store: string) => store.toUpperCase();

export async function startFakeRevenueCat(
  options: {
    secretKey?: string;
    publicKey?: string;
    products?: FakeProduct[];
    now?: () => Date;
  } = {},
): Promise<FakeRevenueCat> {
  const secretKey = options.secretKey ?? "sk_test_fake";
  const publicKey = options.publicKey ?? "test_fakePublicKey";
  const products = options.products ?? fakeProducts;
  const now = options.now ?? (() => new Date());
  const customers = new Map<string, FakeCustomer>();
  const requests: RecordedRevenueCatRequest[] = [];
  const deliveries: FakeRevenueCat["deliveries"] = [];
  const faults = createFaults(errors.failure);

  const customer = (id: string) => {
    let found = customers.get(id);
    if (!found) {
      found = {
        firstSeen: now(),
        managementUrl: null,
        subscriptions: new Map(),
        entitlements: new Map(),
      };
      customers.set(id, found);
    }
    return found;
  };

  const subscriberBody = (id: string) => {
    const found = customer(id);
    const entitlements = Object.fromEntries(
      [...found.entitlements].map(([entitlement, productId]) => {
        const subscription = found.subscriptions.get(productId);
        return [
          entitlement,
          {
            expires_date: iso(subscription?.expiresAt),
            grace_period_expires_date: iso(subscription?.gracePeriodExpiresAt),
            product_identifier: productId,
            purchase_date: iso(subscription?.purchasedAt),
          },
        ];
      }),
    );
    const subscriptions = Object.fromEntries(
      [...found.subscriptions].map(([productId, s]) => [
        productId,
        {
          auto_resume_date: iso(s.autoResumeAt),
          billing_issues_detected_at: iso(s.billingIssuesDetectedAt),
          expires_date: iso(s.expiresAt),
          grace_period_expires_date: iso(s.gracePeriodExpiresAt),
          is_sandbox: true,
          original_purchase_date: iso(s.purchasedAt),
          ownership_type: "PURCHASED",
          period_type: "normal",
          purchase_date: iso(s.purchasedAt),
          refunded_at: null,
          store: s.store,
          store_transaction_id: `txn_${productId}`,
          unsubscribe_detected_at: iso(s.unsubscribeDetectedAt),
        },
      ]),
    );
    const at = now();
    return {
      request_date: at.toISOString(),
      request_date_ms: at.getTime(),
      subscriber: {
        entitlements,
        first_seen: found.firstSeen.toISOString(),
        last_seen: at.toISOString(),
        management_url: found.managementUrl,
        non_subscriptions: {},
        original_app_user_id: id,
        original_application_version: null,
        original_purchase_date: null,
        other_purchases: {},
        subscriptions,
      },
    };
  };

  const offeringsBody = () => ({
    current_offering_id: "default",
    offerings: [
      {
        identifier: "default",
        description: "Mentara Pro",
        metadata: null,
        packages: products.map((p) => ({
          identifier: p.packageId,
          platform_product_identifier: p.id,
        })),
      },
    ],
    placements: null,
    targeting: null,
  });

  const productDetails = (ids: string[]) => ({
    product_details: products
      .filter((p) => ids.includes(p.id))
      .map((p) => ({
        identifier: p.id,
        product_type: "subscription",
        title: p.title,
        description: `${p.title}: unlimited interviews`,
        default_purchase_option_id: "base_option",
        purchase_options: {
          base_option: {
            id: "base_option",
            price_id: `price_${p.id}`,
            base: {
              period_duration: p.period,
              cycle_count: 1,
              price: { amount_micros: p.priceMicros, currency: p.currency },
            },
            trial: null,
            intro_price: null,
          },
        },
      })),
  });

  function grant(
    appUserId: string,
    productId: string,
    subscription: Partial<FakeSubscription> = {},
  ) {
    const product = products.find((p) => p.id === productId);
    if (!product) throw new Error(`the fake RevenueCat sells no product ${productId}`);
    const purchasedAt = subscription.purchasedAt ?? now();
    const found = customer(appUserId);
    found.subscriptions.set(productId, {
      store: "app_store",
      expiresAt: addPeriod(purchasedAt, product.period),
      ...subscription,
      purchasedAt,
    });
    found.entitlements.set(product.entitlement, productId);
  }

  const fake: FakeRevenueCat = {
    url: "",
    secretKey,
    publicKey,
    customers,
    requests,
    webhook: undefined,
    deliveries,
    grant,
    ensureCustomer(appUserId) {
      customer(appUserId);
    },
    update(appUserId, productId, change) {
      const subscription = customers.get(appUserId)?.subscriptions.get(productId);
      if (!subscription) throw new Error(`${appUserId} has no subscription to ${productId}`);
      Object.assign(subscription, change);
    },
    transfer(from, to) {
      const source = customer(from);
      const target = customer(to);
      for (const [id, s] of source.subscriptions) target.subscriptions.set(id, s);
      for (const [id, p] of source.entitlements) target.entitlements.set(id, p);
      source.subscriptions.clear();
      source.entitlements.clear();
    },
    event(type, appUserId, overrides = {}) {
      const found = appUserId === null ? undefined : customers.get(appUserId);
      const [entitlement, productId] = found ? ([...found.entitlements][0] ?? []) : [];
      const subscription = productId ? found?.subscriptions.get(productId) : undefined;
      const product = products.find((p) => p.id === productId) ?? products[0];
      const at = now().getTime();
      const about =
        appUserId === null
          ? {}
          : {
              app_user_id: appUserId,
              original_app_user_id: appUserId,
              aliases: [appUserId],
              entitlement_id: entitlement ?? product?.entitlement ?? null,
              entitlement_ids: [entitlement ?? product?.entitlement].filter(Boolean),
              product_id: productId ?? product?.id ?? null,
              period_type: "NORMAL",
              purchased_at_ms: subscription?.purchasedAt.getTime() ?? at,
              expiration_at_ms: subscription?.expiresAt?.getTime() ?? null,
              transaction_id: `txn_${randomUUID()}`,
              original_transaction_id: `txn_${productId ?? "none"}`,
              price: product ? product.priceMicros / 1_000_000 : 0,
              price_in_purchased_currency: product ? product.priceMicros / 1_000_000 : 0,
              currency: product?.currency ?? "USD",
              country_code: "US",
              is_family_share: false,
              presented_offering_id: "default",
              takehome_percentage: 0.7,
              tax_percentage: 0.1,
              commission_percentage: 0.3,
              subscriber_attributes: {},
            };
      return {
        id: randomUUID().toUpperCase(),
        type,
        app_id: "app_fake0001",
        environment: "SANDBOX",
        event_timestamp_ms: at,
        store: eventStore(subscription?.store ?? "app_store"),
        ...about,
        ...overrides,
      };
    },
    async deliver(event, authorization) {
      const target = fake.webhook;
      if (!target) throw new Error("the fake RevenueCat has no webhook to deliver to");
      const response = await fetch(target.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: authorization ?? target.authorization,
        },
        body: JSON.stringify({ api_version: "1.0", event }),
      });
      const text = await response.text();
      deliveries.push({ event, status: response.status });
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      return { status: response.status, body };
    },
    failNext: faults.failNext,
    stallNext: faults.stallNext,
    close: async () => {},
  };

  /** A Test Store purchase: grants the product, answers the customer, then sends the webhook. */
  function purchase(body: Record<string, unknown>) {
    const productId = typeof body.product_id === "string" ? body.product_id : "";
    const appUserId = typeof body.app_user_id === "string" ? body.app_user_id : "";
    if (!products.some((p) => p.id === productId) || appUserId === "") return undefined;
    grant(appUserId, productId, { store: "test_store" });
    const event = fake.event("INITIAL_PURCHASE", appUserId, { store: "TEST_STORE" });
    // RevenueCat sends the webhook after answering the app; a failed delivery is its own problem.
    setTimeout(() => {
      if (fake.webhook) fake.deliver(event).catch(() => undefined);
    }, 50);
    return subscriberBody(appUserId);
  }

  const server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? "/", "http://fake");
    const method = request.method ?? "";
    // The web SDK calls from the page's origin, as it does RevenueCat's real API.
    response.setHeader("access-control-allow-origin", "*");
    if (method === "OPTIONS") {
      response.writeHead(204, {
        "access-control-allow-methods": "GET, POST, DELETE, PATCH, OPTIONS",
        "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "*",
        "access-control-max-age": "600",
      });
      return response.end();
    }
    requests.push({
      method,
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
    });
    if (faults.intercept(response)) return;
    const send = (status: number, body: object) => sendJson(response, status, body);
    const key = request.headers.authorization?.replace(/^Bearer /, "");
    if (key !== secretKey && key !== publicKey) return send(401, errors.unauthorized);
    const segment = (pattern: RegExp) => {
      const raw = pattern.exec(url.pathname)?.[1];
      if (raw === undefined) return undefined;
      try {
        return decodeURIComponent(raw);
      } catch {
        return undefined;
      }
    };

    const subscriber = segment(/^\/v1\/subscribers\/([^/]+)$/);
    if (subscriber !== undefined && method === "GET") {
      const created = !customers.has(subscriber);
      return send(created ? 201 : 200, subscriberBody(subscriber));
    }
    if (subscriber !== undefined && method === "DELETE") {
      if (key !== secretKey) return send(403, errors.forbidden);
      if (!customers.delete(subscriber)) return send(404, errors.notFound);
      return send(200, { app_user_id: subscriber, deleted: true });
    }
    if (segment(/^\/v1\/subscribers\/([^/]+)\/offerings$/) !== undefined && method === "GET")
      return send(200, offeringsBody());
    if (
      segment(/^\/rcbilling\/v1\/subscribers\/([^/]+)\/products$/) !== undefined &&
      method === "GET"
    )
      return send(200, productDetails(url.searchParams.getAll("id")));
    if (url.pathname === "/v1/receipts" && method === "POST") {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return send(400, errors.badRequest);
      }
      const answer = purchase(body);
      return answer ? send(200, answer) : send(400, errors.badRequest);
    }
    if (url.pathname === "/v1/events" && method === "POST") return send(200, {});
    send(404, errors.noRoute);
  }

  const listening = await listenOnLoopback(server);
  fake.url = listening.url;
  fake.close = listening.close;
  return fake;
}
