"use client";

import dynamic from "next/dynamic";
import { Spinner } from "@/app/_components/spinner";

/** The editor's code arrives on its own, after the page: meanwhile a box of the same size says it is loading. */
export const CodeEditorLazy = dynamic(() => import("./code-editor"), {
  ssr: false,
  loading: () => (
    <div className="flex h-64 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-slate-50 text-sm text-slate-600" aria-busy="true">
      <Spinner /> Loading the code editor…
    </div>
  ),
});
