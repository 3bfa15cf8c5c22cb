import Form from "next/form";
import { useTranslations } from "next-intl";
import { SelectField } from "@/app/_components/select-field";
import { FilterActions, LEVEL_OPTIONS, TRACK_OPTIONS, VocabularyOptions } from "@/app/_components/vocabulary-options";
import { INTERVIEW_STATUSES } from "@/server/contracts/vocabulary/statuses";
import { STATUS_NAMES } from "@/app/_components/interview-words";
import { hasFilters, type THistoryQuery } from "./history-query";

/**
 * A plain GET form: without JavaScript the browser submits it to /history?…; with it, next/form
 * navigates on the client. Applying filters starts again from the newest page (no cursor field).
 */
const STATUS_OPTIONS = INTERVIEW_STATUSES.map((status) => [status, STATUS_NAMES[status]] as const);

export function FilterForm({ query }: { query: THistoryQuery }) {
  const t = useTranslations("history.filter");
  return (
    <Form action="/history" aria-label={t("label")} className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 sm:p-5">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id="filter-track" name="track" label={t("track")} defaultValue={query.track ?? ""}>
          <VocabularyOptions options={TRACK_OPTIONS} emptyLabel={t("allTracks")} />
        </SelectField>
        <SelectField id="filter-level" name="level" label={t("level")} defaultValue={query.level ?? ""}>
          <VocabularyOptions options={LEVEL_OPTIONS} emptyLabel={t("allLevels")} />
        </SelectField>
        <SelectField id="filter-status" name="status" label={t("status")} defaultValue={query.status ?? ""}>
          <VocabularyOptions options={STATUS_OPTIONS} emptyLabel={t("anyStatus")} />
        </SelectField>
      </div>
      <FilterActions submitLabel={t("apply")} clearHref="/history" filtered={hasFilters(query)} />
    </Form>
  );
}
