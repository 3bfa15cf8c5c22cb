"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { ResendVerificationButton } from "./resend-verification-button";

/** Pages that already say all this in their own words. */
const PAGES_WITH_THEIR_OWN_MESSAGE = ["/sign-up", "/verify-email", "/settings", "/practice"];

/** Under the header for a signed-in user whose email is not verified yet: interviews need a verified address. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const pathname = usePathname();
  const t = useTranslations("components.verifyBanner");
  if (PAGES_WITH_THEIR_OWN_MESSAGE.includes(pathname)) return null;
  return (
    <section aria-label={t("region")} className="no-print border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3 text-sm text-slate-900 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          {t.rich("body", {
            strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
            email: () => <span className="break-all font-medium">{email}</span>,
          })}
        </p>
        <ResendVerificationButton email={email} />
      </div>
    </section>
  );
}
