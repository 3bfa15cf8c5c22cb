import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountMenu } from "./account-menu";
import { AppNav } from "./app-nav";
import { getCurrentUserOrNull } from "./current-user";
import { LanguageSwitcher } from "./language-switcher";
import { Logo } from "./logo";
import { MobileMenu } from "./mobile-menu";
import { NavLinks } from "./nav-links";
import { VerifyEmailBanner } from "./verify-email-banner";

export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUserOrNull(), getTranslations("nav")]);
  return (
    <>
      <header className="no-print relative border-b border-slate-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <Link href="/" aria-label={t("home")} className="flex-none rounded">
            <Logo />
          </Link>
          {/* Wide screens: the links in the bar. Visitors see what Rehearse is; signed-in candidates see their own pages. */}
          <div className="hidden lg:ml-auto lg:block">{user ? <AppNav /> : <NavLinks />}</div>
          <div className="flex min-w-0 items-center gap-1 sm:gap-2">
            {/* Phones: the switcher sits in the Menu panel, so the bar keeps to one row. */}
            <LanguageSwitcher signedIn={user !== null} className="hidden sm:flex" />
            <AccountMenu />
            {/* Narrower: the same links behind a Menu button, so they never wrap onto a second row. */}
            <MobileMenu>
              {user ? <AppNav layout="menu" /> : <NavLinks layout="menu" />}
              <LanguageSwitcher signedIn={user !== null} className="mt-2 border-t border-slate-200 pt-3 sm:hidden" />
            </MobileMenu>
          </div>
        </div>
      </header>
      {user && !user.emailVerified ? <VerifyEmailBanner email={user.email} /> : null}
    </>
  );
}
