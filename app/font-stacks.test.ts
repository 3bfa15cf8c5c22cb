/**
 * Every interface language's text is drawn by a font its stack names (#18). A script no named family
 * covers sends Chromium to the system's per-character fallback search in every new renderer (on Linux
 * a synchronous fontconfig round trip each: up to 227 for a page of Korean text). The default stack's Latin
 * families (system-ui, Segoe UI, Roboto, Arial) carry Cyrillic too; Hangul needs a Korean family named.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type TLanguage } from "@/server/contracts/vocabulary/languages";

const css = fs.readFileSync(path.join(import.meta.dirname, "globals.css"), "utf8");

/** Whether the default (Latin) stack covers the language's script; a new language must decide here. */
const DEFAULT_STACK_COVERS: Record<TLanguage, boolean> = { en: true, ru: true, ko: false };

/** The Korean families of Linux (fonts-nanum, Noto CJK), macOS and Windows. */
const HANGUL_FAMILIES = ["NanumGothic", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic"];

function families(stack: string): string[] {
  return stack.split(",").map((family) => family.trim().replace(/^"|"$/g, ""));
}

/** A custom property's value in the first rule whose selector is exactly `selector`. */
function declared(selector: string, property: string): string | null {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const body = new RegExp(`(?:^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  return body ? (new RegExp(`${property}:\\s*([^;]+);`).exec(body)?.[1] ?? null) : null;
}

describe("font stacks per interface language", () => {
  it("the default stack names Latin and Cyrillic system families before the generic one", () => {
    const stack = families(declared("@theme", "--font-sans") ?? "");
    expect(stack.at(-1)).toBe("sans-serif");
    expect(stack).toEqual(expect.arrayContaining(["system-ui", "Segoe UI", "Roboto", "Arial"]));
  });

  it.each(LANGUAGES.filter((language) => !DEFAULT_STACK_COVERS[language]))("%s pages name their script's families in their own stack", (language) => {
    const sans = declared(`:root:lang(${language})`, "--font-sans");
    expect(sans, `:root:lang(${language}) sets no --font-sans`).not.toBeNull();
    expect(declared(`:root:lang(${language})`, "--font-mono"), `:root:lang(${language}) sets no --font-mono`).not.toBeNull();
  });

  it("Korean pages name the Korean system families first, so neither Hangul nor the Latin between it needs a fallback search or a second font", () => {
    const sans = families(declared(":root:lang(ko)", "--font-sans") ?? "");
    expect(sans.slice(0, HANGUL_FAMILIES.length)).toEqual(HANGUL_FAMILIES);
    expect(sans.at(-1)).toBe("sans-serif");
    const mono = families(declared(":root:lang(ko)", "--font-mono") ?? "");
    expect(mono.some((family) => HANGUL_FAMILIES.includes(family) || family === "NanumGothicCoding")).toBe(true);
    expect(mono.at(-1)).toBe("monospace");
  });

  it("Korean keeps words whole at line ends (keep-all: set as Korean is, and less shaping than breaking between syllables), and still wraps a word too long for a 390 px line", () => {
    expect(declared(":lang(ko)", "word-break")).toBe("keep-all");
    expect(declared(":lang(ko)", "overflow-wrap")).toBe("break-word");
  });
});
