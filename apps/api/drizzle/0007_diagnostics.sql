CREATE TABLE "diagnostics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"route" text NOT NULL,
	"message" text NOT NULL,
	"stack" text,
	"app_version" text,
	"os" text,
	"browser" text,
	"fingerprint" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "diagnostics_created_idx" ON "diagnostics" USING btree ("created_at");