import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import { verifyUnsubscribeToken } from "@/server/reminders/unsubscribe-token";
import { AuthHeading } from "../auth-heading";
import { InvalidLink } from "../invalid-link";
import { titleMetadata } from "@/app/_components/page-metadata";

export const generateMetadata = titleMetadata("auth.unsubscribe.metaTitle", { referrer: "no-referrer" });

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Opening the link changes nothing (mail scanners fetch links): the button posts to the one-click
 * endpoint, which turns the reminder off without signing in and comes back here with done=1.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: TSearchParams }) {
  const [{ token, done }, t] = await Promise.all([searchParams, getTranslations("auth.unsubscribe")]);
  const parsed = typeof token === "string" ? verifyUnsubscribeToken(token) : null;
  if (!parsed || typeof token !== "string") {
    return (
      <InvalidLink
        title={t("invalidTitle")}
        body={t("invalidBody")}
        action={{ href: "/settings", label: t("openSettings") }}
      />
    );
  }
  const what = parsed.kind === "review_due" ? "reviews" : "weekly";
  if (done === "1") {
    return (
      <div role="status">
        <AuthHeading title={t("doneTitle")}>
          <p>{t("doneBody", { what })}</p>
        </AuthHeading>
        <Link href="/settings" className={buttonClass("secondary", { extra: "w-full" })}>
          {t("openSettings")}
        </Link>
      </div>
    );
  }
  return (
    <div>
      <AuthHeading title={t("confirmTitle", { what })}>
        <p>{t("confirmBody")}</p>
      </AuthHeading>
      <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}`}>
        <button type="submit" className={buttonClass("primary", { extra: "w-full" })}>
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
