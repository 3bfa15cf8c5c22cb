"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type ChangeEvent } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { SubmitButton } from "@/app/_components/submit-button";
import { saveJsonFile } from "@/app/_components/save-json-file";
import { useFailureText } from "@/app/_components/form/use-form-error-text";
import { api } from "@/app/_trpc/client";
import { GenerateDrafts } from "./generate-drafts";
import { QuestionTranslations, TranslationBadges } from "@/app/admin/questions/question-translations";
import { LEVELS, TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { AdminDialog } from "./admin-dialog";
import { Badge } from "./badge";
import { CodingSpecEditor } from "./coding-spec-editor";
import { DisabledButton } from "./disabled-button";
import { formatCount } from "./format";
import { QuestionForm } from "./question-form";
import { QuestionPreview } from "./question-preview";
import type { TAdminQuestion } from "./types";

/** Small text buttons inside a table row, so three fit under the question. */
const ROW_BUTTON = "rounded-md px-2 py-1 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50 hover:text-brand-900 aria-disabled:cursor-wait";

type TDialog = { kind: "create" } | { kind: "edit" | "preview" | "coding" | "translate"; question: TAdminQuestion } | null;

type TManagerWords = ReturnType<typeof useTranslations<"admin-questions.manager">>;

function dialogTitle(dialog: TDialog, t: TManagerWords, translationsTitle: (slug: string) => string): string {
  if (dialog?.kind === "translate") return translationsTitle(dialog.question.slug);
  if (dialog?.kind === "create") return t("newQuestion");
  if (dialog?.kind === "edit") return t("editTitle", { slug: dialog.question.slug });
  if (dialog?.kind === "coding") return t("testsTitle", { slug: dialog.question.slug });
  return t("previewTitle");
}

/** Reads an import file: an array of questions, or `{ "questions": [...] }` (what some tools wrap it in). */
function questionsFromJson(text: string, t: TManagerWords): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(t("notJson"));
  }
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === "object" && Array.isArray((parsed as { questions?: unknown }).questions)) return (parsed as { questions: unknown[] }).questions;
  throw new Error(t("notArray"));
}

/** The question bank's actions: create, edit, preview, (de)activate, export, import, AI drafts. */
export function QuestionManager({ questions, aiConfigured }: { questions: TAdminQuestion[]; aiConfigured: boolean }) {
  const utils = api.useUtils();
  const router = useRouter();
  const t = useTranslations("admin-questions.translations");
  const tm = useTranslations("admin-questions.manager");
  const tv = useTranslations("vocabulary");
  const failureText = useFailureText();
  const locale = useLocale();
  const count = (value: number) => formatCount(value, locale);
  const [dialog, setDialog] = useState<TDialog>(null);
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const toggle = api.admin.updateQuestion.useMutation();
  const importing = api.admin.importQuestions.useMutation();

  function succeed(text: string) {
    setProblem(null);
    setMessage(text);
    router.refresh();
  }

  function fail(text: string) {
    setMessage("");
    setProblem(text);
  }

  async function onExport() {
    if (exporting) return;
    setExporting(true);
    try {
      const rows = await utils.admin.exportQuestions.fetch(undefined, { staleTime: 0 });
      const name = `rehearse-questions-${new Date().toISOString().slice(0, 10)}.json`;
      saveJsonFile(rows, name);
      setProblem(null);
      setMessage(tm("exported", { count: rows.length, file: name }));
    } catch (error) {
      fail(failureText(error));
    } finally {
      setExporting(false);
    }
  }

  async function onImportFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file || importing.isPending) return;
    let items: unknown[];
    try {
      items = questionsFromJson(await file.text(), tm);
    } catch (error) {
      fail(tm("fileProblem", { file: file.name, problem: error instanceof Error ? error.message : tm("unreadable") }));
      return;
    }
    importing.mutate(
      { questions: items },
      {
        onSuccess: ({ created, updated }) => succeed(tm("imported", { file: file.name, created: count(created), updated: count(updated) })),
        onError: (error) => fail(tm("notImported", { file: file.name, error: failureText(error) })),
      },
    );
  }

  function onToggle(question: TAdminQuestion) {
    if (toggle.isPending) return;
    toggle.mutate(
      { id: question.id, changes: { active: !question.active } },
      {
        onSuccess: () => succeed(tm("toggled", { active: String(question.active), slug: question.slug })),
        onError: (error) => fail(failureText(error)),
      },
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => setDialog({ kind: "create" })} className={buttonClass("primary", { size: "sm" })}>
          {tm("newQuestion")}
        </button>
        <SubmitButton type="button" variant="secondary" size="sm" pending={exporting} pendingLabel={tm("exporting")} onClick={() => void onExport()}>
          {tm("export")}
        </SubmitButton>
        <SubmitButton type="button" variant="secondary" size="sm" pending={importing.isPending} pendingLabel={tm("importing")} onClick={() => fileInput.current?.click()}>
          {tm("import")}
        </SubmitButton>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-questions-file"
          onChange={(event) => void onImportFile(event)}
        />
        {aiConfigured ? (
          <GenerateDrafts onCreated={(created) => succeed(tm("draftsAdded", { count: created }))} />
        ) : (
          <>
            <DisabledButton reasonId="generate-drafts-reason">{tm("generate")}</DisabledButton>
            <span id="generate-drafts-reason" className="text-sm text-slate-600">
              {tm("generateOff")}
            </span>
          </>
        )}
      </div>

      <div role="status" className={message ? "rounded-lg border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-900" : undefined}>
        {message}
      </div>
      {problem ? <FormAlert focusOnShow={false}>{problem}</FormAlert> : null}

      {questions.length === 0 ? (
        <p className="rounded-xl bg-white p-8 text-center text-slate-700 ring-1 ring-slate-200">{tm("empty")}</p>
      ) : (
        <>
          {/* On a phone the table scrolls sideways in its frame (nothing else shows it); its first column narrows so each row's actions stay on screen. */}
          <p className="text-xs text-slate-600 sm:hidden">{tm("scrollHint")}</p>
          <div role="region" aria-labelledby="questions-table-caption" tabIndex={0} className="relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full min-w-[60rem] text-left text-sm">
              <caption id="questions-table-caption" className="sr-only">
                {tm("caption")}
              </caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">{tm("question")}</th>
                  <th scope="col" className="px-2 py-3 font-semibold">
                    <span className="sr-only">{tm("actions")}</span>
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">{tm("trackLevel")}</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">{tm("difficulty")}</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">{tm("usedIn")}</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">{tm("avgScore")}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{tm("status")}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t("column")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {questions.map((question) => (
                  <tr key={question.id} className="align-top">
                    <th scope="row" className="w-48 min-w-[12rem] px-4 py-3 font-normal sm:w-[24rem]">
                      <span data-user-content translate="no" className="block break-all font-mono text-xs text-slate-600">
                        {question.slug}
                      </span>
                      <span data-user-content className="mt-0.5 line-clamp-2 text-slate-900">{question.text}</span>
                    </th>
                    <td className="px-2 py-3">
                      <span className="flex flex-col items-stretch gap-1">
                        <button type="button" onClick={() => setDialog({ kind: "edit", question })} className={ROW_BUTTON}>
                          {tm("edit")}
                          <span data-user-content translate="no" className="sr-only">
                            {" "}
                            {question.slug}
                          </span>
                        </button>
                        <button type="button" onClick={() => setDialog({ kind: "preview", question })} className={ROW_BUTTON}>
                          {tm("preview")}
                          <span data-user-content translate="no" className="sr-only">
                            {" "}
                            {question.slug}
                          </span>
                        </button>
                        <button type="button" onClick={() => setDialog({ kind: "translate", question })} className={ROW_BUTTON}>
                          {t("open")}
                          <span data-user-content translate="no" className="sr-only">
                            {" "}
                            {question.slug}
                          </span>
                        </button>
                        {question.track === "coding" ? (
                          <button type="button" onClick={() => setDialog({ kind: "coding", question })} className={ROW_BUTTON}>
                            {tm("tests")}
                            <span className="sr-only"> {tm("testsOf", { slug: question.slug })}</span>
                          </button>
                        ) : null}
                        <button
                          type="button"
                          aria-disabled={(toggle.isPending && toggle.variables?.id === question.id) || undefined}
                          onClick={() => onToggle(question)}
                          className={ROW_BUTTON}
                        >
                          {toggle.isPending && toggle.variables?.id === question.id ? (question.active ? tm("deactivating") : tm("activating")) : question.active ? tm("deactivate") : tm("activate")}
                          <span data-user-content translate="no" className="sr-only">
                            {" "}
                            {question.slug}
                          </span>
                        </button>
                      </span>
                    </td>
                    <td className="px-4 py-3 text-slate-700">
                      {(TRACKS as readonly string[]).includes(question.track) ? tv(`tracks.${question.track as TTrack}`) : question.track}
                      <span className="block text-slate-600">{(LEVELS as readonly string[]).includes(question.level) ? tv(`levels.${question.level as TLevel}`) : question.level}</span>
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{tm("difficultyValue", { difficulty: question.difficulty })}</td>
                    <td className="px-4 py-3 text-right tabular-nums">
                      {count(question.uses)} <span className="text-slate-600">{tm("uses", { count: question.uses })}</span>
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{question.averageScore === null ? "—" : tm("outOf100", { score: count(question.averageScore) })}</td>
                    <td className="px-4 py-3">
                      <Badge tone={question.active ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}>{question.active ? tm("active") : tm("inactive")}</Badge>
                    </td>
                    <td className="px-4 py-3">
                      <TranslationBadges statuses={question.translations} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <AdminDialog
        open={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialogTitle(dialog, tm, (slug) => t("dialogTitle", { slug }))}
        subject={dialog && dialog.kind !== "create" ? dialog.question.slug : undefined}
      >
        {dialog?.kind === "create" || dialog?.kind === "edit" ? (
          <QuestionForm
            key={dialog.kind === "edit" ? dialog.question.id : "new"}
            question={dialog.kind === "edit" ? dialog.question : undefined}
            onCancel={() => setDialog(null)}
            onSaved={(text) => {
              setDialog(null);
              succeed(text);
            }}
          />
        ) : dialog?.kind === "preview" ? (
          <QuestionPreview question={dialog.question} />
        ) : dialog?.kind === "translate" ? (
          <QuestionTranslations key={dialog.question.id} question={dialog.question} />
        ) : dialog?.kind === "coding" ? (
          <CodingSpecEditor
            questionId={dialog.question.id}
            onCancel={() => setDialog(null)}
            onSaved={(text) => {
              setDialog(null);
              succeed(text);
            }}
          />
        ) : null}
      </AdminDialog>
    </div>
  );
}
