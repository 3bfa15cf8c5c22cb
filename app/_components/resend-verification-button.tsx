"use client";

import { useRouter } from "next/navigation";
import { api } from "@/app/_trpc/client";
import { SubmitButton } from "./submit-button";
import { messageOf } from "./use-form-errors";

interface ResendVerificationButtonProps {
  email: string;
  variant?: "primary" | "secondary";
}

/** "Resend the email" with its outcome announced next to it; a fresh link makes the older ones stop working. */
export function ResendVerificationButton({ email, variant = "secondary" }: ResendVerificationButtonProps) {
  const router = useRouter();
  const resend = api.auth.resendVerification.useMutation({
    onSuccess: (result) => {
      // Already verified (in another tab, say): the pages showing this button need to know.
      if (!result.sent) router.refresh();
    },
  });
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <SubmitButton type="button" variant={variant} pending={resend.isPending} pendingLabel="Sending…" onClick={() => resend.mutate()}>
        Resend the email
      </SubmitButton>
      <p role="status" className="text-sm text-slate-700">
        {resend.isSuccess ? (resend.data.sent ? `Sent. Check ${email} for the new link.` : "Your email is already verified.") : null}
      </p>
      {resend.isError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {messageOf(resend.error)}
        </p>
      ) : null}
    </div>
  );
}
