import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "./button-styles";
import { getCurrentUserOrNull } from "./current-user";
import { initials } from "./initials";
import { SessionKeepAlive } from "./session-keep-alive";
import { SignOutButton } from "./sign-out-button";

/** The header's right side: sign in / sign up, or who is signed in with a way out. */
export async function AccountMenu() {
  const [user, t] = await Promise.all([getCurrentUserOrNull(), getTranslations("nav")]);
  if (!user) {
    return (
      <div className="flex items-center gap-1 sm:gap-2">
        <Link href="/sign-in" className="rounded-md px-2 py-2 text-sm sm:px-3 font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
          {t("signIn")}
        </Link>
        <Link href="/sign-up" className={buttonClass("primary", { size: "sm" })}>
          {t("signUp")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex min-w-0 items-center gap-1 sm:gap-2">
      <Link
        href="/settings"
        className="flex min-w-0 items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 hover:text-slate-900"
      >
        <span aria-hidden="true" className="flex h-7 w-7 flex-none items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-900">
          {initials(user.name)}
        </span>
        {/* Only wide screens show the name beside the initials: below that the navigation (longer in
            Russian, longer still for an admin) squeezed it to a clipped letter with no ellipsis. */}
        <span className="sr-only">{t("accountSettingsFor", { name: user.name })}</span>
        <span aria-hidden="true" data-user-content dir="auto" className="hidden max-w-[12rem] truncate 2xl:block">
          {user.name}
        </span>
      </Link>
      <SignOutButton />
      <SessionKeepAlive />
    </div>
  );
}
