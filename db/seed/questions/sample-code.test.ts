/**
 * Every sample answer's code is code: each block is fenced (so markdown keeps its indentation and
 * highlights it) and compiles (Python with CPython's own compile() in Pyodide, JavaScript with
 * new Function), and no code-shaped line sits outside a fence, where markdown would collapse it.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_QUESTIONS } from "./index";

const FENCE = /^```([\w-]*)\n([\s\S]*?)\n```$/gm;
/** A line that only code starts with, or one indented as code (markdown would drop the indentation). */
const CODE_LINE = /^(?:(?: {4}|\t)\S|(?:def|class|return|import|from \S+ import|function|const|let)\b[^\n]*[:{;=)]\s*$)/;

function blocksOf(text: string): { lang: string; code: string }[] {
  return [...text.matchAll(FENCE)].map((match) => ({ lang: match[1] ?? "", code: match[2] ?? "" }));
}

let pyodide: PyodideInterface;
beforeAll(async () => {
  pyodide = await loadPyodide({ indexURL: dirname(fileURLToPath(import.meta.resolve("pyodide"))) + "/" });
}, 120_000);

describe("bank sample answers", () => {
  const withCode = SEED_QUESTIONS.filter((q) => q.sampleAnswer.includes("```"));

  it("fence every block of code, and name its language", () => {
    expect(withCode.length).toBeGreaterThanOrEqual(30);
    for (const q of SEED_QUESTIONS) {
      const outside = q.sampleAnswer.replace(FENCE, "").split("\n").filter((line) => CODE_LINE.test(line));
      expect(outside, q.slug).toEqual([]);
      expect(q.sampleAnswer.split("\n").filter((line) => line.startsWith("```")).length % 2, `${q.slug}: unclosed fence`).toBe(0);
      for (const block of blocksOf(q.sampleAnswer)) expect(["python", "javascript"], q.slug).toContain(block.lang);
    }
  });

  it("have code that compiles, indentation included", () => {
    const failures: string[] = [];
    for (const q of withCode) {
      for (const { lang, code } of blocksOf(q.sampleAnswer)) {
        try {
          if (lang === "python") {
            pyodide.globals.set("source", code);
            pyodide.runPython("compile(source, '<sample>', 'exec')");
          } else {
            new Function(code);
          }
        } catch (error) {
          failures.push(`${q.slug} (${lang}): ${String(error).split("\n").slice(-2).join(" ")}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("would catch code whose indentation was stripped", () => {
    const stripped = "```python\ndef f(x):\nreturn x\n```";
    pyodide.globals.set("source", blocksOf(stripped)[0]!.code);
    expect(() => pyodide.runPython("compile(source, '<sample>', 'exec')")).toThrow(/IndentationError/);
    expect(CODE_LINE.test("    seen = {}")).toBe(true);
  });
});
