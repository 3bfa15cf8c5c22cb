import Form from "next/form";
import Link from "next/link";
import { buttonClass } from "@/app/_components/button-styles";
import { SelectField } from "@/app/_components/select-field";
import { LEVEL_NAMES, LEVELS, TRACK_NAMES, TRACKS } from "@/server/contracts/vocabulary/tracks";
import { INTERVIEW_STATUSES } from "@/server/contracts/vocabulary/statuses";
import { STATUS_NAMES } from "@/app/_components/interview-words";
import { hasFilters, type THistoryQuery } from "./history-query";

/**
 * A plain GET form: without JavaScript the browser submits it to /history?…; with it, next/form
 * navigates on the client. Applying filters starts again from the newest page (no cursor field).
 */
export function FilterForm({ query }: { query: THistoryQuery }) {
  return (
    <Form action="/history" aria-label="Filter interviews" className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 sm:p-5">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id="filter-track" name="track" label="Track" defaultValue={query.track ?? ""}>
          <option value="">All tracks</option>
          {TRACKS.map((track) => (
            <option key={track} value={track}>
              {TRACK_NAMES[track]}
            </option>
          ))}
        </SelectField>
        <SelectField id="filter-level" name="level" label="Level" defaultValue={query.level ?? ""}>
          <option value="">All levels</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_NAMES[level]}
            </option>
          ))}
        </SelectField>
        <SelectField id="filter-status" name="status" label="Status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          {INTERVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_NAMES[status]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary", { size: "sm" })}>
          Apply filters
        </button>
        {hasFilters(query) ? (
          <Link href="/history" className="rounded text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline">
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
