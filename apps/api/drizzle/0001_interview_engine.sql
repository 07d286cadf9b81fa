DROP INDEX "scores_session_idx";--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "content_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "mode" text DEFAULT 'practice' NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "level" text DEFAULT 'mid' NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "engine_state" jsonb;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "ai_engine" text DEFAULT 'offline' NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_sessions" ADD COLUMN "ai_error" text;--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "reasons" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "scores_session_dimension_unique" ON "scores" USING btree ("session_id","dimension");