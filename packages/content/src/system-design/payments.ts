import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "payments",
  title: { en: "Payment Processing System", ru: "Система обработки платежей" },
  tracks: ["backend", "fullstack"],
  prompt: {
    en: "Design the payment backend of an online marketplace. When a buyer checks out, the system charges their card through an external payment provider such as Stripe or Adyen, records where the money went, handles refunds, and later pays sellers their share. It must never charge a buyer twice and never lose track of money.",
  },
  scope: {
    en: "In scope: payment creation, provider integration, idempotency, the asynchronous outcomes (webhooks, 3-D Secure), a double-entry ledger, refunds, reconciliation and seller payouts at a high level. Out of scope: storing card numbers (the provider tokenizes them), fraud models, and tax.",
  },
  clarifyingQuestions: [
    { en: "What are the average and peak payment volumes (for example a holiday sale)?" },
    { en: "Which payment providers do we use, and do we need more than one for redundancy?" },
    { en: "Which currencies, and do we handle currency conversion?" },
    {
      en: "Do we ever handle raw card numbers, or only provider tokens (which keeps PCI scope small)?",
    },
    { en: "Is authorization separate from capture, for example capture when the item ships?" },
    { en: "How and when are sellers paid out?" },
  ],
  functionalRequirements: [
    { en: "Create a payment for an order and charge the buyer through a provider." },
    { en: "Handle asynchronous outcomes such as 3-D Secure challenges and provider webhooks." },
    { en: "Support full and partial refunds." },
    { en: "Record every movement of money as balanced double-entry ledger entries." },
    { en: "Reconcile daily against provider settlement reports and pay sellers on a schedule." },
  ],
  nonFunctionalRequirements: [
    {
      en: "Correctness first: no double charges and no lost payments, even with retries and crashes.",
    },
    { en: "All mutating APIs are idempotent." },
    { en: "Ledger writes are strongly consistent, append-only and auditable for 7+ years." },
    {
      en: "Checkout availability of 99.95%; our own processing under 500 ms excluding the provider.",
    },
    { en: "PCI DSS: raw card data never touches our servers." },
  ],
  scale: [
    { label: { en: "Payments" }, value: "~10 M/day ≈ 115/s average, ~2 k/s peak" },
    { label: { en: "Ledger entries" }, value: "~4 per payment → 40 M rows/day ≈ 15 B rows/year" },
    { label: { en: "Provider latency" }, value: "p99 ~1–3 s, occasional timeouts" },
    { label: { en: "Retention" }, value: "7+ years for ledger and payment records" },
  ],
  coreEntities: [
    {
      name: "Payment",
      fields: [
        "paymentId",
        "orderId",
        "amountMinor",
        "currency",
        "status",
        "provider",
        "providerReference",
        "version",
      ],
    },
    {
      name: "PaymentAttempt",
      fields: [
        "attemptId",
        "paymentId",
        "provider",
        "providerIdempotencyKey",
        "requestedAt",
        "result",
      ],
    },
    {
      name: "LedgerEntry",
      fields: [
        "entryId",
        "transactionId",
        "accountId",
        "direction (debit | credit)",
        "amountMinor",
        "currency",
        "createdAt",
      ],
    },
    {
      name: "Account",
      fields: [
        "accountId",
        "type (buyer, seller payable, platform fee, provider clearing)",
        "currency",
      ],
    },
    {
      name: "IdempotencyRecord",
      fields: ["key", "requestHash", "responseBody", "status", "expiresAt"],
    },
  ],
  api: [
    {
      signature:
        "POST /v1/payments { orderId, amount, currency, paymentMethodToken } + Idempotency-Key → { paymentId, status, nextAction? }",
      purpose: {
        en: "Start a payment; a retry with the same key returns the stored response instead of charging again.",
      },
    },
    {
      signature:
        "POST /v1/payments/{id}/refunds { amount } + Idempotency-Key → { refundId, status }",
      purpose: { en: "Full or partial refund." },
    },
    {
      signature: "POST /v1/webhooks/{provider} (signed body) → 200",
      purpose: { en: "Receive provider events; verified, deduplicated by event id, then applied." },
    },
    {
      signature: "GET /v1/payments/{id} → { status, amount, events[] }",
      purpose: { en: "Payment status for the order service and support tools." },
    },
  ],
  components: [
    {
      name: { en: "Payment API with idempotency layer" },
      role: {
        en: "Stores each idempotency key with a hash of the request; repeats return the saved response, and a different body with the same key is rejected.",
      },
    },
    {
      name: { en: "Payment service and database" },
      role: {
        en: "Owns the payment state machine in a relational database (Postgres) with transactions and optimistic locking.",
      },
    },
    {
      name: { en: "Provider adapters and router" },
      role: {
        en: "Wrap each provider's API, pass our idempotency key through, apply timeouts and circuit breakers, and can route to a second provider.",
      },
    },
    {
      name: { en: "Webhook receiver" },
      role: { en: "Verifies signatures, stores raw events, and feeds them to the state machine." },
    },
    {
      name: { en: "Ledger service" },
      role: {
        en: "Append-only double-entry store; each transaction's debits equal its credits; corrections are new entries.",
      },
    },
    {
      name: { en: "Outbox and event bus" },
      role: {
        en: "Payment state changes and their events are written in one transaction; a relay publishes them to Kafka for the order and payout services.",
      },
    },
    {
      name: { en: "Reconciliation and payouts" },
      role: {
        en: "Daily jobs match provider settlement files to the ledger and flag differences; a payout scheduler pays sellers from their payable balances.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Idempotency and unknown outcomes" },
      tradeOffs: [
        {
          en: "A timeout from the provider leaves the outcome unknown; blindly retrying risks a double charge, so we retry with the same provider idempotency key or query the provider by our reference before deciding.",
        },
        {
          en: "At-least-once messaging plus idempotent consumers gives an exactly-once effect; true exactly-once delivery across our database and an external provider is not available.",
        },
        {
          en: "Keeping idempotency records longer catches later retries but grows storage; 24 hours to a few days is typical for client retries.",
        },
      ],
    },
    {
      topic: { en: "Keeping payment state, ledger and events consistent" },
      tradeOffs: [
        {
          en: "Two-phase commit across services is fragile and slow; a transactional outbox makes the state change and its event atomic, with at-least-once publishing.",
        },
        {
          en: "A saga with compensating steps (refund if the order cannot be fulfilled) keeps services independent but leaves temporary states that users and support can see.",
        },
      ],
    },
    {
      topic: { en: "Ledger design" },
      tradeOffs: [
        {
          en: "An immutable double-entry ledger makes every balance explainable and errors detectable (the sum of all entries is zero), but fixing a mistake means writing reversing entries, never editing.",
        },
        {
          en: "Deriving balances by summing entries is always correct but slow; materialized balances are fast but become hot rows for accounts like the platform fee account, which can be split into sub-accounts.",
        },
        {
          en: "A relational database with serializable or row-level locking gives the needed guarantees; a NoSQL store scales writes more easily but makes multi-row invariants hard.",
        },
      ],
    },
    {
      topic: { en: "Availability versus correctness" },
      tradeOffs: [
        {
          en: "Rejecting checkout when the payment database is unavailable protects correctness but loses sales; accepting orders and charging later risks failed charges after the goods are promised.",
        },
        {
          en: "A second provider raises availability but complicates reconciliation and can split a customer's history across providers.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Designs the happy path through a provider with a payment state machine and a relational database.",
      },
      { en: "Knows that retries must not charge twice and proposes an idempotency key." },
    ],
    senior: [
      {
        en: "Handles provider timeouts with unknown outcomes correctly, and uses webhooks plus status queries to resolve them.",
      },
      { en: "Introduces a double-entry ledger and a transactional outbox for events." },
      { en: "Describes reconciliation against provider reports and what happens on a mismatch." },
    ],
    staff: [
      {
        en: "Reasons explicitly about money invariants, audit requirements and PCI scope, and designs for provider failover.",
      },
      {
        en: "Discusses operational safety: replaying events, correcting ledger errors, alerting on reconciliation drift, and migrations without downtime.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "States that correctness (no double charge, no lost payment) outranks availability.",
      },
    },
    {
      stage: "requirements",
      text: { en: "Clarifies PCI scope by using provider tokens instead of card numbers." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Puts an idempotency key on every mutating endpoint and explains how it is stored.",
      },
    },
    {
      stage: "api-and-data-model",
      text: { en: "Models a payment state machine and a double-entry ledger with accounts." },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws payment service, provider adapters, webhook receiver, ledger, outbox with event bus, and reconciliation.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Walks through a provider timeout and shows how the system avoids both a double charge and a lost payment.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains the outbox pattern or an equivalent for consistent state and events." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Uses circuit breakers and timeouts on provider calls and explains provider failover.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Explains daily reconciliation and how discrepancies are detected and fixed." },
    },
    {
      stage: "trade-offs",
      text: { en: "Explains why exactly-once is replaced by at-least-once plus idempotency." },
    },
    {
      stage: "trade-offs",
      text: { en: "Justifies a relational store for the ledger over a NoSQL store." },
    },
  ],
};
