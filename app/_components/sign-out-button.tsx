"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Spinner } from "./spinner";

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
      className={`inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-wait ${className}`}
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
