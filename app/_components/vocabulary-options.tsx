import Link from "next/link";
import { useTranslations } from "next-intl";
import { INTERVIEW_STATUSES, type TInterviewStatus } from "@/server/contracts/vocabulary/statuses";
import { LEVELS, LEVEL_NAMES, TRACKS, TRACK_NAMES, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { buttonClass } from "./button-styles";

export type TOptions = ReadonlyArray<readonly [value: string, label: string]>;

export const TRACK_OPTIONS: TOptions = TRACKS.map((track) => [track, TRACK_NAMES[track]] as const);
export const LEVEL_OPTIONS: TOptions = LEVELS.map((level) => [level, LEVEL_NAMES[level]] as const);

const isTrack = (value: string): value is TTrack => (TRACKS as readonly string[]).includes(value);
const isLevel = (value: string): value is TLevel => (LEVELS as readonly string[]).includes(value);
const isStatus = (value: string): value is TInterviewStatus => (INTERVIEW_STATUSES as readonly string[]).includes(value);

/**
 * The <option>s of a select over a fixed vocabulary; `emptyLabel` adds a first "any" option with value "".
 * Track, level and interview-status options show their name in the interface language (#18).
 */
export function VocabularyOptions({ options, emptyLabel }: { options: TOptions; emptyLabel?: string }) {
  const tv = useTranslations("vocabulary");
  const name = (value: string, label: string): string => {
    if (label === TRACK_NAMES[value as TTrack] && isTrack(value)) return tv(`tracks.${value}`);
    if (label === LEVEL_NAMES[value as TLevel] && isLevel(value)) return tv(`levels.${value}`);
    if (isStatus(value)) return tv(`statuses.${value}`);
    return label;
  };
  return (
    <>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {name(value, label)}
        </option>
      ))}
    </>
  );
}

/** A GET filter form's buttons: submit, and "Clear filters" back to the bare page while any is set. */
export function FilterActions({ submitLabel, clearHref, filtered }: { submitLabel: string; clearHref: string; filtered: boolean }) {
  const t = useTranslations("common");
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3">
      <button type="submit" className={buttonClass("primary", { size: "sm" })}>
        {submitLabel}
      </button>
      {filtered ? (
        <Link href={clearHref} className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
          {t("clearFilters")}
        </Link>
      ) : null}
    </div>
  );
}
