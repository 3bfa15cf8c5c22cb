CREATE TABLE "question_translations" (
	"question_id" uuid NOT NULL,
	"language" "language" NOT NULL,
	"text" text,
	"key_points" text[],
	"follow_ups" jsonb,
	"sample_answer" text,
	"source" text DEFAULT 'seed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_translations_question_id_language_pk" PRIMARY KEY("question_id","language"),
	CONSTRAINT "question_translations_not_english" CHECK ("question_translations"."language" <> 'en')
);
--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "language" "language" DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "question_translations" ADD CONSTRAINT "question_translations_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;