/**
 * The Clerk Frontend API host a publishable key points at: the key is `pk_test_`/`pk_live_`
 * followed by the base64 of "<host>$".
 */
export function clerkFrontendApi(publishableKey: string): string | undefined {
  const encoded = publishableKey.replace(/^pk_(test|live)_/, "");
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  return /^[a-z0-9.-]+\$$/i.test(decoded) ? decoded.slice(0, -1) : undefined;
}

/**
 * The page's Content-Security-Policy: our own origin only, and with Clerk sign-in, Clerk's
 * Frontend API (its script, API calls and images) and the bot check it frames.
 */
export function contentSecurityPolicy(clerkPublishableKey: string | undefined) {
  const host = clerkPublishableKey ? clerkFrontendApi(clerkPublishableKey) : undefined;
  const clerk = host ? [`https://${host}`] : [];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...clerk, ...(host ? ["https://challenges.cloudflare.com"] : [])],
    // CodeMirror writes its theme into <style> elements at run time.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", ...(host ? ["https://img.clerk.com"] : [])],
    connectSrc: ["'self'", ...clerk],
    frameSrc: ["'self'", ...(host ? ["https://challenges.cloudflare.com"] : [])],
    // Clerk's SDK starts a worker from a blob URL.
    workerSrc: ["'self'", ...(host ? ["blob:"] : [])],
  };
}
