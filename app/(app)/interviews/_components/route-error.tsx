"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";
import { DigestSentence, digestCode } from "@/app/_components/error-digest";
import { useErrorDigest } from "@/app/_components/use-error-digest";

interface RouteErrorProps {
  error: unknown;
  retry: () => void;
  title: string;
}

/** The error state of a data page: what failed, a retry, and a way elsewhere. */
export function RouteError({ error, retry, title }: RouteErrorProps) {
  const t = useTranslations("interview.routeError");
  const digest = useErrorDigest(error);
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-20 text-center sm:px-6">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-700">
        {t("text")}
        <DigestSentence digest={digest} sentence={(digest) => t.rich("digest", { digest, code: digestCode })} />
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={() => retry()} className={buttonClass("primary")}>
          {t("retry")}
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
