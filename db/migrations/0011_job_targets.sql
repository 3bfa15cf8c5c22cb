CREATE TYPE "public"."job_source_kind" AS ENUM('pasted', 'pdf', 'docx');--> statement-breakpoint
CREATE TYPE "public"."job_requirement_kind" AS ENUM('skill', 'responsibility', 'seniority', 'domain');--> statement-breakpoint
CREATE TABLE "job_interview_items" (
	"interview_question_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"job_target_id" uuid NOT NULL,
	"requirement_id" uuid,
	"requirement_text" text NOT NULL,
	CONSTRAINT "job_interview_items_interview_question_id_pk" PRIMARY KEY("interview_question_id")
);
--> statement-breakpoint
CREATE TABLE "job_requirement_cache" (
	"key" text NOT NULL,
	"requirements" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_target_id" uuid NOT NULL,
	"text" text NOT NULL,
	"kind" "job_requirement_kind" NOT NULL,
	"tracks" text[] DEFAULT '{}'::text[] NOT NULL,
	"dimensions" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"weight" real DEFAULT 1 NOT NULL,
	"position" smallint NOT NULL,
	"edited_by_user" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"company" text,
	"level" "level" NOT NULL,
	"description" text NOT NULL,
	"cv" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description_hash" text NOT NULL,
	"extracted_by" text DEFAULT 'rules' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_interview_items" ADD CONSTRAINT "job_interview_items_interview_question_id_interview_questions_id_fk" FOREIGN KEY ("interview_question_id") REFERENCES "public"."interview_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_interview_items" ADD CONSTRAINT "job_interview_items_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_interview_items" ADD CONSTRAINT "job_interview_items_job_target_id_job_targets_id_fk" FOREIGN KEY ("job_target_id") REFERENCES "public"."job_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_interview_items" ADD CONSTRAINT "job_interview_items_requirement_id_job_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."job_requirements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_requirements" ADD CONSTRAINT "job_requirements_job_target_id_job_targets_id_fk" FOREIGN KEY ("job_target_id") REFERENCES "public"."job_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_targets" ADD CONSTRAINT "job_targets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_interview_items_interview_idx" ON "job_interview_items" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "job_interview_items_target_idx" ON "job_interview_items" USING btree ("job_target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_requirement_cache_key_unique" ON "job_requirement_cache" USING btree ("key");--> statement-breakpoint
CREATE INDEX "job_requirements_target_idx" ON "job_requirements" USING btree ("job_target_id","position");--> statement-breakpoint
CREATE INDEX "job_targets_user_updated_idx" ON "job_targets" USING btree ("user_id","updated_at" DESC NULLS LAST);