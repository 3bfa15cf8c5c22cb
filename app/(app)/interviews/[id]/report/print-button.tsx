"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";

export function PrintButton() {
  const t = useTranslations("report");
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary", { size: "sm", extra: "no-print" })}>
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
        <path d="M5 2.75A.75.75 0 0 1 5.75 2h8.5a.75.75 0 0 1 .75.75V6h1a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-1v2.25a.75.75 0 0 1-.75.75h-8.5a.75.75 0 0 1-.75-.75V15H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h1V2.75ZM6.5 6h7V3.5h-7V6Zm0 6.5v4h7v-4h-7Z" />
      </svg>
      {t("print")}
    </button>
  );
}
