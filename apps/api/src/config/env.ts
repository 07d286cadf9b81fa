import { z } from "zod";

const count = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number from 0 to 64" })
    .int()
    .min(0)
    .max(64)
    .default(fallback);

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
  JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST: z.string().min(1).default("apps/web/dist"),
  AI_PROVIDER: z.enum(["offline"]).default("offline"),
  SANDBOX_JS_WORKERS: count(1),
  SANDBOX_PYTHON_WORKERS: count(1),
  SANDBOX_MAX_QUEUE: count(32),
  SANDBOX_PISTON_URL: z
    .url("SANDBOX_PISTON_URL must be a URL such as http://piston:2000")
    .optional(),
  SANDBOX_PISTON_MODE: z.enum(["overflow", "always"]).default("overflow"),
});
export type Env = z.infer<typeof envSchema>;

/** Parses the environment once; a bad value stops the process with a message naming it. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
  );
  throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
}
