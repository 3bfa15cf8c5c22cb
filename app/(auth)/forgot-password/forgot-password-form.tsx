"use client";

import Link from "next/link";
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
      <AuthHeading title="Reset your password">
        <p>Enter the email you signed up with and we’ll send you a link to choose a new password.</p>
      </AuthHeading>
      <Form
        form={form}
        pending={request.isPending}
        onSubmit={(values) => request.mutate(values, { onError: form.failFromServer, onSuccess: () => setSentTo(values.email) })}
      >
        <FormEmailField name="email" required />
        <SubmitButton pending={request.isPending} pendingLabel="Sending…" className="w-full">
          Send the reset link
        </SubmitButton>
      </Form>
      <p className="mt-6 text-center text-sm text-slate-700">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline hover:text-brand-900">
          Sign in
        </Link>
      </p>
    </>
  );
}

/** The same words whether or not the account exists, so this page never tells who has one. */
function Sent({ email, devMailboxHref, onRetry }: { email: string; devMailboxHref: string | null; onRetry: () => void }) {
  return (
    <div>
      <FocusHeading>Check your inbox</FocusHeading>
      <p className="mt-3 text-sm text-slate-700">
        If an account exists for <span className="break-all font-medium text-slate-900">{email}</span>, we have sent a link to reset its
        password. The link works for one hour.
      </p>
      <DevMailboxNote href={devMailboxHref} />
      <p className="mt-5 text-sm text-slate-700">No email after a few minutes? Check your spam folder, or check the address and try again.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>
          Back to sign in
        </Link>
        <button type="button" onClick={onRetry} className={buttonClass("secondary")}>
          Try another email
        </button>
      </div>
    </div>
  );
}
