"use client";

import { useTranslations } from "next-intl";
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

/** A radio of the group bound to the form's field `name`: the group's first radio carries the field's id (focus on error). */
function useRadio(name: "track" | "level") {
  const { register } = useFormContext();
  const firstId = useFieldId(name);
  return (value: string, index: number) => ({ id: index === 0 ? firstId : undefined, type: "radio" as const, value, ...register(name) });
}

const LEGEND_CLASS = "text-lg font-semibold text-slate-900";

export function TrackField({ tracks }: { tracks: TTrackInfo[] }) {
  const t = useTranslations("practice.track");
  const tv = useTranslations("vocabulary");
  const radio = useRadio("track");
  return (
    <fieldset>
      <legend className={LEGEND_CLASS}>{t("legend")}</legend>
      <p className="mt-1 text-sm text-slate-600">{t("hint")}</p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {tracks.map((item, index) => (
          <label
            key={item.id}
            className="flex cursor-pointer gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-700"
          >
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
      </div>
    </fieldset>
  );
}

export function LevelField() {
  const t = useTranslations("practice.level");
  const tv = useTranslations("vocabulary");
  const radio = useRadio("level");
  return (
    <fieldset>
      <legend className={LEGEND_CLASS}>{t("legend")}</legend>
      <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {LEVELS.map((item, index) => (
          <label
            key={item}
            className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2.5 hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-700"
          >
            <input {...radio(item, index)} className="h-4 w-4 flex-none accent-brand-700" />
            <span>
              <span className="block text-sm font-semibold text-slate-900">{tv(`levels.${item}`)}</span>
              <span className="block text-xs text-slate-600">{t(`hints.${item}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
