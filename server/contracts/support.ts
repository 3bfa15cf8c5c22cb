/** Support procedures' inputs, shared by the support router and the help forms. */
import { z } from "zod";
import { zSafeLine, zSafeText } from "./safe-string";

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
