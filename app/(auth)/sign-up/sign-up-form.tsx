"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FormEmailField, FormNewPasswordField, FormTextField } from "@/app/_components/form/fields";
import { useZodForm } from "@/app/_components/form/use-zod-form";
import { richLink } from "@/app/_components/rich-link";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { api } from "@/app/_trpc/client";
import { ZRegisterInputSchema } from "@/server/contracts/accounts";
import { AuthForm } from "../auth-form";
import { AuthHeading } from "../auth-heading";
import { EmailSent } from "../email-sent";

interface SignUpFormProps {
  signedInAs: { name: string; email: string } | null;
  devMailboxHref: string | null;
}

export function SignUpForm({ signedInAs, devMailboxHref }: SignUpFormProps) {
  const t = useTranslations("auth.signUp");
  const form = useZodForm(ZRegisterInputSchema, { id: "sign-up", defaultValues: { name: "", email: "", password: "" } });
  const [signingIn, setSigningIn] = useState(false);
  const [done, setDone] = useState<{ email: string } | null>(null);
  const register = api.auth.register.useMutation();

  if (done) return <CheckInbox email={done.email} devMailboxHref={devMailboxHref} />;

  if (signedInAs) {
    return (
      <>
        <AuthHeading title={t("alreadyTitle")}>
          <p>
            {t.rich("signedInAs", {
              email: signedInAs.email,
              name: () => (
                <span dir="auto" className="font-medium text-slate-900">
                  {signedInAs.name}
                </span>
              ),
            })}
          </p>
        </AuthHeading>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/dashboard" className={buttonClass("primary")}>
            {t("toDashboard")}
          </Link>
          <SignOutButton />
        </div>
      </>
    );
  }

  const pending = register.isPending || signingIn;
  return (
    <AuthForm
      messages="auth.signUp"
      form={form}
      pending={pending}
      onSubmit={(values) =>
        register.mutate(values, {
          onError: form.failFromServer,
          // The answer is the same whether or not the email already had an account. Signing in with the
          // password just chosen works for a new account; the page shows the same thing either way.
          onSuccess: async () => {
            setSigningIn(true);
            await signIn("credentials", { email: values.email, password: form.getValues("password"), redirect: false }).catch(() => undefined);
            setSigningIn(false);
            form.setValue("password", "");
            setDone({ email: values.email });
          },
        })
      }
      footnote={t.rich("haveAccount", { link: richLink("/sign-in") })}
    >
      <FormTextField name="name" label={t("name")} autoComplete="name" required />
      <FormEmailField name="email" required />
      <FormNewPasswordField name="password" label={t("password")} userInputFields={["name", "email"]} />
    </AuthForm>
  );
}

/**
 * The same page for a new account and for an address that already had one (whose owner was
 * emailed instead), so it never tells which. "Continue" is a full page load: the header is a server
 * component and must see the session the sign-in above may have started; without one, /dashboard
 * leads to the sign-in page.
 */
function CheckInbox({ email, devMailboxHref }: { email: string; devMailboxHref: string | null }) {
  const t = useTranslations("auth.checkInbox");
  return (
    <div>
      <EmailSent messages="auth.checkInbox" title={t("title")} email={email} devMailboxHref={devMailboxHref} />
      <h2 className="mt-6 text-base font-semibold text-slate-900">{t("noEmail")}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>{t("spam")}</li>
        <li>
          {t.rich("existing", { signIn: richLink("/sign-in"), reset: richLink("/forgot-password") })}
        </li>
        <li>{t("banner")}</li>
      </ul>
      {/* A plain link on purpose: see the comment above. */}
      <a href="/dashboard" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
        {t("continue")}
      </a>
    </div>
  );
}
