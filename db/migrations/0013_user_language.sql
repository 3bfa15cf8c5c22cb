CREATE TYPE "public"."language" AS ENUM('en', 'ru', 'ko');--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" "language";