import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import { REMINDER_NAMES, verifyUnsubscribeToken } from "@/server/reminders/unsubscribe-token";
import { AuthHeading } from "../auth-heading";
import { InvalidLink } from "../invalid-link";

export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer" };

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Opening the link changes nothing (mail scanners fetch links): the button posts to the one-click
 * endpoint, which turns the reminder off without signing in and comes back here with done=1.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: TSearchParams }) {
  const { token, done } = await searchParams;
  const parsed = typeof token === "string" ? verifyUnsubscribeToken(token) : null;
  if (!parsed || typeof token !== "string") {
    return (
      <InvalidLink
        title="This unsubscribe link doesn’t work"
        body="It may be incomplete: copy the whole link from the email. You can also turn reminders off under Settings → Profile."
        action={{ href: "/settings", label: "Open your settings" }}
      />
    );
  }
  const what = REMINDER_NAMES[parsed.kind];
  if (done === "1") {
    return (
      <div role="status">
        <AuthHeading title="You’re unsubscribed">
          <p>We won’t send you {what} any more. You can turn them back on in your settings at any time.</p>
        </AuthHeading>
        <Link href="/settings" className={buttonClass("secondary", { extra: "w-full" })}>
          Open your settings
        </Link>
      </div>
    );
  }
  return (
    <div>
      <AuthHeading title={`Unsubscribe from ${what}?`}>
        <p>One click and we stop sending them. Emails about your account (sign-in links, password changes) still come.</p>
      </AuthHeading>
      <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}`}>
        <button type="submit" className={buttonClass("primary", { extra: "w-full" })}>
          Unsubscribe
        </button>
      </form>
    </div>
  );
}
