import { z } from "zod";

export const healthResponse = z.object({
  status: z.enum(["ok", "degraded"]),
  db: z.enum(["pglite", "postgres"]),
  /** The interviewer: "offline" or "<provider>:<model>". */
  ai: z.string(),
  /** The judge of finished interviews: "offline" (rule-based scorer only) or "<provider>:<model>". */
  judge: z.string(),
  /** "revenuecat" when plans and the free allowance apply; "off" when everyone has everything. */
  billing: z.enum(["revenuecat", "off"]),
  /** Which push senders are configured: Web Push always, APNs and FCM when set up. */
  push: z.object({ web: z.boolean(), ios: z.boolean(), android: z.boolean() }),
});
