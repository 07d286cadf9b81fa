/**
 * The Clerk Frontend API host a publishable key points at: the key is `pk_test_`/`pk_live_`
 * followed by the base64 of "<host>$".
 */
export function clerkFrontendApi(publishableKey: string): string | undefined {
  const encoded = publishableKey.replace(/^pk_(test|live)_/, "");
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  return /^[a-z0-9.-]+\$$/i.test(decoded) ? decoded.slice(0, -1) : undefined;
}

/** The web purchase SDK's settings, when purchases on the web are on. */
export interface WebPurchases {
  /** rcb_ (RevenueCat Web Billing, paid through Stripe) or test_ (RevenueCat's Test Store). */
  apiKey: string;
  /** A proxy the SDK talks to instead of RevenueCat's API. */
  proxyUrl: string | undefined;
}

/** Stripe.js, which RevenueCat Web Billing loads to take the card (the card never reaches us). */
const stripe = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
};

/** Cloudflare Web Analytics: where its beacon script comes from and where it reports. */
export const cloudflareBeacon = {
  script: "https://static.cloudflareinsights.com",
  report: "https://cloudflareinsights.com",
};

/**
 * The page's Content-Security-Policy: our own origin only; with Clerk sign-in, Clerk's Frontend
 * API (its script, API calls and images) and the bot check it frames; with web purchases,
 * RevenueCat's API (or the proxy) and, for Web Billing, Stripe.js; with analytics, Cloudflare's
 * beacon and its report host.
 */
export function contentSecurityPolicy(options: {
  clerkPublishableKey: string | undefined;
  webPurchases?: WebPurchases | undefined;
  analytics?: boolean;
}) {
  const host = options.clerkPublishableKey
    ? clerkFrontendApi(options.clerkPublishableKey)
    : undefined;
  const clerk = host ? [`https://${host}`] : [];
  const purchases = options.webPurchases;
  const revenueCat = purchases
    ? [new URL(purchases.proxyUrl ?? "https://api.revenuecat.com").origin]
    : [];
  const billing = purchases?.apiKey.startsWith("rcb_") ? stripe : undefined;
  return {
    defaultSrc: ["'self'"],
    scriptSrc: [
      "'self'",
      ...clerk,
      ...(host ? ["https://challenges.cloudflare.com"] : []),
      ...(billing?.script ?? []),
      ...(options.analytics ? [cloudflareBeacon.script] : []),
    ],
    // Our own fonts only (the whiteboard's are served from /excalidraw/fonts/), and the ones a
    // board's picture carries inline; never a font CDN.
    fontSrc: ["'self'", "data:", ...clerk],
    // CodeMirror and the purchase SDK write their styles into <style> elements at run time.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", ...(host ? ["https://img.clerk.com"] : [])],
    connectSrc: [
      "'self'",
      ...clerk,
      ...revenueCat,
      ...(billing?.connect ?? []),
      ...(options.analytics ? [cloudflareBeacon.report] : []),
    ],
    frameSrc: [
      "'self'",
      ...(host ? ["https://challenges.cloudflare.com"] : []),
      ...(billing?.frame ?? []),
    ],
    // Clerk's SDK starts a worker from a blob URL.
    workerSrc: ["'self'", ...(host ? ["blob:"] : [])],
    // The interviewer's spoken replies play from blob URLs of the audio our own API returned.
    mediaSrc: ["'self'", "blob:"],
  };
}
