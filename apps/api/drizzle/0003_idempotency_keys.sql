ALTER TABLE "runs" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "turns" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "runs_session_idempotency_unique" ON "runs" USING btree ("session_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "turns_session_idempotency_unique" ON "turns" USING btree ("session_id","idempotency_key");