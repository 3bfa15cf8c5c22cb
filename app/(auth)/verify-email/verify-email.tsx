"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FocusHeading } from "@/app/_components/focus-heading";
import { useErrorText } from "@/app/_components/form/use-error-text";
import { LinkButtons } from "@/app/_components/link-buttons";
import { richLink } from "@/app/_components/rich-link";
import { ResendVerificationButton } from "@/app/_components/resend-verification-button";
import { Spinner } from "@/app/_components/spinner";
import { appCodeOf, messageOf } from "@/app/_components/use-form-errors";
import { api } from "@/app/_trpc/client";
import { ZTokenInputSchema } from "@/server/contracts/accounts";
import { errorDetails } from "@/server/contracts/errors";

interface VerifyEmailProps {
  token: string | null;
  signedInUser: { email: string; emailVerified: boolean } | null;
}

export function VerifyEmail({ token, signedInUser }: VerifyEmailProps) {
  const router = useRouter();
  const t = useTranslations("auth.verifyEmail");
  const errorText = useErrorText();
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
      <Outcome title={t("changedTitle")}>
        <p>{t.rich("changedBody", { email: () => <strong className="font-semibold text-slate-900">{verify.data.email}</strong> })}</p>
        <Link href={signedInUser ? "/settings" : "/sign-in"} className={buttonClass("primary", { extra: "mt-6 w-full" })}>
          {signedInUser ? t("backToSettings") : t("signIn")}
        </Link>
      </Outcome>
    );
  }

  if (verify.isSuccess) {
    return (
      <Outcome title={t("verifiedTitle")}>
        <p>{t("verifiedBody")}</p>
        <NextSteps signedIn={signedInUser !== null} />
      </Outcome>
    );
  }

  if (wellFormed && !verify.isError) {
    return (
      <div role="status" className="flex items-center gap-3 text-slate-800">
        <Spinner />
        <h1 className="text-lg font-semibold">{t("verifying")}</h1>
      </div>
    );
  }

  // The link already did its job (clicked twice, opened in another browser): say so, not that it never worked.
  if (verify.isError && errorDetails(verify.error, "CONFLICT")?.reason === "already_verified") {
    return (
      <Outcome title={t("alreadyVerifiedTitle")}>
        <p>{t("alreadyVerifiedBody")}</p>
        <NextSteps signedIn={signedInUser !== null} />
      </Outcome>
    );
  }

  // Network trouble is not the link's fault: offer to try the same link again.
  if (verify.isError && !appCodeOf(verify.error)) {
    return (
      <Outcome title={t("networkTitle")}>
        <p>{t("network")}</p>
        <button type="button" onClick={() => token && verify.mutate({ token })} className={buttonClass("primary", { extra: "mt-6" })}>
          {t("retry")}
        </button>
      </Outcome>
    );
  }

  const reason = verify.isError && appCodeOf(verify.error) === "CONFLICT" ? messageOf(verify.error) : null;
  return (
    <Outcome title={t("invalidTitle")}>
      <p>{reason ? errorText(reason) : t("invalidBody")}</p>
      {signedInUser?.emailVerified ? (
        <>
          <p className="mt-3">{t("alreadyVerified", { email: signedInUser.email })}</p>
          <Link href="/dashboard" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
            {t("toDashboard")}
          </Link>
        </>
      ) : signedInUser ? (
        <div className="mt-5">
          <p className="mb-3">{t("canResend", { email: signedInUser.email })}</p>
          <ResendVerificationButton email={signedInUser.email} variant="primary" />
        </div>
      ) : (
        <p className="mt-3">
          {t.rich("signInForNew", { link: richLink("/sign-in") })}
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

/** Once the address is verified: on to the dashboard when signed in, else to signing in. */
function NextSteps({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("auth.verifyEmail");
  if (signedIn) {
    return (
      <Link href="/dashboard" className={buttonClass("primary", { extra: "mt-6 w-full" })}>
        {t("toDashboard")}
      </Link>
    );
  }
  return (
    <LinkButtons
      className="mt-6"
      links={[
        { href: "/sign-in", label: t("signIn") },
        { href: "/", label: t("toHome") },
      ]}
    />
  );
}
