"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { api } from "@/app/_trpc/client";
import { SubmitButton } from "./submit-button";
import { useServerFailureText } from "./form/use-error-text";

interface ResendVerificationButtonProps {
  email: string;
  variant?: "primary" | "secondary";
}

/** "Resend the email" with its outcome announced next to it; a fresh link makes the older ones stop working. */
export function ResendVerificationButton({ email, variant = "secondary" }: ResendVerificationButtonProps) {
  const router = useRouter();
  const t = useTranslations("components.resendVerification");
  const failureText = useServerFailureText();
  const resend = api.auth.resendVerification.useMutation({
    onSuccess: (result) => {
      // Already verified (in another tab, say): the pages showing this button need to know.
      if (!result.sent) router.refresh();
    },
  });
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <SubmitButton type="button" variant={variant} pending={resend.isPending} pendingLabel={t("pending")} onClick={() => resend.mutate()}>
        {t("submit")}
      </SubmitButton>
      <p role="status" className="text-sm text-slate-700">
        {resend.isSuccess ? (resend.data.sent ? t("sent", { email }) : t("alreadyVerified")) : null}
      </p>
      {resend.isError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {failureText(resend.error)}
        </p>
      ) : null}
    </div>
  );
}
