"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FormEmailField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { richLink } from "@/app/_components/rich-link";
import { api } from "@/app/_trpc/client";
import { ZSignInInputSchema } from "@/server/contracts/auth";
import { AuthForm } from "../auth-form";
import { EmailSent } from "../email-sent";

const ZEmailOnlySchema = ZSignInInputSchema.pick({ email: true });

export function ForgotPasswordForm({ devMailboxHref }: { devMailboxHref: string | null }) {
  const t = useTranslations("auth.forgotPassword");
  const form = useZodForm(ZEmailOnlySchema, { id: "forgot-password", defaultValues: { email: "" } });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = api.auth.forgotPassword.useMutation();

  if (sentTo) {
    return (
      <Sent
        email={sentTo}
        devMailboxHref={devMailboxHref}
        onRetry={() => {
          setSentTo(null);
          request.reset();
        }}
      />
    );
  }

  return (
    <AuthForm
      messages="auth.forgotPassword"
      form={form}
      pending={request.isPending}
      onSubmit={(values) => request.mutate(values, { onError: form.failFromServer, onSuccess: () => setSentTo(values.email) })}
      footnote={t.rich("remembered", { link: richLink("/sign-in") })}
    >
      <FormEmailField name="email" required />
    </AuthForm>
  );
}

/** The same words whether or not the account exists, so this page never tells who has one. */
function Sent({ email, devMailboxHref, onRetry }: { email: string; devMailboxHref: string | null; onRetry: () => void }) {
  const t = useTranslations("auth.forgotPassword");
  return (
    <div>
      <EmailSent messages="auth.forgotPassword" title={t("sentTitle")} email={email} devMailboxHref={devMailboxHref} />
      <p className="mt-5 text-sm text-slate-700">{t("noEmail")}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>
          {t("backToSignIn")}
        </Link>
        <button type="button" onClick={onRetry} className={buttonClass("secondary")}>
          {t("tryAnother")}
        </button>
      </div>
    </div>
  );
}
