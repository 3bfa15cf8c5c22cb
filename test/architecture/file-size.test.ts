/**
 * Small files with one purpose (README "Architecture"): no source file over 300 lines. Seed data and
 * generated migrations are data, not code; so is a generated word list (its own header says so).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "./import-graph";

const MAX_LINES = 300;

/** Data, not code: what repeats there is content, and splitting it would only scatter one list. */
const DATA = [/^db\/seed\//, /^db\/migrations\//, /^server\/scoring\/builtin\/english-frequency\.ts$/];


const FOLDERS = ["app", "db", "e2e", "server", "scripts", "test", "proxy.ts"];

function lineCount(file: string): number {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return text.endsWith("\n") ? text.split("\n").length - 1 : text.split("\n").length;
}

describe("file size", () => {
  it(`keeps every source file at ${MAX_LINES} lines or fewer (seed data and migrations aside)`, () => {
    const files = FOLDERS.flatMap((folder) => (folder.includes(".") ? [folder] : sourceFiles(folder)));
    expect(files.length).toBeGreaterThan(500);
    const over = files
      .filter((file) => !DATA.some((pattern) => pattern.test(file)))
      .map((file) => ({ file, lines: lineCount(file) }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(over.map(({ file, lines }) => `${file}: ${lines} lines`)).toEqual([]);
  });
});
