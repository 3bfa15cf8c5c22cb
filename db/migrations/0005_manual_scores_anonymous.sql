-- Manual scores used to store the reviewer's email as the model and append the note to the automatic
-- feedback. Every output (candidate pages, REST, exports) credits the team and keeps the note apart.
UPDATE "scores"
SET "review_note" = substring("feedback" from position(E'\n\nReviewer''s note: ' in "feedback") + 19),
    "feedback" = substring("feedback" from 1 for position(E'\n\nReviewer''s note: ' in "feedback") - 1)
WHERE "manual" = true AND "review_note" IS NULL AND position(E'\n\nReviewer''s note: ' in "feedback") > 0;
--> statement-breakpoint
UPDATE "scores" SET "model" = 'Rehearse team' WHERE "provider" = 'manual' OR "manual" = true AND "provider" = 'manual';
