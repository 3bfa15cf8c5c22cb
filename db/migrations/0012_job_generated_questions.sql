CREATE TABLE "job_generated_questions" (
	"question_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"job_target_id" uuid,
	"requirement_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_generated_questions" ADD CONSTRAINT "job_generated_questions_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_generated_questions" ADD CONSTRAINT "job_generated_questions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_generated_questions" ADD CONSTRAINT "job_generated_questions_job_target_id_job_targets_id_fk" FOREIGN KEY ("job_target_id") REFERENCES "public"."job_targets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_generated_questions_target_idx" ON "job_generated_questions" USING btree ("job_target_id");--> statement-breakpoint
CREATE INDEX "job_generated_questions_user_idx" ON "job_generated_questions" USING btree ("user_id");