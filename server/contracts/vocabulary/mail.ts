/** The vocabulary of outgoing mail: outbox states, reminder kinds and the purposes of emailed links. */
import { z } from "zod";

/** "captured": kept for the dev mailbox instead of sent (no SMTP configured). */
export const OUTBOX_STATUSES = ["pending", "sent", "failed", "captured"] as const;
export type TOutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const REMINDER_KINDS = ["review_due", "weekly_summary"] as const;
export const ZReminderKindSchema = z.enum(REMINDER_KINDS);
export type TReminderKind = z.infer<typeof ZReminderKindSchema>;

export const EMAIL_TOKEN_PURPOSES = ["verify_email", "reset_password"] as const;
export type TEmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];
