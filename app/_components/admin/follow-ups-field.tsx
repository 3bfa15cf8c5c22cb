"use client";

import { useTranslations } from "next-intl";
import { dimensionName } from "@/app/_components/dimension-name";
import { FieldError } from "@/app/_components/field-error";
import { describedBy, inputClass } from "@/app/_components/field-styles";
import { followUpDimensions, MAX_FOLLOW_UPS, type TFollowUp } from "@/server/contracts/vocabulary/follow-ups";
import { TRACKS, type TTrack } from "@/server/contracts/vocabulary/tracks";

interface FollowUpsFieldProps {
  /** The id of the first row's text box (where focus goes on an error) and the base of the others. */
  id: string;
  track: string;
  value: TFollowUp[];
  onChange: (next: TFollowUp[]) => void;
  error?: string;
}

/**
 * The follow-ups of a question: each row a question an interviewer asks next and the rubric
 * dimension it probes (the dimensions of the chosen track). Up to MAX_FOLLOW_UPS rows.
 */
export function FollowUpsField({ id, track, value, onChange, error }: FollowUpsFieldProps) {
  const hintId = `${id}-hint`;
  const t = useTranslations("admin-questions.followUps");
  const tv = useTranslations("vocabulary");
  const errorId = error ? `${id}-error` : undefined;
  const dimensions = (TRACKS as readonly string[]).includes(track) ? followUpDimensions(track as TTrack) : [];
  const rowId = (index: number) => (index === 0 ? id : `${id}-${index}`);

  function update(index: number, changes: Partial<TFollowUp>) {
    onChange(value.map((item, i) => (i === index ? { ...item, ...changes } : item)));
  }

  function remove(index: number) {
    onChange(value.filter((_, i) => i !== index));
    // Focus would fall to <body> with the removed row; keep it in the list.
    requestAnimationFrame(() => document.getElementById(value.length > 1 ? rowId(Math.max(0, index - 1)) : `${id}-add`)?.focus());
  }

  function add() {
    onChange([...value, { text: "", dimension: "" }]);
    requestAnimationFrame(() => document.getElementById(rowId(value.length))?.focus());
  }

  return (
    <fieldset aria-describedby={describedBy(errorId, hintId)}>
      <legend className="block text-sm font-medium text-slate-900">
        {t("legend")} <span className="font-normal text-slate-600">{t("optional")}</span>
      </legend>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {t("hint", { max: MAX_FOLLOW_UPS })}
      </p>
      {value.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("none")}</p> : null}
      <ol className="mt-2 space-y-3">
        {value.map((item, index) => (
          <li key={index} className="grid gap-2 rounded-lg border border-slate-200 p-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
            <div>
              <label htmlFor={rowId(index)} className="block text-sm text-slate-800">
                {t("row", { number: index + 1 })}
              </label>
              <input
                id={rowId(index)}
                type="text"
                maxLength={300}
                autoComplete="off"
                value={item.text}
                onChange={(event) => update(index, { text: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={errorId}
                className={inputClass(Boolean(error))}
              />
            </div>
            <div>
              <label htmlFor={`${rowId(index)}-dimension`} className="block text-sm text-slate-800">
                {t("probes")}
              </label>
              <select
                id={`${rowId(index)}-dimension`}
                value={item.dimension}
                onChange={(event) => update(index, { dimension: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={errorId}
                className={inputClass(Boolean(error))}
              >
                <option value="">{dimensions.length > 0 ? t("choose") : t("chooseTrack")}</option>
                {dimensions.map((dimension) => (
                  <option key={dimension.key} value={dimension.key}>
                    {dimensionName(tv, dimension.key, dimension.label)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" onClick={() => remove(index)} className="rounded-lg px-3 py-2.5 text-sm font-medium text-red-800 hover:bg-red-50">
              <span aria-hidden="true">{t("remove")}</span>
              <span className="sr-only">{t("removeRow", { number: index + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      {value.length < MAX_FOLLOW_UPS ? (
        <button id={`${id}-add`} type="button" onClick={add} className="mt-2 rounded-lg px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50">
          {t("add")}
        </button>
      ) : null}
      {error && errorId ? <FieldError id={errorId} message={error} /> : null}
    </fieldset>
  );
}
