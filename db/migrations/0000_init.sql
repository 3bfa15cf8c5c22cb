CREATE TYPE "public"."level" AS ENUM('intern', 'junior', 'mid', 'senior');--> statement-breakpoint
CREATE TYPE "public"."track" AS ENUM('product_management', 'software_engineering', 'behavioral', 'coding');--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"track" "track" NOT NULL,
	"level" "level" NOT NULL,
	"text" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"difficulty" smallint NOT NULL,
	"key_points" text[] DEFAULT '{}'::text[] NOT NULL,
	"sample_answer" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"source" text DEFAULT 'seed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "questions_difficulty_range" CHECK ("questions"."difficulty" between 1 and 5)
);
--> statement-breakpoint
CREATE INDEX "questions_track_level_active_idx" ON "questions" USING btree ("track","level","active");--> statement-breakpoint
CREATE INDEX "questions_tags_idx" ON "questions" USING gin ("tags");