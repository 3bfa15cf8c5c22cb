"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { dimensionName } from "@/app/_components/dimension-name";
import { useFieldId } from "@/app/_components/form/form";
import { LEVELS, type TTrack } from "@/server/contracts/vocabulary/tracks";

/** The track and level pickers of the start form: radio cards bound to the surrounding <Form>, the first radio carrying the field's id. */
export interface TTrackInfo {
  id: TTrack;
  name: string;
  dimensions: Array<{ key: string; label: string; max: number }>;
}

/**
 * A radio of the group bound to the form's field `name`: the group's first radio carries the field's id (focus on error).
 * The default is rendered as `defaultChecked` too: react-hook-form checks it only once the page has hydrated, and
 * until then the server's HTML showed no choice, so a Tab into the group landed on its first radio and stayed
 * there when the default (software engineering) was checked a moment later.
 */
function useRadio(name: "track" | "level") {
  const { register, formState } = useFormContext();
  const firstId = useFieldId(name);
  const chosen: unknown = formState.defaultValues?.[name];
  return (value: string, index: number) => ({ id: index === 0 ? firstId : undefined, type: "radio" as const, value, defaultChecked: chosen === value, ...register(name) });
}

/** A choice card: a label around its radio, outlined in the brand colour while checked. */
const CARD_CLASS =
  "flex cursor-pointer border border-slate-300 bg-white hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-700";

/** One radio group of the start form: the legend (and a hint) over a grid of choice cards. */
function ChoiceGroup({ legend, hint, gridClass, children }: { legend: string; hint?: string; gridClass: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="text-lg font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="mt-1 text-sm text-slate-600">{hint}</p> : null}
      <div className={`mt-3 grid ${gridClass}`}>{children}</div>
    </fieldset>
  );
}

export function TrackField({ tracks }: { tracks: TTrackInfo[] }) {
  const t = useTranslations("practice.track");
  const tv = useTranslations("vocabulary");
  const radio = useRadio("track");
  return (
    <ChoiceGroup legend={t("legend")} hint={t("hint")} gridClass="gap-3 sm:grid-cols-2">
      {tracks.map((item, index) => (
        <label key={item.id} className={`${CARD_CLASS} gap-3 rounded-xl p-4 shadow-sm`}>
          <input {...radio(item.id, index)} aria-describedby={`track-${item.id}-dimensions`} className="mt-1 h-4 w-4 flex-none accent-brand-700" />
          <span className="min-w-0">
            <span className="block font-semibold text-slate-900">{tv(`tracks.${item.id}`)}</span>
            <span id={`track-${item.id}-dimensions`} className="mt-1 block text-sm text-slate-700">
              <span className="sr-only">{t("scoredOn")} </span>
              <span className="mt-1 flex flex-wrap gap-1.5">
                {item.dimensions.map((dimension) => (
                  <span key={dimension.key} className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300">
                    {dimensionName(tv, dimension.key, dimension.label)}
                    <span className="sr-only">,</span>
                  </span>
                ))}
              </span>
            </span>
          </span>
        </label>
      ))}
    </ChoiceGroup>
  );
}

export function LevelField() {
  const t = useTranslations("practice.level");
  const tv = useTranslations("vocabulary");
  const radio = useRadio("level");
  return (
    <ChoiceGroup legend={t("legend")} gridClass="grid-cols-2 gap-2 sm:grid-cols-4">
      {LEVELS.map((item, index) => (
        <label key={item} className={`${CARD_CLASS} items-center gap-2 rounded-lg px-3 py-2.5`}>
          <input {...radio(item, index)} className="h-4 w-4 flex-none accent-brand-700" />
          <span>
            <span className="block text-sm font-semibold text-slate-900">{tv(`levels.${item}`)}</span>
            <span className="block text-xs text-slate-600">{t(`hints.${item}`)}</span>
          </span>
        </label>
      ))}
    </ChoiceGroup>
  );
}
