"use client";

import { useCallback, useRef, useState } from "react";
import { api } from "@/app/_trpc/client";
import type { TCodeLanguage, TPublicCodingSpec, TRunResultView } from "@/server/contracts/code";
import { runInBrowser } from "./browser-runner";

export type TRunState =
  | { kind: "idle" }
  | { kind: "running"; where: "browser" | "server" }
  | { kind: "done"; result: TRunResultView; where: "browser" | "server" }
  /** The server run's failure, shown through useFailureText (its catalog entry, else its English message translated). */
  | { kind: "failed"; error: unknown };

/**
 * "Run tests": in the browser's sandbox first; if that cannot start (an old browser, a blocked worker),
 * the server runs the same visible tests (code.run, rate-limited). Only the latest run's result is shown.
 */
export function useCodeRun(questionId: string, spec: TPublicCodingSpec) {
  const [state, setState] = useState<TRunState>({ kind: "idle" });
  const serverRun = api.code.run.useMutation();
  const latest = useRef(0);

  const run = useCallback(
    async (language: TCodeLanguage, code: string) => {
      const id = ++latest.current;
      setState({ kind: "running", where: "browser" });
      let result: TRunResultView | null = null;
      let where: "browser" | "server" = "browser";
      try {
        result = await runInBrowser(spec, language, code);
      } catch {
        if (id !== latest.current) return;
        where = "server";
        setState({ kind: "running", where });
        try {
          result = await serverRun.mutateAsync({ questionId, language, code });
        } catch (error) {
          if (id === latest.current) setState({ kind: "failed", error });
          return;
        }
      }
      if (id === latest.current) setState({ kind: "done", result, where });
    },
    [questionId, spec, serverRun],
  );

  return { state, run, reset: () => setState({ kind: "idle" }) };
}
