/**
 * Page weight without missing words: each area's provider sends every namespace its client
 * components read (derived from the source, client-namespace-graph.ts), the shell sends only what
 * every page's client components read, and every folder of the candidate's pages is an area.
 * A failure here names the namespace to add to CLIENT_AREAS (server/i18n/client-areas.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/server/contracts/vocabulary/languages";
import { CLIENT_AREAS, SHELL_NAMESPACES, areaMessages, shellMessages, type TClientArea } from "./client-areas";
import { clientNamespacesOf } from "./client-namespace-graph";
import { NAMESPACE_NAMES, SERVER_ONLY_NAMESPACES, clientMessages, type TNamespace } from "./messages";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** The read paths ("marketing.pricing") whose namespace is one of the catalogs'. */
const known = (paths: Set<string>) => [...paths].filter((path) => (NAMESPACE_NAMES as string[]).includes(namespaceOf(path))).sort();
const namespaceOf = (path: string) => path.split(".")[0]!;
/** The paths of `needed` that no sent path covers (a namespace covers every part of it). */
const notSent = (needed: readonly string[], sent: Iterable<string>) => {
  const sentPaths = [...sent];
  return needed.filter((path) => !sentPaths.some((s) => path === s || path.startsWith(`${s}.`)));
};
/**
 * The strength meter's advice is read only where a password field is rendered: the form kit's barrel
 * makes the meter reachable from every form, so for this namespace the test asks who renders one.
 */
const RENDERED_ONLY_WITH: Partial<Record<TNamespace, RegExp>> = { "password-advice": /<(?:Form)?(?:New)?Password(?:Field|StrengthMeter)\b/ };

function renders(entries: readonly string[], pattern: RegExp): boolean {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith(".tsx") ? [path.join(dir, entry.name)] : []));
  const files = entries.flatMap((entry) => (fs.statSync(path.join(ROOT, entry)).isDirectory() ? walk(path.join(ROOT, entry)) : [path.join(ROOT, entry)]));
  return files.some((file) => pattern.test(fs.readFileSync(file, "utf8")));
}

/** The namespaces (or parts of one) `folders` need in the browser. */
function neededBy(folders: readonly string[]): string[] {
  return known(clientNamespacesOf(folders)).filter((path) => {
    const pattern = RENDERED_ONLY_WITH[namespaceOf(path) as TNamespace];
    return !pattern || renders(folders, pattern);
  });
}

const SHELL_ENTRIES = ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/global-error.tsx", "app/dev", "app/docs"];

describe("client namespaces", () => {
  it("the shell sends what the root layout, the error pages, the dev and docs pages read in the browser", () => {
    const needed = neededBy(SHELL_ENTRIES);
    expect(notSent(needed, SHELL_NAMESPACES)).toEqual([]);
  });

  it.each(Object.keys(CLIENT_AREAS) as TClientArea[])("area %s sends what its client components read", (area) => {
    const { folders, namespaces } = CLIENT_AREAS[area];
    expect(notSent(neededBy(folders), [...SHELL_NAMESPACES, ...namespaces])).toEqual([]);
  });

  it.each(Object.entries(CLIENT_AREAS))("area %s is wired in its layout", (area, { folders }) => {
    for (const folder of folders) {
      const layout = fs.readFileSync(path.join(ROOT, folder, "layout.tsx"), "utf8");
      expect(layout).toMatch(new RegExp(`areaLayout\\("${area}"\\)|area="${area}"`));
    }
  });

  it("every folder of the candidate's pages is an area", () => {
    const folders = fs.readdirSync(path.join(ROOT, "app/(app)"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `app/(app)/${entry.name}`);
    const covered = Object.values(CLIENT_AREAS).flatMap((area) => area.folders as readonly string[]);
    expect(folders.filter((folder) => !covered.includes(folder))).toEqual([]);
  });

  it("the admin console's provider sends what its client components read", () => {
    const sent = Object.keys(clientMessages("en", "admin"));
    expect(notSent(known(clientNamespacesOf(["app/admin"])), sent)).toEqual([]);
  });

  it("a part of a namespace covers reads inside it only, and every area's parts exist in every language", () => {
    expect(notSent(["marketing.pricing", "marketing.hero", "marketingx"], ["marketing.pricing"])).toEqual(["marketing.hero", "marketingx"]);
    for (const locale of LANGUAGES) {
      for (const area of Object.keys(CLIENT_AREAS) as TClientArea[]) expect(() => areaMessages(locale, area)).not.toThrow();
    }
    // The landing page sends the pricing button's words, not the landing text its server components render.
    const landing = areaMessages("ru", "marketing") as { marketing: Record<string, unknown> };
    expect(Object.keys(landing.marketing)).toEqual(["pricing"]);
  });

  it("server-only namespaces never reach the browser, and the shell is small", () => {
    const shipped = [shellMessages("ru"), ...(Object.keys(CLIENT_AREAS) as TClientArea[]).map((area) => areaMessages("ru", area))].flatMap((messages) => Object.keys(messages));
    expect(shipped.filter((name) => SERVER_ONLY_NAMESPACES.includes(name as TNamespace))).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(shellMessages("ru")))).toBeLessThan(20_000);
  });
});
