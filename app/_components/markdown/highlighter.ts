/**
 * Syntax highlighting for code in markdown, with shiki's fine-grained core: only the languages the
 * bank's answers and specs use, one light theme, the JavaScript regex engine (no WebAssembly), built
 * synchronously once per process and reused. The server imports it directly; the browser loads it
 * lazily (client-markdown.tsx), so pages without code never download the grammars.
 */
import { createHighlighterCoreSync, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import javascript from "@shikijs/langs/javascript";
import json from "@shikijs/langs/json";
import python from "@shikijs/langs/python";
import githubLight from "@shikijs/themes/github-light-default";

/** github-light-default: every token colour reaches WCAG AA (4.5:1) on its white background (markdown.test.ts). */
export const CODE_THEME = "github-light-default";

export const CODE_LANGUAGE_NAMES = ["python", "javascript", "json"] as const;
export type TCodeLanguageName = (typeof CODE_LANGUAGE_NAMES)[number];

const ALIASES: Record<string, TCodeLanguageName> = {
  python: "python",
  py: "python",
  python3: "python",
  javascript: "javascript",
  js: "javascript",
  node: "javascript",
  jsx: "javascript",
  typescript: "javascript",
  ts: "javascript",
  json: "json",
};

export interface TCodeToken {
  content: string;
  color?: string;
  fontStyle?: number;
}

export interface THighlighted {
  language: TCodeLanguageName;
  lines: TCodeToken[][];
  fg: string;
  bg: string;
}

export type THighlight = (code: string, lang: string | null) => THighlighted | null;

let highlighter: HighlighterCore | undefined;

function getHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [githubLight],
    langs: [python, javascript, json],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/**
 * The language of a block: its fence's info string when we know it; for an indented block (no info
 * string), a guess from its shape, since the bank's code is Python or JavaScript.
 */
export function codeLanguage(lang: string | null, code: string): TCodeLanguageName | null {
  if (lang) return ALIASES[lang.toLowerCase()] ?? null;
  if (/^\s*(def|class|import|from|for|while|if|return)\b[^\n]*:\s*(#.*)?$/m.test(code)) return "python";
  if (/\b(function|const|let|=>)\b|[{};]\s*$/m.test(code)) return "javascript";
  return null;
}

/** Tokens per line, or null for a language we do not highlight (the block is then shown as plain code). */
export const highlight: THighlight = (code, lang) => {
  const language = codeLanguage(lang, code);
  if (!language) return null;
  const result = getHighlighter().codeToTokens(code, { lang: language, theme: CODE_THEME });
  return {
    language,
    lines: result.tokens.map((line) => line.map((token) => ({ content: token.content, color: token.color, fontStyle: token.fontStyle }))),
    fg: result.fg ?? "#1f2328",
    bg: result.bg ?? "#ffffff",
  };
};
