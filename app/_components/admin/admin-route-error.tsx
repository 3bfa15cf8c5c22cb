"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";
import { DigestSentence, digestCode } from "@/app/_components/error-digest";
import { useErrorDigest } from "@/app/_components/use-error-digest";

/** An admin page whose data failed to load: what happened, the error id for the logs, and a retry. */
export function AdminRouteError({ error, retry, title }: { error: unknown; retry: () => void; title?: string }) {
  const digest = useErrorDigest(error);
  const t = useTranslations("admin.shell");
  return (
    <div role="alert" className="rounded-xl bg-white p-8 text-center ring-1 ring-red-200">
      <h1 className="text-2xl font-bold text-slate-900">{title ?? t("errorTitle")}</h1>
      <p className="mx-auto mt-3 max-w-lg text-slate-700">
        {t("errorBody")}
        <DigestSentence digest={digest} sentence={(digest) => t.rich("errorDigest", { digest, code: digestCode })} />
      </p>
      <button
        type="button"
        onClick={() => retry()}
        className={buttonClass("primary", { extra: "mt-6" })}
      >
        {t("retry")}
      </button>
    </div>
  );
}
