import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "ticket-booking",
  title: { en: "Event Ticket Booking", ru: "Бронирование билетов на мероприятия" },
  tracks: ["backend", "fullstack"],
  prompt: {
    en: "Design a ticketing site for concerts and sports events. Users browse events, pick specific seats on a seat map, hold them for a few minutes while they pay, and receive tickets. When a major artist goes on sale, millions of people arrive within minutes for a few tens of thousands of seats.",
  },
  scope: {
    en: "In scope: event and seat inventory, seat holds that expire, checkout with an external payment provider, preventing double booking, and surviving on-sale spikes. Out of scope: resale, dynamic pricing, and event search (mention only).",
  },
  clarifyingQuestions: [
    { en: "Do users pick exact seats, or is some of it general admission?" },
    { en: "How long may a user hold seats before paying?" },
    { en: "What is the peak: how many users for how many seats on the biggest on-sale?" },
    { en: "Is there a limit on tickets per user, and how do we deal with bots?" },
    { en: "Does fairness matter, for example first come first served in a queue?" },
    { en: "May the seat map show slightly stale availability?" },
  ],
  functionalRequirements: [
    { en: "Browse events and see a seat map with availability and prices." },
    { en: "Hold selected seats for 10 minutes; held seats are unavailable to others." },
    { en: "Pay for held seats and receive tickets with a scannable code." },
    { en: "Release seats when the hold expires or payment fails." },
    { en: "Enforce a per-user ticket limit per event." },
  ],
  nonFunctionalRequirements: [
    { en: "A seat is never sold twice: inventory updates are strongly consistent." },
    { en: "Browsing stays available under load; the seat map may lag a few seconds." },
    { en: "The system survives 10 M users arriving for 50 k seats without collapsing." },
    { en: "Access during on-sales is fair and resistant to bots." },
  ],
  scale: [
    { label: { en: "Seats in a large venue" }, value: "~50 k" },
    { label: { en: "Users at a top on-sale" }, value: "~10 M within the first 10 minutes" },
    { label: { en: "Seat map reads at peak" }, value: "~500 k/s" },
    {
      label: { en: "Hold attempts on one event at peak" },
      value: "~20–50 k/s, mostly conflicting",
    },
    { label: { en: "Normal day" }, value: "~1 M tickets sold across ~100 k events" },
  ],
  coreEntities: [
    { name: "Event", fields: ["eventId", "venueId", "startsAt", "onSaleAt", "status"] },
    {
      name: "Seat",
      fields: [
        "eventId",
        "seatId",
        "section",
        "row",
        "price",
        "status (available | held | sold)",
        "holdId",
        "holdExpiresAt",
        "version",
      ],
    },
    { name: "Hold", fields: ["holdId", "userId", "eventId", "seatIds[]", "expiresAt", "status"] },
    { name: "Order", fields: ["orderId", "holdId", "userId", "paymentId", "amount", "status"] },
    { name: "Ticket", fields: ["ticketId", "orderId", "seatId", "barcode"] },
  ],
  api: [
    {
      signature: "GET /v1/events/{id}/seats → { sections: [{ seatId, status, price }] }",
      purpose: { en: "Seat map; served from a cache that refreshes every few seconds." },
    },
    {
      signature:
        "POST /v1/events/{id}/holds { seatIds[] } → 201 { holdId, expiresAt } | 409 { unavailable[] }",
      purpose: { en: "Atomically hold all requested seats or none of them." },
    },
    {
      signature:
        "POST /v1/holds/{holdId}/checkout { paymentMethodToken } + Idempotency-Key → { orderId, status }",
      purpose: { en: "Pay for a hold and turn it into an order with tickets." },
    },
    {
      signature: "GET /v1/events/{id}/queue/position → { position, etaSec, admissionToken? }",
      purpose: { en: "Waiting room status; the token grants access to the booking pages." },
    },
  ],
  components: [
    {
      name: { en: "CDN and static event pages" },
      role: { en: "Serve event pages and assets so browsing load never reaches the booking tier." },
    },
    {
      name: { en: "Virtual waiting room" },
      role: {
        en: "Queues users before an on-sale and admits them at a controlled rate with signed, short-lived admission tokens.",
      },
    },
    {
      name: { en: "Seat map service" },
      role: {
        en: "Reads availability from a Redis cache updated from inventory changes; tolerates a few seconds of staleness.",
      },
    },
    {
      name: { en: "Inventory and booking service" },
      role: {
        en: "Owns seat status in a relational database (Postgres), with one event's seats on one shard for simple transactions.",
      },
    },
    {
      name: { en: "Hold expiry" },
      role: {
        en: "Expired holds count as available in the booking condition; a sweeper cleans them up and refreshes the cache.",
      },
    },
    {
      name: { en: "Payment integration and ticket issuance" },
      role: {
        en: "Charges through a provider with idempotency keys, then marks seats sold and issues signed ticket codes.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Preventing double booking" },
      tradeOffs: [
        {
          en: "A single conditional update in a transaction ('set status held where seat in (…) and (status = available or hold expired)', then check the row count) is correct and simple but contends on the database during an on-sale.",
        },
        {
          en: "Optimistic version checks avoid long locks but cause many retries when thousands compete for the same seats.",
        },
        {
          en: "Redis locks with TTLs are fast but can be lost on failover; the database must still make the final check, or tokens must be fenced.",
        },
      ],
    },
    {
      topic: { en: "Hold expiry and slow payments" },
      tradeOffs: [
        {
          en: "Checking holdExpiresAt inside the booking condition needs no timers and is always correct; a background sweeper is still needed to keep the seat map accurate.",
        },
        {
          en: "If payment completes just after the hold expired, we must either extend holds while a payment is in progress or refund automatically; extending is friendlier but keeps seats locked longer.",
        },
      ],
    },
    {
      topic: { en: "Surviving the on-sale spike" },
      tradeOffs: [
        {
          en: "A waiting room protects the booking tier and gives a predictable experience, but users wait in a queue even when seats remain, and the admission rate needs tuning.",
        },
        {
          en: "Random ordering of users who arrived before the on-sale time is fairer against bots than pure arrival order, but feels less transparent.",
        },
        {
          en: "Serving a cached seat map lets millions browse but shows seats that were just taken; users then see a 409 and pick again.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      { en: "Models seats with status and uses a transaction to hold seats." },
      { en: "Implements hold expiry and payment with an external provider." },
    ],
    senior: [
      {
        en: "Shows the race between two buyers and prevents it with a conditional update or row locks, all-or-nothing per hold.",
      },
      { en: "Separates eventually consistent browsing from strongly consistent booking." },
      { en: "Introduces a waiting room or other admission control for on-sales." },
    ],
    staff: [
      {
        en: "Designs the on-sale as an operational event: pre-warming, admission tuning, bot defense and fairness policy.",
      },
      {
        en: "Handles edge cases end to end: payments after expiry, refunds, partial failures between payment and ticket issuance.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Identifies 'no seat sold twice' as the core invariant and the on-sale spike as the core load problem.",
      },
    },
    {
      stage: "requirements",
      text: { en: "Quantifies the ratio of interested users to seats during a top on-sale." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Models seat status with hold id and expiry, and makes the hold endpoint all-or-nothing with a 409 for taken seats.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws CDN, waiting room, seat map cache, booking service with database, and payment integration.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Writes or describes the conditional update that claims seats atomically." },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains hold expiry and what happens when payment finishes after expiry." },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Admits users at a controlled rate so the booking tier is never overloaded." },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Makes checkout idempotent so a retry after a timeout cannot double charge." },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Chooses consistency over availability for booking and explains the user impact.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs pessimistic locking, optimistic versioning and Redis locks under heavy contention.",
      },
    },
  ],
};
