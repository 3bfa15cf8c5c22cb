/**
 * Which catalogs reach the browser, per area of the site (#18's page-weight budget). The root layout
 * sends the shell's namespaces (header, footer, form kit, error pages); each area's layout adds its
 * own through <AreaMessages area="…"> (app/_components/area-messages.tsx), which merges them into the
 * shell's on the client, so no namespace is sent twice. Server components read every namespace
 * through getTranslations without shipping any. client-areas.test.ts derives from the source what
 * each area's client components read and fails when a list below misses one.
 */
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages, type TMessages, type TNamespace } from "./messages";

export const SHELL_NAMESPACES = ["common", "nav", "errors", "components"] as const satisfies readonly TNamespace[];

/** Area → the folders it covers (relative to the repository) and the namespaces its client components read beyond the shell's. */
export const CLIENT_AREAS = {
  auth: { folders: ["app/(auth)"], namespaces: ["auth", "vocabulary", "password-advice", "form-errors"] },
  marketing: { folders: ["app/(marketing)"], namespaces: ["marketing"] },
  dashboard: { folders: ["app/(app)/dashboard"], namespaces: ["dashboard", "interview"] },
  practice: { folders: ["app/(app)/practice"], namespaces: ["practice", "interview", "vocabulary", "voice", "code", "form-errors"] },
  interviews: { folders: ["app/(app)/interviews"], namespaces: ["interview", "report", "vocabulary", "form-errors"] },
  settings: { folders: ["app/(app)/settings"], namespaces: ["settings", "vocabulary", "password-advice", "form-errors"] },
  history: { folders: ["app/(app)/history"], namespaces: ["history", "interview", "form-errors"] },
  progress: { folders: ["app/(app)/progress"], namespaces: ["progress", "interview", "form-errors"] },
  billing: { folders: ["app/(app)/billing"], namespaces: ["billing"] },
  help: { folders: ["app/(app)/help"], namespaces: ["help", "interview", "vocabulary", "form-errors"] },
  jobs: { folders: ["app/(app)/jobs"], namespaces: ["jobs", "vocabulary", "form-errors"] },
} as const satisfies Record<string, { folders: readonly string[]; namespaces: readonly TNamespace[] }>;

export type TClientArea = keyof typeof CLIENT_AREAS;

function pick(locale: TLanguage, namespaces: readonly TNamespace[]): Partial<TMessages> {
  const all = loadMessages(locale);
  return Object.fromEntries(namespaces.map((name) => [name, all[name]]));
}

/** What the root layout's provider sends: the shell only. */
export function shellMessages(locale: TLanguage): Partial<TMessages> {
  return pick(locale, SHELL_NAMESPACES);
}

/** What an area's layout adds on top of the shell (the client merges the two). */
export function areaMessages(locale: TLanguage, area: TClientArea): Partial<TMessages> {
  return pick(locale, CLIENT_AREAS[area].namespaces);
}
