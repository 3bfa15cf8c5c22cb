"use client";

import { useTranslations } from "next-intl";
import { useErrorDigest } from "@/app/_components/use-error-digest";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.page");
  const digest = useErrorDigest(error);
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-4 text-slate-700">
        {t.rich("body", { digest: () => <code className="rounded bg-slate-100 px-1">{digest ?? t("unknownDigest")}</code> })}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-900"
      >
        {t("retry")}
      </button>
    </div>
  );
}
