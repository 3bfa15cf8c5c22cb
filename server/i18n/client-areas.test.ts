/**
 * Page weight without missing words: each area's provider sends every namespace its client
 * components read (derived from the source, client-namespace-graph.ts), the shell sends only what
 * every page's client components read, and every folder of the candidate's pages is an area.
 * A failure here names the namespace to add to CLIENT_AREAS (server/i18n/client-areas.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_AREAS, SHELL_NAMESPACES, areaMessages, shellMessages, type TClientArea } from "./client-areas";
import { clientNamespacesOf } from "./client-namespace-graph";
import { NAMESPACE_NAMES, SERVER_ONLY_NAMESPACES, clientMessages, type TNamespace } from "./messages";

const ROOT = path.resolve(import.meta.dirname, "../..");
const known = (names: Set<string>) => [...names].filter((name): name is TNamespace => (NAMESPACE_NAMES as string[]).includes(name)).sort();
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

/** The namespaces `folders` need in the browser. */
function neededBy(folders: readonly string[]): TNamespace[] {
  return known(clientNamespacesOf(folders)).filter((name) => {
    const pattern = RENDERED_ONLY_WITH[name];
    return !pattern || renders(folders, pattern);
  });
}

const SHELL_ENTRIES = ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/global-error.tsx", "app/dev", "app/docs"];

describe("client namespaces", () => {
  it("the shell sends what the root layout, the error pages, the dev and docs pages read in the browser", () => {
    const needed = neededBy(SHELL_ENTRIES);
    expect(needed.filter((name) => !(SHELL_NAMESPACES as readonly string[]).includes(name))).toEqual([]);
  });

  it.each(Object.keys(CLIENT_AREAS) as TClientArea[])("area %s sends what its client components read", (area) => {
    const { folders, namespaces } = CLIENT_AREAS[area];
    const sent = new Set<string>([...SHELL_NAMESPACES, ...namespaces]);
    expect(neededBy(folders).filter((name) => !sent.has(name))).toEqual([]);
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
    expect(known(clientNamespacesOf(["app/admin"])).filter((name) => !sent.includes(name))).toEqual([]);
  });

  it("server-only namespaces never reach the browser, and the shell is small", () => {
    const shipped = [shellMessages("ru"), ...(Object.keys(CLIENT_AREAS) as TClientArea[]).map((area) => areaMessages("ru", area))].flatMap((messages) => Object.keys(messages));
    expect(shipped.filter((name) => SERVER_ONLY_NAMESPACES.includes(name as TNamespace))).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(shellMessages("ru")))).toBeLessThan(20_000);
  });
});
