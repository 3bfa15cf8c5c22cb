import Link from "next/link";
import { LEVELS, LEVEL_NAMES, TRACKS, TRACK_NAMES } from "@/server/contracts/vocabulary/tracks";
import { buttonClass } from "./button-styles";

export type TOptions = ReadonlyArray<readonly [value: string, label: string]>;

export const TRACK_OPTIONS: TOptions = TRACKS.map((track) => [track, TRACK_NAMES[track]] as const);
export const LEVEL_OPTIONS: TOptions = LEVELS.map((level) => [level, LEVEL_NAMES[level]] as const);

/** The <option>s of a select over a fixed vocabulary; `emptyLabel` adds a first "any" option with value "". */
export function VocabularyOptions({ options, emptyLabel }: { options: TOptions; emptyLabel?: string }) {
  return (
    <>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

/** A GET filter form's buttons: submit, and "Clear filters" back to the bare page while any is set. */
export function FilterActions({ submitLabel, clearHref, filtered }: { submitLabel: string; clearHref: string; filtered: boolean }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3">
      <button type="submit" className={buttonClass("primary", { size: "sm" })}>
        {submitLabel}
      </button>
      {filtered ? (
        <Link href={clearHref} className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
          Clear filters
        </Link>
      ) : null}
    </div>
  );
}
