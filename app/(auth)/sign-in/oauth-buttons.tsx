"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { Spinner } from "@/app/_components/spinner";

export interface TOAuthProvider {
  id: string;
  name: string;
}

/** One button per configured provider; the server passes only the ones with credentials set. */
export function OAuthButtons({ providers, callbackUrl }: { providers: TOAuthProvider[]; callbackUrl: string }) {
  const t = useTranslations("auth.oauth");
  const [pending, setPending] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="mt-6">
      <div className="flex items-center gap-3 text-sm text-slate-600" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        {t("or")}
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <ul className="mt-4 space-y-3">
        {providers.map((provider) => (
          <li key={provider.id}>
            <button
              type="button"
              disabled={pending !== null}
              onClick={() => {
                setPending(provider.id);
                // Leaves the page for the provider; only a failure to start comes back here.
                signIn(provider.id, { redirectTo: callbackUrl }).catch(() => setPending(null));
              }}
              className={buttonClass("secondary", { extra: "w-full" })}
            >
              {pending === provider.id ? (
                <>
                  <Spinner />
                  {t("connecting", { provider: provider.name })}
                </>
              ) : (
                t("continueWith", { provider: provider.name })
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
