"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Spinner } from "@/app/_components/spinner";

/** The editor's code arrives on its own, after the page: meanwhile a box of the same size says it is loading. */
export const CodeEditorLazy = dynamic(() => import("./code-editor"), {
  ssr: false,
  loading: () => <EditorLoading />,
});

function EditorLoading() {
  const t = useTranslations("code.editor");
  return (
    <div className="flex h-64 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-slate-50 text-sm text-slate-600" aria-busy="true">
      <Spinner /> {t("loading")}
    </div>
  );
}
