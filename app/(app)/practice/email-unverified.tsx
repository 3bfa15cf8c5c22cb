"use client";

import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";

export function EmailUnverified({ email }: { email: string }) {
  const resend = api.auth.resendVerification.useMutation();
  return (
    <FormAlert>
      <h2 className="text-base font-semibold">Verify your email to start interviews</h2>
      <p className="mt-1">
        Interviews are saved to your account, so we need to know <span className="break-words font-medium">{email}</span> is yours.
        Open the link we emailed you, then start again. No email? We can send a new link.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <SubmitButton
          type="button"
          variant="secondary"
          size="sm"
          pending={resend.isPending}
          pendingLabel="Sending…"
          onClick={() => resend.mutate()}
        >
          Resend verification email
        </SubmitButton>
        <span role="status">{resend.isSuccess
            ? resend.data.sent
              ? `Sent. Check ${email} for the new link.`
              : "Your email is already verified: start the interview again."
            : null}</span>
        {resend.isError ? <span className="font-medium">{messageOf(resend.error)}</span> : null}
      </div>
    </FormAlert>
  );
}
