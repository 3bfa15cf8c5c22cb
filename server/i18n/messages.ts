/**
 * The interface's message catalogs: server/i18n/messages/<locale>/<namespace>.json, one namespace per
 * area of the product. Imported statically so the English catalog types every key (app-config.d.ts)
 * and a Russian or Korean file missing a key fails type-checking (and messages.test.ts).
 *
 * Adding a namespace: write its three JSON files, import them below and add one row to NAMESPACES
 * (and to SERVER_ONLY_NAMESPACES when no client component uses it, which keeps it out of the page).
 */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import enCommon from "./messages/en/common.json";
import koCommon from "./messages/ko/common.json";
import ruCommon from "./messages/ru/common.json";
import enNav from "./messages/en/nav.json";
import koNav from "./messages/ko/nav.json";
import ruNav from "./messages/ru/nav.json";
import enVocabulary from "./messages/en/vocabulary.json";
import koVocabulary from "./messages/ko/vocabulary.json";
import ruVocabulary from "./messages/ru/vocabulary.json";
import enDashboard from "./messages/en/dashboard.json";
import koDashboard from "./messages/ko/dashboard.json";
import ruDashboard from "./messages/ru/dashboard.json";
import enInterview from "./messages/en/interview.json";
import koInterview from "./messages/ko/interview.json";
import ruInterview from "./messages/ru/interview.json";
import enAdminQuestions from "./messages/en/admin-questions.json";
import koAdminQuestions from "./messages/ko/admin-questions.json";
import ruAdminQuestions from "./messages/ru/admin-questions.json";
import enAdmin from "./messages/en/admin.json";
import koAdmin from "./messages/ko/admin.json";
import ruAdmin from "./messages/ru/admin.json";
import enAdminMetrics from "./messages/en/admin-metrics.json";
import koAdminMetrics from "./messages/ko/admin-metrics.json";
import ruAdminMetrics from "./messages/ru/admin-metrics.json";
import enAdminFlagged from "./messages/en/admin-flagged.json";
import koAdminFlagged from "./messages/ko/admin-flagged.json";
import ruAdminFlagged from "./messages/ru/admin-flagged.json";
import enAuth from "./messages/en/auth.json";
import koAuth from "./messages/ko/auth.json";
import ruAuth from "./messages/ru/auth.json";
import enErrors from "./messages/en/errors.json";
import koErrors from "./messages/ko/errors.json";
import ruErrors from "./messages/ru/errors.json";
import enFormErrors from "./messages/en/form-errors.json";
import koFormErrors from "./messages/ko/form-errors.json";
import ruFormErrors from "./messages/ru/form-errors.json";
import enComponents from "./messages/en/components.json";
import koComponents from "./messages/ko/components.json";
import ruComponents from "./messages/ru/components.json";
import enMarketing from "./messages/en/marketing.json";
import koMarketing from "./messages/ko/marketing.json";
import ruMarketing from "./messages/ru/marketing.json";
import enHelp from "./messages/en/help.json";
import koHelp from "./messages/ko/help.json";
import ruHelp from "./messages/ru/help.json";
import enSettings from "./messages/en/settings.json";
import koSettings from "./messages/ko/settings.json";
import ruSettings from "./messages/ru/settings.json";
import enPractice from "./messages/en/practice.json";
import koPractice from "./messages/ko/practice.json";
import ruPractice from "./messages/ru/practice.json";
import enHistory from "./messages/en/history.json";
import koHistory from "./messages/ko/history.json";
import ruHistory from "./messages/ru/history.json";
import enBilling from "./messages/en/billing.json";
import koBilling from "./messages/ko/billing.json";
import ruBilling from "./messages/ru/billing.json";
import enProgress from "./messages/en/progress.json";
import koProgress from "./messages/ko/progress.json";
import ruProgress from "./messages/ru/progress.json";
import enReport from "./messages/en/report.json";
import koReport from "./messages/ko/report.json";
import ruReport from "./messages/ru/report.json";
import enJobs from "./messages/en/jobs.json";
import koJobs from "./messages/ko/jobs.json";
import ruJobs from "./messages/ru/jobs.json";
import enDev from "./messages/en/dev.json";
import koDev from "./messages/ko/dev.json";
import ruDev from "./messages/ru/dev.json";
import enDocs from "./messages/en/docs.json";
import koDocs from "./messages/ko/docs.json";
import ruDocs from "./messages/ru/docs.json";
import enPasswordAdvice from "./messages/en/password-advice.json";
import koPasswordAdvice from "./messages/ko/password-advice.json";
import ruPasswordAdvice from "./messages/ru/password-advice.json";
import enVoice from "./messages/en/voice.json";
import koVoice from "./messages/ko/voice.json";
import ruVoice from "./messages/ru/voice.json";
import enProgressAdvice from "./messages/en/progress-advice.json";
import koProgressAdvice from "./messages/ko/progress-advice.json";
import ruProgressAdvice from "./messages/ru/progress-advice.json";
import enCode from "./messages/en/code.json";
import koCode from "./messages/ko/code.json";
import ruCode from "./messages/ru/code.json";

/** The English catalog is the reference: the other languages must have the same keys. */
function catalog<T>(en: T, translations: Record<Exclude<TLanguage, "en">, NoInfer<T>>): Record<TLanguage, T> {
  return { en, ...translations };
}

const NAMESPACES = {
  "admin-questions": catalog(enAdminQuestions, { ru: ruAdminQuestions, ko: koAdminQuestions }),
  admin: catalog(enAdmin, { ru: ruAdmin, ko: koAdmin }),
  "admin-metrics": catalog(enAdminMetrics, { ru: ruAdminMetrics, ko: koAdminMetrics }),
  "admin-flagged": catalog(enAdminFlagged, { ru: ruAdminFlagged, ko: koAdminFlagged }),
  common: catalog(enCommon, { ru: ruCommon, ko: koCommon }),
  nav: catalog(enNav, { ru: ruNav, ko: koNav }),
  vocabulary: catalog(enVocabulary, { ru: ruVocabulary, ko: koVocabulary }),
  dashboard: catalog(enDashboard, { ru: ruDashboard, ko: koDashboard }),
  interview: catalog(enInterview, { ru: ruInterview, ko: koInterview }),
  auth: catalog(enAuth, { ru: ruAuth, ko: koAuth }),
  errors: catalog(enErrors, { ru: ruErrors, ko: koErrors }),
  // The wording of form rules (errors.ts of the form kit reads it): sent only with the areas that have forms, not in every page's shell.
  "form-errors": catalog(enFormErrors, { ru: ruFormErrors, ko: koFormErrors }),
  components: catalog(enComponents, { ru: ruComponents, ko: koComponents }),
  marketing: catalog(enMarketing, { ru: ruMarketing, ko: koMarketing }),
  help: catalog(enHelp, { ru: ruHelp, ko: koHelp }),
  settings: catalog(enSettings, { ru: ruSettings, ko: koSettings }),
  practice: catalog(enPractice, { ru: ruPractice, ko: koPractice }),
  history: catalog(enHistory, { ru: ruHistory, ko: koHistory }),
  billing: catalog(enBilling, { ru: ruBilling, ko: koBilling }),
  progress: catalog(enProgress, { ru: ruProgress, ko: koProgress }),
  report: catalog(enReport, { ru: ruReport, ko: koReport }),
  jobs: catalog(enJobs, { ru: ruJobs, ko: koJobs }),
  dev: catalog(enDev, { ru: ruDev, ko: koDev }),
  docs: catalog(enDocs, { ru: ruDocs, ko: koDocs }),
  "password-advice": catalog(enPasswordAdvice, { ru: ruPasswordAdvice, ko: koPasswordAdvice }),
  voice: catalog(enVoice, { ru: ruVoice, ko: koVoice }),
  "progress-advice": catalog(enProgressAdvice, { ru: ruProgressAdvice, ko: koProgressAdvice }),
  code: catalog(enCode, { ru: ruCode, ko: koCode }),
};

export type TNamespace = keyof typeof NAMESPACES;
export type TMessages = { [N in TNamespace]: (typeof NAMESPACES)[N]["en"] };

/** Namespaces only server code reads (emails, printable report…): never sent to the browser. */
export const SERVER_ONLY_NAMESPACES: readonly TNamespace[] = ["dev", "docs", "progress-advice"];

/**
 * Namespaces only the candidate's pages (app/(app)) use in the browser: their layout adds them, so
 * the landing, sign-in and admin pages do not carry them (page weight, #18's 10% budget).
 */
export const CANDIDATE_NAMESPACES: readonly TNamespace[] = ["dashboard", "interview", "practice", "settings", "history", "progress", "billing", "jobs", "voice"];

/** The admin console's namespaces: only app/admin/layout.tsx sends them to the browser (scope "admin"). */
export const ADMIN_NAMESPACES: readonly TNamespace[] = ["admin", "admin-questions", "admin-metrics", "admin-flagged"];

/** Namespaces no client component on the candidate's pages uses (sign-in forms, landing, admin): their layout leaves them out. */
export const NOT_ON_CANDIDATE_PAGES: readonly TNamespace[] = ["auth", "marketing", ...ADMIN_NAMESPACES];

export const NAMESPACE_NAMES = Object.keys(NAMESPACES) as TNamespace[];

/** One namespace's catalog as written, without the English fallback (for the completeness test). */
export function rawCatalog(namespace: TNamespace, locale: TLanguage): unknown {
  return NAMESPACES[namespace][locale];
}

type TTree = { [key: string]: string | TTree };

/** English under the translation: a key missing in production shows English rather than its key path. */
function withFallback(fallback: TTree, translated: TTree): TTree {
  const merged: TTree = { ...fallback };
  for (const [key, value] of Object.entries(translated)) {
    const base = fallback[key];
    merged[key] = typeof value === "object" && typeof base === "object" ? withFallback(base, value) : value;
  }
  return merged;
}

const loaded = new Map<TLanguage, TMessages>();

export function loadMessages(locale: TLanguage): TMessages {
  let messages = loaded.get(locale);
  if (!messages) {
    const entries = NAMESPACE_NAMES.map((name) => {
      const { en } = NAMESPACES[name];
      const tree = locale === "en" ? en : withFallback(en as TTree, NAMESPACES[name][locale] as TTree);
      return [name, tree] as const;
    });
    messages = Object.fromEntries(entries) as TMessages;
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * What the browser gets: "shell" for every page (the root layout: header, footer, form kit, the other
 * areas' own namespaces), "candidate" the candidate pages' set (app/(app)/layout.tsx: theirs in, the
 * sign-in, landing and admin ones out), "admin" the shell plus the admin console's (app/admin/layout.tsx).
 */
export function clientMessages(locale: TLanguage, scope: "shell" | "candidate" | "admin"): Partial<TMessages> {
  const byScope = { shell: [...CANDIDATE_NAMESPACES, ...ADMIN_NAMESPACES], candidate: NOT_ON_CANDIDATE_PAGES, admin: CANDIDATE_NAMESPACES };
  const leaveOut = [...SERVER_ONLY_NAMESPACES, ...byScope[scope]];
  return Object.fromEntries(Object.entries(loadMessages(locale)).filter(([name]) => !leaveOut.includes(name as TNamespace)));
}
