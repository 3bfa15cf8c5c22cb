/** The support router's procedures (support.*) and the tickets admins and candidates see; the help and contact forms share the inputs. */
import { z } from "zod";
import { ZEmailSchema } from "./email";
import { zSafeLine, zSafeText } from "./safe-string";
import { ZTicketStatusSchema } from "./vocabulary/statuses";

export const ZTicketMessageSchema = zSafeText().trim().min(1, { error: "Write a message." }).max(10_000, { error: "At most 10,000 characters." });

export const ZCreateTicketInputSchema = z.object({
  subject: zSafeLine().trim().min(3, { error: "Give the subject (at least 3 characters)." }).max(200),
  message: ZTicketMessageSchema,
});

export const ZTicketReplyInputSchema = z.object({ ticketId: z.uuid(), message: ZTicketMessageSchema });

export const ZDisputeScoreInputSchema = z.object({
  answerId: z.uuid(),
  reason: zSafeText().trim().min(5, { error: "Tell us what the score missed (at least 5 characters)." }).max(2000),
});

/** The public contact form (/contact): for people who cannot sign in. */
export const ZContactInputSchema = z.object({
  email: ZEmailSchema,
  subject: zSafeLine().trim().min(3, { error: "Give the subject (at least 3 characters)." }).max(200, { error: "At most 200 characters." }),
  message: zSafeText().trim().min(10, { error: "Write a message (at least 10 characters)." }).max(5_000, { error: "At most 5,000 characters." }),
});
export type TContactInput = z.infer<typeof ZContactInputSchema>;

export const ZCreateTicketResponseSchema = z.object({ id: z.uuid() });

export const ZTicketSchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  status: ZTicketStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The candidate's (or the contact form's) address: admin views only. */
  userEmail: z.string().optional(),
  messages: z.array(z.object({ id: z.uuid(), fromStaff: z.boolean(), body: z.string(), createdAt: z.string() })),
});
export type TTicket = z.infer<typeof ZTicketSchema>;
