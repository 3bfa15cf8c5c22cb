ALTER TABLE "answers" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "interview_questions" ADD COLUMN "draft_code" jsonb;--> statement-breakpoint
ALTER TABLE "scores" ADD COLUMN "code_tests" jsonb;