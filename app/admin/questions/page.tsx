import Form from "next/form";
import { getLocale, getTranslations } from "next-intl/server";
import { formatCount } from "@/app/_components/format";
import { firstParam, hrefWith, pageParam } from "@/app/_components/search-params";
import { adminMetadata } from "@/app/_components/admin/admin-metadata";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { Pagination } from "@/app/_components/admin/pagination";
import { QuestionManager } from "@/app/_components/admin/question-manager";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { serverCaller } from "@/app/_trpc/server";
import { LEVELS, TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { TRANSLATION_LANGUAGES, type TTranslationLanguage } from "@/server/contracts/question-translations";
import { LANGUAGE_NATIVE_NAMES } from "@/server/contracts/vocabulary/languages";
import { FilterActions, LEVEL_OPTIONS, TRACK_OPTIONS, VocabularyOptions } from "@/app/_components/vocabulary-options";

export const generateMetadata = adminMetadata("questions");

const PAGE_SIZE = 25;

type TSearchParams = Record<string, string | string[] | undefined>;

function parseQuery(params: TSearchParams) {
  const q = firstParam(params.q)?.trim().slice(0, 200) || undefined;
  const trackParam = firstParam(params.track);
  const levelParam = firstParam(params.level);
  const activeParam = firstParam(params.active);
  const missingParam = firstParam(params.missing);
  return {
    q,
    track: (TRACKS as readonly string[]).includes(trackParam ?? "") ? (trackParam as TTrack) : undefined,
    level: (LEVELS as readonly string[]).includes(levelParam ?? "") ? (levelParam as TLevel) : undefined,
    active: activeParam === "true" || activeParam === "false" ? activeParam : undefined,
    missing: (TRANSLATION_LANGUAGES as readonly string[]).includes(missingParam ?? "") ? (missingParam as TTranslationLanguage) : undefined,
    page: pageParam(params.page),
  };
}

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const query = parseQuery(await searchParams);
  await requireAdmin();
  const [api, t, tp, locale, titles] = await Promise.all([serverCaller(), getTranslations("admin-questions.filter"), getTranslations("admin-questions.page"), getLocale(), getTranslations("admin.titles")]);
  const [result, capabilities] = await Promise.all([
    api.admin.questions({
      query: query.q,
      track: query.track,
      level: query.level,
      active: query.active === undefined ? undefined : query.active === "true",
      missingTranslation: query.missing,
      limit: PAGE_SIZE,
      offset: (query.page - 1) * PAGE_SIZE,
    }),
    api.admin.capabilities(),
  ]);
  const filtered = Boolean(query.q || query.track || query.level || query.active || query.missing);
  const pageHref = (page: number) =>
    hrefWith("/admin/questions", { q: query.q, track: query.track, level: query.level, active: query.active, missing: query.missing, page: page > 1 ? page : undefined });

  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={titles("questions")}
        description={tp("description")}
      />

      <Form action="/admin/questions" aria-label={tp("searchLabel")} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
        {/* Three to a row at most: in one row of five, the selects cut their longest option ("Включённые и отключённые"). */}
        <div className="grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <TextField id="questions-q" name="q" type="search" label={tp("search")} hint={tp("searchHint")} defaultValue={query.q ?? ""} />
          <SelectField id="questions-track" name="track" label={tp("track")} defaultValue={query.track ?? ""}>
            <VocabularyOptions options={TRACK_OPTIONS} emptyLabel={tp("allTracks")} />
          </SelectField>
          <SelectField id="questions-level" name="level" label={tp("level")} defaultValue={query.level ?? ""}>
            <VocabularyOptions options={LEVEL_OPTIONS} emptyLabel={tp("allLevels")} />
          </SelectField>
          <SelectField id="questions-active" name="active" label={tp("status")} defaultValue={query.active ?? ""}>
            <option value="">{tp("activeAndInactive")}</option>
            <option value="true">{tp("active")}</option>
            <option value="false">{tp("inactive")}</option>
          </SelectField>
          <SelectField id="questions-missing" name="missing" label={t("label")} defaultValue={query.missing ?? ""}>
            <option value="">{t("any")}</option>
            {TRANSLATION_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t("missing", { language: LANGUAGE_NATIVE_NAMES[language] })}
              </option>
            ))}
          </SelectField>
        </div>
        <FilterActions submitLabel={tp("search")} clearHref="/admin/questions" filtered={filtered} />
      </Form>

      <section aria-labelledby="questions-results" className="space-y-4">
        <h2 id="questions-results" className="text-sm font-medium text-slate-700" aria-live="polite">
          {result.questions.length === 0
            ? tp("none")
            : tp("range", {
                total: result.total,
                from: formatCount((query.page - 1) * PAGE_SIZE + 1, locale),
                to: formatCount((query.page - 1) * PAGE_SIZE + result.questions.length, locale),
              })}
        </h2>
        <QuestionManager questions={result.questions} aiConfigured={capabilities.aiConfigured} />
        <Pagination
          label={tp("pages")}
          previous={query.page > 1 ? pageHref(query.page - 1) : null}
          next={query.page * PAGE_SIZE < result.total ? pageHref(query.page + 1) : null}
        />
      </section>
    </div>
  );
}
