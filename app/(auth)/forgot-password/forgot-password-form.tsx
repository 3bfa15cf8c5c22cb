"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FocusHeading } from "@/app/_components/focus-heading";
import { Form } from "@/app/_components/form/form";
import { FormEmailField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { SubmitButton } from "@/app/_components/submit-button";
import { api } from "@/app/_trpc/client";
import { ZSignInInputSchema } from "@/server/contracts/auth";
import { AuthHeading } from "../auth-heading";
import { DevMailboxNote } from "../dev-mailbox-note";

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
    <>
      <AuthHeading title={t("title")}>
        <p>{t("intro")}</p>
      </AuthHeading>
      <Form
        form={form}
        pending={request.isPending}
        onSubmit={(values) => request.mutate(values, { onError: form.failFromServer, onSuccess: () => setSentTo(values.email) })}
      >
        <FormEmailField name="email" required />
        <SubmitButton pending={request.isPending} pendingLabel={t("pending")} className="w-full">
          {t("submit")}
        </SubmitButton>
      </Form>
      <p className="mt-6 text-center text-sm text-slate-700">
        {t.rich("remembered", {
          link: (chunks) => (
            <Link href="/sign-in" className="font-medium text-brand-700 underline hover:text-brand-900">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </>
  );
}

/** The same words whether or not the account exists, so this page never tells who has one. */
function Sent({ email, devMailboxHref, onRetry }: { email: string; devMailboxHref: string | null; onRetry: () => void }) {
  const t = useTranslations("auth.forgotPassword");
  return (
    <div>
      <FocusHeading>{t("sentTitle")}</FocusHeading>
      <p className="mt-3 text-sm text-slate-700">
        {t.rich("sent", { email: () => <span className="break-all font-medium text-slate-900">{email}</span> })}
      </p>
      <DevMailboxNote href={devMailboxHref} />
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
