"use client";

import { MutationForm } from "@/app/_components/form/mutation-form";
import { FormFooter } from "@/app/_components/form/form-footer";
import { FormTextareaField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { api } from "@/app/_trpc/client";
import { ZTicketReplyInputSchema } from "@/server/contracts/support";

const ZReplyFormSchema = ZTicketReplyInputSchema.pick({ message: true });

/** Add to a request; writing on a resolved one opens it again. */
export function TicketReplyForm({ ticketId, resolved }: { ticketId: string; resolved: boolean }) {
  const utils = api.useUtils();
  const form = useZodForm(ZReplyFormSchema, { id: `reply-${ticketId}`, defaultValues: { message: "" } });
  const reply = api.support.reply.useMutation();

  return (
    <MutationForm
      form={form}
      mutation={reply}
      input={({ message }) => ({ ticketId, message })}
      resetOnSuccess
      onSuccess={() => void utils.support.mine.invalidate()}
      className="space-y-3"
    >
      <FormTextareaField
        name="message"
        label="Reply"
        hint={resolved ? "This request is resolved; replying opens it again." : undefined}
        rows={3}
        maxLength={10_000}
      />
      <FormFooter pending={reply.isPending} pendingLabel="Sending…" variant="secondary" size="sm" done={reply.isSuccess ? "Sent." : null}>
        Send reply
      </FormFooter>
    </MutationForm>
  );
}
