CREATE TYPE "public"."recording_status" AS ENUM('transcribing', 'transcribed', 'failed');--> statement-breakpoint
CREATE TABLE "recordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"interview_question_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"kind" text DEFAULT 'answer' NOT NULL,
	"answer_id" uuid,
	"storage_key" text,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"duration_sec" real,
	"status" "recording_status" DEFAULT 'transcribing' NOT NULL,
	"engine" text,
	"transcript" text,
	"browser_transcript" text,
	"corrected_transcript" text,
	"failure_reason" text,
	"delivery" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"transcribed_at" timestamp with time zone,
	"audio_deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_interview_question_id_interview_questions_id_fk" FOREIGN KEY ("interview_question_id") REFERENCES "public"."interview_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recordings_user_created_idx" ON "recordings" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "recordings_answer_idx" ON "recordings" USING btree ("answer_id");--> statement-breakpoint
CREATE INDEX "recordings_interview_question_idx" ON "recordings" USING btree ("interview_question_id");