import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { AppNav } from "./app-nav";
import { getCurrentUserOrNull } from "./current-user";
import { Logo } from "./logo";
import { MobileMenu } from "./mobile-menu";
import { NavLinks } from "./nav-links";
import { VerifyEmailBanner } from "./verify-email-banner";

export async function SiteHeader() {
  const user = await getCurrentUserOrNull();
  return (
    <>
      <header className="no-print relative border-b border-slate-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <Link href="/" aria-label="Rehearse home" className="flex-none rounded">
            <Logo />
          </Link>
          {/* Wide screens: the links in the bar. Visitors see what Rehearse is; signed-in candidates see their own pages. */}
          <div className="hidden lg:ml-auto lg:block">{user ? <AppNav /> : <NavLinks />}</div>
          <div className="flex min-w-0 items-center gap-1 sm:gap-2">
            <AccountMenu />
            {/* Narrower: the same links behind a Menu button, so they never wrap onto a second row. */}
            <MobileMenu>{user ? <AppNav layout="menu" /> : <NavLinks layout="menu" />}</MobileMenu>
          </div>
        </div>
      </header>
      {user && !user.emailVerified ? <VerifyEmailBanner email={user.email} /> : null}
    </>
  );
}
