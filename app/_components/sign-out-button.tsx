"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Spinner } from "./spinner";

/** Never wraps: beside a long name in the header, the name truncates and "Sign out" stays on one line. */
export function SignOutButton({ className = "" }: { className?: string }) {
  const t = useTranslations("nav");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // A full page load afterwards, so every server component forgets the session.
        signOut({ redirectTo: "/" }).catch(() => setPending(false));
      }}
      className={`inline-flex flex-none items-center gap-2 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-wait ${className}`}
    >
      {pending ? (
        <>
          <Spinner />
          {t("signingOut")}
        </>
      ) : (
        t("signOut")
      )}
    </button>
  );
}
