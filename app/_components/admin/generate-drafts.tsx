"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { api } from "@/app/_trpc/client";
import { useFailureText } from "../form/use-form-error-text";
import type { TLevel, TTrack } from "@/server/contracts/vocabulary/tracks";
import { buttonClass } from "../button-styles";
import { LEVEL_OPTIONS, TRACK_OPTIONS, VocabularyOptions, type TOptions } from "../vocabulary-options";

/** Asks the configured model for inactive drafts of a track and level; they appear in the list for review. */
export function GenerateDrafts({ onCreated }: { onCreated: (created: number) => void }) {
  const id = useId();
  const [track, setTrack] = useState<TTrack>("software_engineering");
  const [level, setLevel] = useState<TLevel>("mid");
  const generate = api.admin.generateDrafts.useMutation();
  const t = useTranslations("admin-questions.drafts");
  const failureText = useFailureText();

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("group")}>
      <CompactSelect id={`${id}-track`} label={t("track")} value={track} onChange={(value) => setTrack(value as TTrack)} options={TRACK_OPTIONS} />
      <CompactSelect id={`${id}-level`} label={t("level")} value={level} onChange={(value) => setLevel(value as TLevel)} options={LEVEL_OPTIONS} />
      <button
        type="button"
        className={buttonClass("secondary", { size: "sm" })}
        aria-disabled={generate.isPending}
        onClick={() => {
          if (generate.isPending) return;
          generate.mutate({ track, level, count: 5 }, { onSuccess: (result) => onCreated(result.created) });
        }}
      >
        {generate.isPending ? t("generating") : t("generate")}
      </button>
      {generate.isError ? (
        <span role="alert" className="text-sm text-red-700">
          {failureText(generate.error)}
        </span>
      ) : null}
    </div>
  );
}

/** A small select whose name is for screen readers only (the toolbar's buttons say what it is for). */
function CompactSelect({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (value: string) => void; options: TOptions }) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900">
        <VocabularyOptions options={options} />
      </select>
    </>
  );
}
