import { z } from "zod";

const count = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number from 0 to 64" })
    .int()
    .min(0)
    .max(64)
    .default(fallback);

/**
 * A RevenueCat public SDK key, which the apps may see. A secret key (sk_) here would reach every
 * browser, so it is refused by name.
 */
const publicSdkKey = (name: string, prefix: RegExp, example: string) =>
  z
    .string()
    .refine((v) => !v.startsWith("sk_"), {
      message: `${name} must be a public SDK key; this is a secret key (sk_) and would be sent to every app`,
    })
    .refine((v) => prefix.test(v), {
      message: `${name} is the public SDK key starting with ${example}`,
    })
    .optional();

/** A comma-separated list, each entry trimmed and checked by `item`. */
const list = (item: z.ZodString) =>
  z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

/** Every setting the server reads, with its default. The README's table mirrors this. */
export const envSchema = z.object({
  PORT: z.coerce
    .number({ error: "PORT must be a port number such as 3000" })
    .int()
    .min(0)
    .max(65_535, "PORT must be at most 65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  /** A new DATA_DIR starts as a copy of this PGlite data folder; npm start names the one install made. */
  DATABASE_TEMPLATE: z.string().min(1).optional(),
  JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST: z.string().min(1).default("apps/web/dist"),
  AI_PROVIDER: z.enum(["offline", "openai", "anthropic", "openai-compatible"]).default("offline"),
  AI_MODEL: z.string().min(1).optional(),
  AI_API_KEY: z.string().min(1).optional(),
  AI_BASE_URL: z.url("AI_BASE_URL must be a URL such as http://localhost:11434/v1").optional(),
  AI_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(30_000),
  JUDGE_PROVIDER: z
    .enum(["offline", "openai", "anthropic", "openai-compatible"])
    .default("offline"),
  JUDGE_MODEL: z.string().min(1).optional(),
  JUDGE_API_KEY: z.string().min(1).optional(),
  JUDGE_BASE_URL: z
    .url("JUDGE_BASE_URL must be a URL such as http://localhost:11434/v1")
    .optional(),
  JUDGE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(120_000),
  SANDBOX_JS_WORKERS: count(1),
  SANDBOX_PYTHON_WORKERS: count(1),
  SANDBOX_MAX_QUEUE: count(32),
  SANDBOX_PISTON_URL: z
    .url("SANDBOX_PISTON_URL must be a URL such as http://piston:2000")
    .optional(),
  SANDBOX_PISTON_MODE: z.enum(["overflow", "always"]).default("overflow"),
  /** Where Pyodide's memory snapshot is kept; unset: node_modules/.cache/mentara (decision 016). */
  SANDBOX_CACHE_DIR: z.string().min(1).optional(),
  CLERK_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_/, "CLERK_PUBLISHABLE_KEY starts with pk_test_ or pk_live_")
    .optional(),
  CLERK_JWT_KEY: z
    .string()
    .includes("PUBLIC KEY", {
      message: "CLERK_JWT_KEY is the PEM public key from Clerk's API keys page",
    })
    .optional(),
  CLERK_AUTHORIZED_PARTIES: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.url("each CLERK_AUTHORIZED_PARTIES entry is an origin such as https://mentara.ai")),
    )
    .optional(),
  CLERK_SECRET_KEY: z
    .string()
    .regex(/^sk_(test|live)_/, "CLERK_SECRET_KEY starts with sk_test_ or sk_live_")
    .optional(),
  CLERK_WEBHOOK_SIGNING_SECRET: z
    .string()
    .startsWith("whsec_", "CLERK_WEBHOOK_SIGNING_SECRET starts with whsec_")
    .optional(),
  CLERK_API_URL: z.url("CLERK_API_URL must be a URL").default("https://api.clerk.com"),
  APPLE_TEAM_ID: z
    .string()
    .regex(
      /^[A-Z0-9]{10}$/,
      "APPLE_TEAM_ID is the 10-character team id from Apple's developer account",
    )
    .optional(),
  ANDROID_CERT_SHA256: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((p) => p.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/,
            "each ANDROID_CERT_SHA256 entry is a SHA-256 fingerprint such as 14:6D:E9:…:5A (32 pairs)",
          ),
      ),
    )
    .optional(),
  REVENUECAT_SECRET_KEY: z.string().min(1).optional(),
  REVENUECAT_API_URL: z
    .url("REVENUECAT_API_URL must be a URL")
    .default("https://api.revenuecat.com"),
  REVENUECAT_WEBHOOK_AUTH: z
    .string()
    .min(16, "REVENUECAT_WEBHOOK_AUTH must be at least 16 characters (a long random value)")
    .optional(),
  REVENUECAT_ENTITLEMENT: z
    .string()
    .regex(/^[\w.-]{1,100}$/, "REVENUECAT_ENTITLEMENT is an entitlement identifier such as pro")
    .default("pro"),
  REVENUECAT_WEB_API_KEY: publicSdkKey(
    "REVENUECAT_WEB_API_KEY",
    /^(rcb|test)_/,
    "rcb_ (Web Billing) or test_ (Test Store)",
  ),
  REVENUECAT_IOS_API_KEY: publicSdkKey("REVENUECAT_IOS_API_KEY", /^appl_/, "appl_"),
  REVENUECAT_ANDROID_API_KEY: publicSdkKey("REVENUECAT_ANDROID_API_KEY", /^goog_/, "goog_"),
  REVENUECAT_WEB_PROXY_URL: z
    .url("REVENUECAT_WEB_PROXY_URL must be a URL such as https://rc-proxy.example.com")
    .optional(),
  FREE_INTERVIEWS_PER_MONTH: z.coerce
    .number({ error: "FREE_INTERVIEWS_PER_MONTH must be a whole number from 0 to 10000" })
    .int("FREE_INTERVIEWS_PER_MONTH must be a whole number from 0 to 10000")
    .min(0, "FREE_INTERVIEWS_PER_MONTH must be a whole number from 0 to 10000")
    .max(10_000, "FREE_INTERVIEWS_PER_MONTH must be a whole number from 0 to 10000")
    .default(3),
  WEB_PUSH_VAPID_PUBLIC_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{80,100}$/,
      "WEB_PUSH_VAPID_PUBLIC_KEY is the base64url public key (87 characters)",
    )
    .optional(),
  WEB_PUSH_VAPID_PRIVATE_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{40,50}$/,
      "WEB_PUSH_VAPID_PRIVATE_KEY is the base64url private key (43 characters)",
    )
    .optional(),
  WEB_PUSH_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)/, "WEB_PUSH_SUBJECT is a mailto: or https:// contact")
    .optional(),
  WEB_PUSH_ALLOWED_HOSTS: list(
    z
      .string()
      .regex(
        /^(\*\.)?[a-z0-9.-]+(:\d+)?$/i,
        "each WEB_PUSH_ALLOWED_HOSTS entry is a host such as fcm.googleapis.com or *.notify.windows.com",
      ),
  ).default([
    "fcm.googleapis.com",
    "updates.push.services.mozilla.com",
    "push.services.mozilla.com",
    "web.push.apple.com",
    "*.push.apple.com",
    "*.notify.windows.com",
  ]),
  APNS_KEY_ID: z
    .string()
    .regex(/^[A-Z0-9]{10}$/, "APNS_KEY_ID is the 10-character key id")
    .optional(),
  APNS_TEAM_ID: z
    .string()
    .regex(/^[A-Z0-9]{10}$/, "APNS_TEAM_ID is the 10-character team id")
    .optional(),
  APNS_PRIVATE_KEY: z
    .string()
    .transform((v) => v.replaceAll("\\n", "\n"))
    .pipe(
      z.string().includes("PRIVATE KEY", { message: "APNS_PRIVATE_KEY is the .p8 key's PEM text" }),
    )
    .optional(),
  APNS_TOPIC: z
    .string()
    .regex(/^[\w.-]+$/, "APNS_TOPIC is the app's bundle id, such as ai.mentara.app")
    .optional(),
  APNS_ENVIRONMENT: z.enum(["production", "sandbox"]).default("production"),
  APNS_URL: z.url("APNS_URL must be a URL such as https://api.push.apple.com").optional(),
  FCM_SERVICE_ACCOUNT_JSON: z
    .string()
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "FCM_SERVICE_ACCOUNT_JSON is not JSON" });
        return z.NEVER;
      }
    })
    .pipe(
      z.object(
        {
          project_id: z.string().min(1),
          client_email: z.string().min(1),
          private_key: z.string().includes("PRIVATE KEY"),
          private_key_id: z.string().optional(),
          token_uri: z.url().default("https://oauth2.googleapis.com/token"),
        },
        {
          error:
            "FCM_SERVICE_ACCOUNT_JSON is the service account key file (project_id, client_email, private_key)",
        },
      ),
    )
    .optional(),
  FCM_API_URL: z.url("FCM_API_URL must be a URL").default("https://fcm.googleapis.com"),
  PRIVACY_POLICY_UPDATED: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "PRIVACY_POLICY_UPDATED is a date such as 2026-11-27")
    .default("2026-11-27"),
  CLOUDFLARE_ANALYTICS_TOKEN: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{16,64}$/,
      "CLOUDFLARE_ANALYTICS_TOKEN is the site token from Cloudflare Web Analytics (letters and digits)",
    )
    .optional(),
  PRIVACY_CONTACT_EMAIL: z
    .email("PRIVACY_CONTACT_EMAIL must be an email address")
    .default("privacy@mentara.ai"),
  // Voice: unset, spoken answers are off (the browser's own recognition is never used) and
  // replies may be read aloud by the device's own voices.
  STT_PROVIDER: z.enum(["openai", "openai-compatible"]).optional(),
  STT_MODEL: z.string().min(1).optional(),
  STT_API_KEY: z.string().min(1).optional(),
  STT_BASE_URL: z.url("STT_BASE_URL must be a URL such as http://localhost:8000/v1").optional(),
  STT_MAX_AUDIO_MB: z.coerce
    .number({ error: "STT_MAX_AUDIO_MB must be a number of megabytes from 1 to 25" })
    .min(1, "STT_MAX_AUDIO_MB must be a number of megabytes from 1 to 25")
    .max(25, "STT_MAX_AUDIO_MB must be at most 25 (OpenAI's own limit)")
    .default(10),
  TTS_PROVIDER: z.enum(["openai", "openai-compatible"]).optional(),
  TTS_MODEL: z.string().min(1).optional(),
  TTS_VOICE: z.string().min(1).default("alloy"),
  TTS_API_KEY: z.string().min(1).optional(),
  TTS_BASE_URL: z.url("TTS_BASE_URL must be a URL such as http://localhost:8000/v1").optional(),
});
export type Env = z.infer<typeof envSchema>;

/** A provider's settings (the interviewer's AI_*, the judge's JUDGE_*), read from the parsed env. */
export function providerSettings(env: Env, prefix: "AI" | "JUDGE") {
  return {
    provider: env[`${prefix}_PROVIDER`],
    model: env[`${prefix}_MODEL`],
    apiKey: env[`${prefix}_API_KEY`],
    baseUrl: env[`${prefix}_BASE_URL`],
    timeoutMs: env[`${prefix}_TIMEOUT_MS`],
  };
}

/** Settings that only make sense together, checked after each is valid on its own. */
function missingCompanions(env: Env, prefix: "AI" | "JUDGE"): string[] {
  const { provider, model, apiKey, baseUrl } = providerSettings(env, prefix);
  if (provider === "offline") return [];
  const problems: string[] = [];
  if (!model) {
    const example = prefix === "AI" ? "gpt-4o-mini or llama3.1" : "gpt-4o or claude-sonnet-4-5";
    problems.push(
      `  ${prefix}_MODEL: required when ${prefix}_PROVIDER is ${provider} (for example ${example})`,
    );
  }
  if (provider === "openai-compatible" && !baseUrl) {
    problems.push(
      `  ${prefix}_BASE_URL: required for an openai-compatible server (for example http://localhost:11434/v1)`,
    );
  }
  if ((provider === "openai" || provider === "anthropic") && !apiKey) {
    problems.push(`  ${prefix}_API_KEY: required for ${provider}`);
  }
  return problems;
}

/** A speech provider needs its model, and a key (OpenAI) or an address (compatible servers). */
function missingSpeechSettings(env: Env, prefix: "STT" | "TTS"): string[] {
  const provider = env[`${prefix}_PROVIDER`];
  const problems: string[] = [];
  if (!provider) {
    for (const name of [`${prefix}_MODEL`, `${prefix}_API_KEY`, `${prefix}_BASE_URL`] as const)
      if (env[name] !== undefined)
        problems.push(`  ${prefix}_PROVIDER: required with ${name} (openai or openai-compatible)`);
    return problems.slice(0, 1);
  }
  if (!env[`${prefix}_MODEL`]) {
    const example = prefix === "STT" ? "whisper-1" : "tts-1 or gpt-4o-mini-tts";
    problems.push(
      `  ${prefix}_MODEL: required when ${prefix}_PROVIDER is ${provider} (for example ${example})`,
    );
  }
  if (provider === "openai-compatible" && !env[`${prefix}_BASE_URL`])
    problems.push(
      `  ${prefix}_BASE_URL: required for an openai-compatible server (for example http://localhost:8000/v1)`,
    );
  if (provider === "openai" && !env[`${prefix}_API_KEY`])
    problems.push(`  ${prefix}_API_KEY: required for openai`);
  return problems;
}

/** Clerk sign-in needs its token key and the origins allowed to present tokens. */
function missingClerkSettings(env: Env): string[] {
  if (!env.CLERK_PUBLISHABLE_KEY) return [];
  const problems: string[] = [];
  if (!env.CLERK_JWT_KEY)
    problems.push(
      "  CLERK_JWT_KEY: required with CLERK_PUBLISHABLE_KEY (the PEM public key; tokens are verified without a network call)",
    );
  if (!env.CLERK_AUTHORIZED_PARTIES)
    problems.push(
      "  CLERK_AUTHORIZED_PARTIES: required with CLERK_PUBLISHABLE_KEY (comma-separated origins such as https://mentara.ai)",
    );
  return problems;
}

/** Billing is on with the secret key; the other RevenueCat settings mean nothing without it. */
function missingRevenueCatSettings(env: Env): string[] {
  if (env.REVENUECAT_SECRET_KEY) return [];
  const companions = [
    "REVENUECAT_WEBHOOK_AUTH",
    "REVENUECAT_WEB_API_KEY",
    "REVENUECAT_IOS_API_KEY",
    "REVENUECAT_ANDROID_API_KEY",
    "REVENUECAT_WEB_PROXY_URL",
  ] as const;
  return companions
    .filter((name) => env[name] !== undefined)
    .map(
      (name) =>
        `  REVENUECAT_SECRET_KEY: required with ${name} (the server reads every subscriber's entitlements with it)`,
    );
}

/** Push senders need all of their settings or none. */
function missingPushSettings(env: Env): string[] {
  const problems: string[] = [];
  if (Boolean(env.WEB_PUSH_VAPID_PUBLIC_KEY) !== Boolean(env.WEB_PUSH_VAPID_PRIVATE_KEY))
    problems.push(
      "  WEB_PUSH_VAPID_PUBLIC_KEY and WEB_PUSH_VAPID_PRIVATE_KEY: set both, or neither (the server then makes a pair and keeps it)",
    );
  const apns = ["APNS_KEY_ID", "APNS_TEAM_ID", "APNS_PRIVATE_KEY", "APNS_TOPIC"] as const;
  const set = apns.filter((name) => env[name] !== undefined);
  if (set.length > 0 && set.length < apns.length)
    problems.push(
      `  ${apns.filter((name) => env[name] === undefined).join(", ")}: required with ${set.join(", ")} (APNs needs all four)`,
    );
  return problems;
}

/** Parses the environment once; a bad value stops the process with a message naming it. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  const problems = parsed.success
    ? [
        ...missingCompanions(parsed.data, "AI"),
        ...missingCompanions(parsed.data, "JUDGE"),
        ...missingClerkSettings(parsed.data),
        ...missingRevenueCatSettings(parsed.data),
        ...missingPushSettings(parsed.data),
        ...missingSpeechSettings(parsed.data, "STT"),
        ...missingSpeechSettings(parsed.data, "TTS"),
      ]
    : parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
}
