/**
 * Which message namespaces a part of app/ needs in the browser, read from the source: the files its
 * pages import, the client components among them ("use client") and everything those import, and
 * the namespaces (or parts of one, "marketing.pricing") their useTranslations calls name. Used by client-areas.test.ts to check that each
 * area's provider sends what its client components read (and by bench:i18n's notes).
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

interface TSourceFile {
  client: boolean;
  imports: string[];
  namespaces: string[];
}

const cache = new Map<string, TSourceFile | null>();

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  if (!base.startsWith(path.join(ROOT, "app"))) return null;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function read(file: string): TSourceFile | null {
  if (cache.has(file)) return cache.get(file)!;
  let parsed: TSourceFile | null = null;
  if (/\.tsx?$/.test(file) && fs.existsSync(file)) {
    const source = fs.readFileSync(file, "utf8");
    const imports = [...source.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)]
      .filter((match) => !/^(?:import|export)\s+type\s/.test(match[0]))
      .map((match) => resolveImport(file, match[1]!))
      .filter((resolved): resolved is string => resolved !== null);
    // The whole path named ("marketing.pricing"): a namespaced translator cannot read outside it.
    const namespaces = [...source.matchAll(/useTranslations\(\s*["'`]([^"'`]+)["'`]/g)].map((match) => match[1]!);
    parsed = { client: /^\s*["']use client["']/m.test(source.slice(0, 200)), imports, namespaces };
  }
  cache.set(file, parsed);
  return parsed;
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The namespaces the browser needs for `entries` (files or folders relative to the repository):
 * server files are followed to find client components; from a client component on, every import is client.
 */
export function clientNamespacesOf(entries: readonly string[]): Set<string> {
  const starts = entries.flatMap((entry) => {
    const full = path.join(ROOT, entry);
    return fs.statSync(full).isDirectory() ? listFiles(full) : [full];
  });
  const seen = new Map<string, boolean>();
  const namespaces = new Set<string>();
  const stack: Array<{ file: string; client: boolean }> = starts.map((file) => ({ file, client: false }));
  while (stack.length > 0) {
    const { file, client: inClient } = stack.pop()!;
    const parsed = read(file);
    if (!parsed) continue;
    const client = inClient || parsed.client;
    if (seen.get(file) === true || (seen.has(file) && !client)) continue;
    seen.set(file, client);
    if (client) for (const namespace of parsed.namespaces) namespaces.add(namespace);
    for (const imported of parsed.imports) stack.push({ file: imported, client });
  }
  return namespaces;
}
