"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { api } from "@/app/_trpc/client";
import { isLanguage } from "@/server/contracts/vocabulary/languages";
import { LanguageOptions, rememberLanguage } from "./language-options";

/**
 * The header's language choice, for visitors and signed-in users alike: a native select (keyboard
 * and screen-reader friendly for free), each language named in itself with its own `lang`. The cookie
 * carries a visitor's choice; a signed-in user's is saved to the account, so it follows them to other
 * browsers. The page then re-renders on the server in the new language.
 */
export function LanguageSwitcher({ signedIn, className = "" }: { signedIn: boolean; className?: string }) {
  const t = useTranslations("nav.language");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [failed, setFailed] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const save = api.me.update.useMutation();

  async function choose(value: string) {
    if (!isLanguage(value) || value === locale) return;
    setFailed(false);
    rememberLanguage(value);
    if (signedIn) {
      try {
        await save.mutateAsync({ preferences: { language: value } });
      } catch {
        setFailed(true);
        return;
      }
    }
    startTransition(() => router.refresh());
  }

  return (
    <div className={`flex items-center gap-1 ${className}`}>
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <select
        id={id}
        value={locale}
        disabled={save.isPending || refreshing}
        aria-describedby={failed ? `${id}-error` : undefined}
        onChange={(event) => void choose(event.target.value)}
        className="rounded-md border border-slate-300 bg-white py-1.5 pl-2 pr-7 text-sm text-slate-800 hover:border-slate-400 disabled:cursor-wait"
      >
        <LanguageOptions />
      </select>
      {failed ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {t("saveFailed")}
        </p>
      ) : null}
    </div>
  );
}
