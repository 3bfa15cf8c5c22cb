CREATE TABLE "deleted_interview_starts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deleted_interview_starts" ADD CONSTRAINT "deleted_interview_starts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deleted_interview_starts_user_started_idx" ON "deleted_interview_starts" USING btree ("user_id","started_at");