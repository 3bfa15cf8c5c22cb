"use client";

import { useTranslations } from "next-intl";
import type { KeyboardEvent } from "react";
import { useController } from "react-hook-form";
import { buttonClass } from "@/app/_components/button-styles";
import { FieldError } from "@/app/_components/field-error";
import { describedBy, inputClass } from "@/app/_components/field-styles";
import { useFieldId } from "@/app/_components/form/form";
import { MAX_FOCUS_TAGS } from "@/server/contracts/interviews";
import { useTopicName } from "@/app/_components/topic-name";
import { withTypedTags } from "./start-form-schema";

interface FocusTagsFieldProps {
  trackName: string;
  /** A few tags the track's questions have plenty of, shown as toggles. */
  suggested: readonly string[];
  /** What is typed in the add field, not yet a tag (the form adds it when it is submitted). */
  draft: string;
  onDraftChange: (draft: string) => void;
}

/**
 * Optional focus tags of the start form (the form's `focusTags`): suggested toggles, the candidate's own
 * tags, and a field to add one. No cap here: more than the contract allows gets its message on submit.
 */
export function FocusTagsField({ trackName, suggested, draft, onDraftChange }: FocusTagsFieldProps) {
  const t = useTranslations("practice.tags");
  const tagLabel = useTopicName();
  const inputId = useFieldId("focusTags");
  const {
    field: { value, onChange, ref: inputRef },
    fieldState,
  } = useController<{ focusTags?: string[] }, "focusTags">({ name: "focusTags" });
  const tags = value ?? [];
  const error = fieldState.error?.message;
  const onToggle = (tag: string) => onChange(tags.includes(tag) ? tags.filter((item) => item !== tag) : [...tags, tag]);
  const onAdd = (raw: string) => onChange(withTypedTags(tags, raw));
  const customTags = tags.filter((tag) => !suggested.includes(tag));
  return (
    <fieldset aria-describedby={describedBy(error && "focus-tags-error", "focus-tags-hint")}>
      <legend className="text-lg font-semibold text-slate-900">
        {t("legend")} <span className="text-sm font-normal text-slate-600">{t("optional")}</span>
      </legend>
      <p id="focus-tags-hint" className="mt-1 text-sm text-slate-600">
        {t("hint", { max: MAX_FOCUS_TAGS })}
      </p>
      <div role="group" aria-label={t("suggested", { track: trackName })} className="mt-3 flex flex-wrap gap-2">
        {suggested.map((tag) => {
          const on = tags.includes(tag);
          return (
            <button
              key={tag}
              type="button"
              aria-pressed={on}
              onClick={() => onToggle(tag)}
              className={`inline-flex items-center gap-1 rounded-full border px-3 py-1.5 text-sm font-medium ${
                on ? "border-brand-700 bg-brand-700 text-white hover:bg-brand-900" : "border-slate-400 bg-white text-slate-800 hover:bg-slate-50"
              }`}
            >
              <span aria-hidden="true">{on ? "✓" : "+"}</span>
              {tagLabel(tag)}
            </button>
          );
        })}
      </div>
      {customTags.length > 0 ? (
        <ul aria-label={t("yours")} className="mt-3 flex flex-wrap gap-2">
          {customTags.map((tag) => (
            <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-brand-700 py-1 pl-3 pr-1 text-sm font-medium text-white">
              {tagLabel(tag)}
              <button
                type="button"
                onClick={() => onToggle(tag)}
                className="flex h-6 w-6 items-center justify-center rounded-full hover:bg-brand-900"
                aria-label={t("remove", { tag: tagLabel(tag) })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 max-w-md">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          {t("addLabel")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={inputId}
            ref={inputRef}
            type="text"
            value={draft}
            maxLength={200}
            placeholder={t("placeholder")}
            onChange={(event) => onDraftChange(event.target.value)}
            onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
              if (event.key === "Enter" || event.key === ",") {
                event.preventDefault();
                onAdd(draft);
                onDraftChange("");
              }
            }}
            aria-invalid={error ? true : undefined}
            className={inputClass(Boolean(error), "mt-0")}
          />
          <button
            type="button"
            onClick={() => {
              onAdd(draft);
              onDraftChange("");
            }}
            className={buttonClass("secondary", { extra: "flex-none" })}
          >
            {t("add")}
          </button>
        </div>
      </div>
      {error ? <FieldError id="focus-tags-error" message={error} /> : null}
    </fieldset>
  );
}
