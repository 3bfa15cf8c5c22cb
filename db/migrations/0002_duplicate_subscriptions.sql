ALTER TABLE "subscriptions" ADD COLUMN "replaced_by_subscription_id" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "canceled_as_duplicate_at" timestamp with time zone;