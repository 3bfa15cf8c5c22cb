"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { FormAlert } from "@/app/_components/form-alert";
import { PageSkeleton } from "@/app/_components/page-skeleton";
import type { TAdminQuestion } from "@/app/_components/admin/types";
import { api } from "@/app/_trpc/client";
import { TRANSLATION_LANGUAGES, type TTranslationLanguage } from "@/server/contracts/question-translations";
import { LANGUAGE_NATIVE_NAMES } from "@/server/contracts/vocabulary/languages";
import { TranslationForm } from "./translation-form";

function TranslationPanel({ question, language }: { question: TAdminQuestion; language: TTranslationLanguage }) {
  const t = useTranslations("admin-questions.translations");
  const query = api.admin.questionTranslation.useQuery({ questionId: question.id, language });
  if (query.isPending) return <PageSkeleton label={t("loading")} width="none" blocks={[{ box: "h-64" }]} />;
  if (query.isError) {
    return (
      <div className="space-y-3">
        <FormAlert focusOnShow={false}>{t("loadError")}</FormAlert>
        <button type="button" className={buttonClass("secondary", { size: "sm" })} onClick={() => void query.refetch()}>
          {t("retry")}
        </button>
      </div>
    );
  }
  return <TranslationForm question={question} translation={query.data} />;
}

/** A tab per language (arrow keys move between them), each with its own form. */
export function QuestionTranslations({ question }: { question: TAdminQuestion }) {
  const t = useTranslations("admin-questions.translations");
  const firstMissing = TRANSLATION_LANGUAGES.find((language) => question.translations[language] !== "complete");
  // Open on the first language that still needs work (ru when every one is translated).
  const [language, setLanguage] = useState<TTranslationLanguage>(firstMissing ?? TRANSLATION_LANGUAGES[0]!);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const tabId = (code: TTranslationLanguage) => `translation-tab-${question.id}-${code}`;
  const panelId = `translation-panel-${question.id}`;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = (TRANSLATION_LANGUAGES.indexOf(language) + step + TRANSLATION_LANGUAGES.length) % TRANSLATION_LANGUAGES.length;
    setLanguage(TRANSLATION_LANGUAGES[index]!);
    tabs.current[index]?.focus();
  }

  return (
    <div className="space-y-4">
      <div role="tablist" aria-label={t("tabsLabel")} className="flex gap-2 border-b border-slate-200" onKeyDown={onKeyDown}>
        {TRANSLATION_LANGUAGES.map((code, index) => (
          <button
            key={code}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            id={tabId(code)}
            type="button"
            role="tab"
            aria-selected={code === language}
            aria-controls={panelId}
            tabIndex={code === language ? 0 : -1}
            onClick={() => setLanguage(code)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${code === language ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}
          >
            {LANGUAGE_NATIVE_NAMES[code]}
            <span className="ml-1 text-xs text-slate-600">({t(`status.${question.translations[code]}`)})</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(language)}>
        <TranslationPanel key={language} question={question} language={language} />
      </div>
    </div>
  );
}

const BADGE = { none: "bg-amber-100 text-amber-900", partial: "bg-sky-100 text-sky-900", complete: "bg-green-100 text-green-900" } as const;

/** The list's column: each language's status, so a missing translation is visible at a glance. */
export function TranslationBadges({ statuses }: { statuses: TAdminQuestion["translations"] }) {
  const t = useTranslations("admin-questions.translations");
  return (
    <span className="flex flex-wrap gap-1">
      {TRANSLATION_LANGUAGES.map((code) => (
        <span key={code} className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${BADGE[statuses[code]]}`}>
          {t("badge", { language: code.toUpperCase(), status: t(`status.${statuses[code]}`) })}
        </span>
      ))}
    </span>
  );
}
