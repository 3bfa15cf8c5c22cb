/** The public contact form's input: shared by the form (client) and the support.contact procedure. */
import { z } from "zod";
import { ZEmailSchema } from "@/server/auth/normalize-email";
import { zSafeLine, zSafeText } from "@/server/contracts/safe-string";

export const ZContactInputSchema = z.object({
  email: ZEmailSchema,
  subject: zSafeLine().trim().min(3, { error: "Give the subject (at least 3 characters)." }).max(200, { error: "At most 200 characters." }),
  message: zSafeText().trim().min(10, { error: "Write a message (at least 10 characters)." }).max(5_000, { error: "At most 5,000 characters." }),
});

export type TContactInput = z.infer<typeof ZContactInputSchema>;
