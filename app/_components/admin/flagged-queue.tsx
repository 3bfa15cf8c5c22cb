"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FlaggedItem } from "./flagged-item";
import type { TFlaggedAnswer } from "./types";

/**
 * The review queue. A resolved answer leaves the list at once and a status message says what
 * happened; focus moves to that message, since the buttons that had it are gone.
 */
export function FlaggedQueue({ answers, aiConfigured, aiModel }: { answers: TFlaggedAnswer[]; aiConfigured: boolean; aiModel: string | null }) {
  const router = useRouter();
  const t = useTranslations("admin-flagged");
  const [resolved, setResolved] = useState<ReadonlySet<string>>(() => new Set());
  const [message, setMessage] = useState("");
  const statusRef = useRef<HTMLDivElement>(null);
  const waiting = answers.filter((answer) => !resolved.has(answer.id));

  function onResolved(id: string, text: string) {
    setResolved((current) => new Set(current).add(id));
    setMessage(text);
    statusRef.current?.focus();
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        style={{ outline: "none" }}
        className={message ? "rounded-lg border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-900" : undefined}
      >
        {message}
      </div>
      {waiting.length === 0 ? (
        <div className="rounded-xl bg-white p-8 text-center ring-1 ring-slate-200 sm:p-12">
          <p className="text-lg font-semibold text-slate-900">{t("emptyTitle")}</p>
          <p className="mx-auto mt-2 max-w-md text-slate-700">{t("emptyBody")}</p>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("waiting", { count: waiting.length })}</p>
          <ul className="space-y-6">
            {waiting.map((answer) => (
              <li key={answer.id}>
                <FlaggedItem answer={answer} aiConfigured={aiConfigured} aiModel={aiModel} onResolved={(text) => onResolved(answer.id, text)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
