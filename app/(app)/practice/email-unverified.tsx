"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { api } from "@/app/_trpc/client";

export function EmailUnverified({ email }: { email: string }) {
  const t = useTranslations("practice.unverified");
  const failureText = useFailureText();
  const resend = api.auth.resendVerification.useMutation();
  return (
    <FormAlert>
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="mt-1">{t.rich("text", { email: () => <span className="break-words font-medium">{email}</span> })}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <SubmitButton
          type="button"
          variant="secondary"
          size="sm"
          pending={resend.isPending}
          pendingLabel={t("sending")}
          onClick={() => resend.mutate()}
        >
          {t("resend")}
        </SubmitButton>
        <span role="status">{resend.isSuccess
            ? resend.data.sent
              ? t("sent", { email })
              : t("already")
            : null}</span>
        {resend.isError ? <span className="font-medium">{failureText(resend.error)}</span> : null}
      </div>
    </FormAlert>
  );
}
