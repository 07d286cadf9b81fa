import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";

describe("parseEnv", () => {
  it("gives every setting a working default", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATA_DIR: "./data",
      AI_PROVIDER: "offline",
      SANDBOX_JS_WORKERS: 1,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names each bad variable in its message", () => {
    expect(() => parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x" })).toThrow(
      /PORT: [\s\S]*DATABASE_URL: DATABASE_URL must start/,
    );
  });

  it("checks the app-link settings and says what a fingerprint looks like", () => {
    expect(() => parseEnv({ ANDROID_CERT_SHA256: "not-a-fingerprint" })).toThrow(
      /ANDROID_CERT_SHA256.*32 pairs/,
    );
    expect(() => parseEnv({ APPLE_TEAM_ID: "team" })).toThrow(/APPLE_TEAM_ID/);
  });

  it("keeps billing off by default and refuses a secret key where a public one goes", () => {
    expect(parseEnv({})).toMatchObject({
      FREE_INTERVIEWS_PER_MONTH: 3,
      REVENUECAT_ENTITLEMENT: "pro",
    });
    expect(parseEnv({}).REVENUECAT_SECRET_KEY).toBeUndefined();
    const billing = { REVENUECAT_SECRET_KEY: "sk_live_server_only" };
    expect(() => parseEnv({ ...billing, REVENUECAT_WEB_API_KEY: "sk_live_server_only" })).toThrow(
      /REVENUECAT_WEB_API_KEY must be a public SDK key; this is a secret key/,
    );
    expect(() => parseEnv({ ...billing, REVENUECAT_IOS_API_KEY: "goog_abc" })).toThrow(
      /REVENUECAT_IOS_API_KEY is the public SDK key starting with appl_/,
    );
    expect(() => parseEnv({ REVENUECAT_WEBHOOK_AUTH: "Bearer a-long-shared-value" })).toThrow(
      /REVENUECAT_SECRET_KEY: required with REVENUECAT_WEBHOOK_AUTH/,
    );
    expect(() => parseEnv({ FREE_INTERVIEWS_PER_MONTH: "-1" })).toThrow(
      /FREE_INTERVIEWS_PER_MONTH must be a whole number/,
    );
  });

  it("takes the push senders whole or not at all, and says what each one needs", () => {
    const env = parseEnv({});
    expect(env.APNS_KEY_ID).toBeUndefined();
    expect(env.FCM_SERVICE_ACCOUNT_JSON).toBeUndefined();
    expect(env.WEB_PUSH_ALLOWED_HOSTS).toContain("fcm.googleapis.com");
    expect(() => parseEnv({ APNS_KEY_ID: "ABC123DEFG" })).toThrow(
      /APNS_TEAM_ID[\s\S]*APNS_PRIVATE_KEY[\s\S]*APNS_TOPIC/,
    );
    expect(() => parseEnv({ WEB_PUSH_VAPID_PUBLIC_KEY: "B".repeat(87) })).toThrow(
      /set both, or neither/,
    );
    expect(() => parseEnv({ FCM_SERVICE_ACCOUNT_JSON: "{not json" })).toThrow(
      /FCM_SERVICE_ACCOUNT_JSON is not JSON/,
    );
    expect(() => parseEnv({ WEB_PUSH_ALLOWED_HOSTS: "https://push.example" })).toThrow(
      /WEB_PUSH_ALLOWED_HOSTS entry is a host/,
    );
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("asks for what a configured judge needs, separately from the interviewer", () => {
    expect(() =>
      parseEnv({
        AI_PROVIDER: "openai",
        AI_MODEL: "gpt-4o-mini",
        AI_API_KEY: "k",
        JUDGE_PROVIDER: "anthropic",
      }),
    ).toThrow(/JUDGE_MODEL: required[\s\S]*JUDGE_API_KEY: required for anthropic/);
    expect(
      parseEnv({
        JUDGE_PROVIDER: "openai-compatible",
        JUDGE_MODEL: "qwen",
        JUDGE_BASE_URL: "http://localhost:11434/v1",
      }),
    ).toMatchObject({
      AI_PROVIDER: "offline",
      JUDGE_PROVIDER: "openai-compatible",
      JUDGE_MODEL: "qwen",
    });
  });

  it("keeps voice off unless a speech provider is set, and says what each one needs", () => {
    expect(parseEnv({}).STT_PROVIDER).toBeUndefined();
    expect(() => parseEnv({ STT_PROVIDER: "openai" })).toThrow(
      /STT_MODEL: required when STT_PROVIDER is openai[\s\S]*STT_API_KEY: required for openai/,
    );
    expect(() => parseEnv({ TTS_PROVIDER: "openai-compatible", TTS_MODEL: "kokoro" })).toThrow(
      /TTS_BASE_URL: required for an openai-compatible server/,
    );
    expect(() => parseEnv({ STT_MODEL: "whisper-1" })).toThrow(
      /STT_PROVIDER: required with STT_MODEL/,
    );
    expect(() => parseEnv({ STT_MAX_AUDIO_MB: "100" })).toThrow(
      /STT_MAX_AUDIO_MB must be at most 25/,
    );
    expect(
      parseEnv({
        STT_PROVIDER: "openai-compatible",
        STT_MODEL: "whisper",
        STT_BASE_URL: "http://localhost:8000/v1",
      }),
    ).toMatchObject({ STT_MAX_AUDIO_MB: 10, TTS_VOICE: "alloy" });
  });
});
