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

/**
 * A whole namespace, or one part of it ("marketing.pricing") where the area's client components read
 * only that part: useTranslations("marketing.pricing") cannot reach outside it, and the rest (the
 * landing page's text, rendered on the server) would reach the browser for nothing.
 */
export type TCatalogPath = TNamespace | `${TNamespace}.${string}`;

/** Area → the folders it covers (relative to the repository) and the namespaces (or parts) its client components read beyond the shell's. */
export const CLIENT_AREAS = {
  auth: { folders: ["app/(auth)"], namespaces: ["auth", "vocabulary", "password-advice", "form-errors"] },
  marketing: { folders: ["app/(marketing)"], namespaces: ["marketing.pricing"] },
  dashboard: { folders: ["app/(app)/dashboard"], namespaces: ["dashboard", "interview.routeError"] },
  practice: { folders: ["app/(app)/practice"], namespaces: ["practice", "interview", "vocabulary", "voice", "code", "form-errors"] },
  interviews: { folders: ["app/(app)/interviews"], namespaces: ["interview.counting", "interview.routeError", "report", "vocabulary", "form-errors"] },
  settings: { folders: ["app/(app)/settings"], namespaces: ["settings", "vocabulary", "password-advice", "form-errors"] },
  history: { folders: ["app/(app)/history"], namespaces: ["history", "interview.routeError", "form-errors"] },
  progress: { folders: ["app/(app)/progress"], namespaces: ["progress", "interview.routeError", "form-errors"] },
  billing: { folders: ["app/(app)/billing"], namespaces: ["billing"] },
  help: { folders: ["app/(app)/help"], namespaces: ["help", "interview.routeError", "vocabulary", "form-errors"] },
  jobs: { folders: ["app/(app)/jobs"], namespaces: ["jobs", "vocabulary", "form-errors"] },
} as const satisfies Record<string, { folders: readonly string[]; namespaces: readonly TCatalogPath[] }>;

export type TClientArea = keyof typeof CLIENT_AREAS;

type TTree = { [key: string]: TTree | string };

/** The catalogs at `paths`, each kept at its place in the tree ({ marketing: { pricing: {…} } }). */
function pick(locale: TLanguage, paths: readonly TCatalogPath[]): Partial<TMessages> {
  const all = loadMessages(locale) as unknown as TTree;
  const picked: TTree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: TTree | string | undefined = all;
    let to = picked;
    keys.forEach((key, index) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) throw new Error(`No catalog at ${path} (${locale})`);
      if (index === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as TTree;
    });
  }
  return picked as Partial<TMessages>;
}

/** What the root layout's provider sends: the shell only. */
export function shellMessages(locale: TLanguage): Partial<TMessages> {
  return pick(locale, SHELL_NAMESPACES);
}

/** What an area's layout adds on top of the shell (the client merges the two). */
export function areaMessages(locale: TLanguage, area: TClientArea): Partial<TMessages> {
  return pick(locale, CLIENT_AREAS[area].namespaces);
}
