/**
 * The project's import graph, read from the source text (import/export specifiers, type-only ones
 * included: a type import is still a dependency between layers). Used by the layer tests; kept
 * free of the TypeScript compiler so it runs in a few hundred milliseconds over the whole tree.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

const SKIP = new Set(["node_modules", ".next", ".data", ".test-data", "test-results", "playwright-report", ".git"]);
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|\bvi\.mock\(\s*)["']([^"']+)["']/gm;

/** Every source file under `dir` (relative to the repository root, forward slashes). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(ROOT, rel))) {
      if (SKIP.has(name)) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(ROOT, child)).isDirectory()) walk(child);
      else if (SOURCE.test(name) && !name.endsWith(".d.ts")) out.push(child);
    }
  };
  walk(dir);
  return out;
}

/** The specifiers a source text imports or re-exports. */
export function importSpecifiers(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((match) => match[1]!);
}

/** A specifier as a repository path without extension ("@/server/x" and "../x" alike), or null for a package. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return null;
}

/** The repository-relative modules `file` imports (packages left out). */
export function internalImports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return importSpecifiers(text)
    .map((specifier) => resolveSpecifier(file, specifier))
    .filter((target): target is string => target !== null);
}

/** server/<folder>/… → folder; top-level server files (env, errors, logger) belong to no folder. */
export function serverFolderOf(modulePath: string): string | null {
  const match = /^server\/([^/]+)\/./.exec(modulePath);
  return match ? match[1]! : null;
}

/**
 * Edges between the given server folders, read from `files`: "billing" → {"contracts" → the first file
 * seen importing it}, so a failure says where to look.
 */
export function serverFolderGraph(files: string[], folders: readonly string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    const from = serverFolderOf(file);
    if (!from || !folders.includes(from)) continue;
    for (const target of internalImports(file)) {
      const to = serverFolderOf(target);
      if (!to || to === from || !folders.includes(to)) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${file} → ${target}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every cycle of the graph as a list of nodes (first node repeated at the end), each reported once. */
export function findCycles(graph: Map<string, Map<string, string>>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const nodes = [...graph.keys()].sort();
  // Johnson-lite: cycles through `start` using only nodes >= start, so each cycle is found from its smallest node.
  for (const start of nodes) {
    const stack: string[] = [start];
    const visit = (node: string) => {
      for (const next of graph.get(node)?.keys() ?? []) {
        if (next < start) continue;
        if (next === start) {
          const key = stack.join(">");
          if (!seen.has(key)) {
            seen.add(key);
            cycles.push([...stack, start]);
          }
        } else if (!stack.includes(next)) {
          stack.push(next);
          visit(next);
          stack.pop();
        }
      }
    };
    visit(start);
  }
  return cycles;
}

const STATEMENT = /(?:^|;|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']|(?:^|;|\n)\s*import\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

/** The modules `file` needs at run time: type-only imports and re-exports (`import type`, `{ type A }` only) left out. */
export function runtimeImports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const out: string[] = [];
  for (const match of text.matchAll(STATEMENT)) {
    const [, , typeKeyword, clause, fromSpecifier, sideEffect, dynamic] = match;
    const specifier = fromSpecifier ?? sideEffect ?? dynamic;
    if (!specifier) continue;
    if (typeKeyword) continue;
    const named = clause ? /^\{([^}]*)\}$/.exec(clause.trim()) : null;
    if (named && named[1]!.split(",").map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith("type "))) continue;
    const target = resolveSpecifier(file, specifier);
    if (target !== null) out.push(target);
  }
  return out;
}

/** A module path ("app/x/y") as the file that holds it, or null when none does (a package, a folder index aside). */
export function moduleFile(modulePath: string): string | null {
  for (const ext of [".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx"]) {
    try {
      if (statSync(path.join(ROOT, modulePath + ext)).isFile()) return modulePath + ext;
    } catch {
      // not this extension
    }
  }
  return null;
}

export function isClientComponent(file: string): boolean {
  return /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use client["']/.test(readFileSync(path.join(ROOT, file), "utf8"));
}
