import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { AppNav } from "./app-nav";
import { getCurrentUserOrNull } from "./current-user";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";
import { VerifyEmailBanner } from "./verify-email-banner";

export async function SiteHeader() {
  const user = await getCurrentUserOrNull();
  return (
    <>
      <header className="no-print border-b border-slate-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-3 sm:flex-nowrap sm:px-6">
          <Link href="/" aria-label="Rehearse home" className="rounded">
            <Logo />
          </Link>
          {/* On phones the links take a row of their own under the logo and the account menu. */}
          <div className="order-last -mx-3 w-full sm:order-none sm:mx-0 sm:ml-auto sm:w-auto">
            {/* Visitors see what Rehearse is; signed-in candidates see their own pages. */}
            {user ? <AppNav /> : <NavLinks />}
          </div>
          <AccountMenu />
        </div>
      </header>
      {user && !user.emailVerified ? <VerifyEmailBanner email={user.email} /> : null}
    </>
  );
}
