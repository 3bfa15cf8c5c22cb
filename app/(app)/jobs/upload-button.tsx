"use client";

/**
 * Fills a text field from an uploaded PDF or Word file: the server extracts the text (nothing is
 * stored until the form is saved). The size is checked here first so a 10 MB file fails at once.
 * The REST endpoint answers in English with stable codes; the text shown comes from its `reason`.
 */
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { useErrorText } from "@/app/_components/form/use-error-text";
import { Spinner } from "@/app/_components/spinner";
import { MAX_UPLOAD_BYTES, type TExtractedText } from "@/server/contracts/job-targets";
import { uploadErrorText, type TUploadProblem, type TUploadTranslator } from "./upload-error";

interface UploadButtonProps {
  label: string;
  onText: (result: TExtractedText) => void;
}

const MB = MAX_UPLOAD_BYTES / (1024 * 1024);

class UploadFailure extends Error {
  constructor(readonly problem: TUploadProblem) {
    super(problem.message ?? "upload failed");
  }
}

async function upload(file: File): Promise<TExtractedText> {
  const response = await fetch(`/api/v1/job-targets/upload?fileName=${encodeURIComponent(file.name.slice(0, 200))}`, { method: "POST", body: file, credentials: "same-origin" });
  const body = (await response.json().catch(() => null)) as (TExtractedText & { error?: Omit<TUploadProblem, "status"> }) | null;
  if (!response.ok) throw new UploadFailure({ status: response.status, ...body?.error });
  return body as TExtractedText;
}

export function UploadButton({ label, onText }: UploadButtonProps) {
  const t = useTranslations("jobs.upload");
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const [state, setState] = useState<{ kind: "idle" | "busy" | "done" | "error"; message?: string }>({ kind: "idle" });

  async function pick(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setState({ kind: "error", message: t("tooLarge", { fileName: file.name, mb: MB }) });
      return;
    }
    // Parsing a PDF takes a second or two: the status line names the file and says so (announced), not the hint.
    setState({ kind: "busy", message: t("readingNote", { fileName: file.name }) });
    try {
      const result = await upload(file);
      onText(result);
      setState({ kind: "done", message: t("done", { chars: result.chars, fileName: file.name }) });
    } catch (error) {
      setState({ kind: "error", message: error instanceof UploadFailure ? uploadErrorText(error.problem, t as unknown as TUploadTranslator, errorText) : t("failedGeneric") });
    } finally {
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        ref={input}
        type="file"
        accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => void pick(event.target.files?.[0])}
      />
      <button type="button" className={buttonClass("secondary", { size: "sm" })} aria-describedby={statusId} aria-disabled={state.kind === "busy"} onClick={() => state.kind !== "busy" && input.current?.click()}>
        {state.kind === "busy" ? <Spinner /> : null}
        {state.kind === "busy" ? t("reading") : label}
      </button>
      <p id={statusId} role={state.kind === "error" ? "alert" : "status"} className={`text-sm ${state.kind === "error" ? "text-red-700" : "text-slate-600"}`}>
        {state.message ?? t("hint", { mb: MB })}
      </p>
    </div>
  );
}
