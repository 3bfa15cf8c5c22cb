"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FocusHeading } from "@/app/_components/focus-heading";
import { ResendVerificationButton } from "@/app/_components/resend-verification-button";
import { Spinner } from "@/app/_components/spinner";
import { appCodeOf, messageOf, NETWORK_ERROR_MESSAGE } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZTokenInputSchema } from "@/server/contracts/accounts";

interface VerifyEmailProps {
  token: string | null;
  signedInUser: { email: string; emailVerified: boolean } | null;
}

export function VerifyEmail({ token, signedInUser }: VerifyEmailProps) {
  const router = useRouter();
  const verify = api.auth.verifyEmail.useMutation({
    // The header's banner and account details come from the server: show them verified now.
    onSuccess: () => router.refresh(),
  });
  const wellFormed = token !== null && ZTokenInputSchema.safeParse({ token }).success;
  // Exactly once per page view: Strict Mode runs effects twice in development, and a second call would
  // find the link already spent and report it invalid.
  const started = useRef(false);
  const { mutate } = verify;
  useEffect(() => {
    if (started.current || !wellFormed || !token) return;
    started.current = true;
    mutate({ token });
  }, [mutate, token, wellFormed]);

  if (verify.isSuccess && verify.data.emailChanged) {
    return (
      <Outcome title="Your email address is changed">
        <p>
          Your email is now <strong className="font-semibold text-slate-900">{verify.data.email}</strong>. Sign in with it from now on; we
          sent a notice to your previous address.
        </p>
        <Link href={signedInUser ? "/settings" : "/sign-in"} className={buttonClass("primary", { extra: "mt-6 w-full" })}>
          {signedInUser ? "Back to your settings" : "Sign in"}
        </Link>
      </Outcome>
    );
  }

  if (verify.isSuccess) {
    return (
      <Outcome title="Your email is verified">
        <p>Thanks. You can start interviews now.</p>
        {signedInUser ? (
          <Link href="/dashboard" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
            Go to your dashboard
          </Link>
        ) : (
          <div className="mt-6 flex flex-wrap gap-3">
            <Link href="/sign-in" className={buttonClass("primary")}>
              Sign in
            </Link>
            <Link href="/" className={buttonClass("secondary")}>
              Back to the home page
            </Link>
          </div>
        )}
      </Outcome>
    );
  }

  if (wellFormed && !verify.isError) {
    return (
      <div role="status" className="flex items-center gap-3 text-slate-800">
        <Spinner />
        <h1 className="text-lg font-semibold">Verifying your email…</h1>
      </div>
    );
  }

  // Network trouble is not the link's fault: offer to try the same link again.
  if (verify.isError && !appCodeOf(verify.error)) {
    return (
      <Outcome title="We couldn’t verify your email yet">
        <p>{NETWORK_ERROR_MESSAGE}</p>
        <button type="button" onClick={() => token && verify.mutate({ token })} className={buttonClass("primary", { extra: "mt-6" })}>
          Try again
        </button>
      </Outcome>
    );
  }

  const reason = verify.isError && appCodeOf(verify.error) === "CONFLICT" ? messageOf(verify.error) : null;
  return (
    <Outcome title="This verification link doesn’t work">
      <p>{reason ?? "It may be mistyped, already used, or more than 24 hours old. Only the newest link we sent works."}</p>
      {signedInUser?.emailVerified ? (
        <>
          <p className="mt-3">Your email {signedInUser.email} is already verified, so there is nothing more to do.</p>
          <Link href="/dashboard" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
            Go to your dashboard
          </Link>
        </>
      ) : signedInUser ? (
        <div className="mt-5">
          <p className="mb-3">We can send a new link to {signedInUser.email}.</p>
          <ResendVerificationButton email={signedInUser.email} variant="primary" />
        </div>
      ) : (
        <p className="mt-3">
          <Link href="/sign-in" className="font-medium text-brand-700 underline hover:text-brand-900">
            Sign in
          </Link>{" "}
          to get a new link.
        </p>
      )}
    </Outcome>
  );
}

/** The result replaces the "Verifying…" line; focus moves to its heading so it is read out first. */
function Outcome({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <FocusHeading>{title}</FocusHeading>
      <div className="mt-3 text-sm text-slate-700">{children}</div>
    </div>
  );
}
