/**
 * The one string schema every input goes through. PostgreSQL text cannot hold a NUL byte (the
 * insert fails, the request 500s), and other control characters in a name, tag or answer are never
 * meant: they hide text, break logs and CSV exports. So every string input refuses them at the
 * schema, with a 400 naming the field; multi-line text keeps newlines, carriage returns and tabs.
 * So is half of a UTF-16 surrogate pair, which JSON can carry ("\ud800") but no text holds: stored,
 * it silently became U+FFFD (a name, a job title, an answer and even a password were changed
 * without a word), and the code runner failed on it.
 * Two invisible cases are refused too: the bidirectional controls (U+202A–202E, U+2066–2069) in a
 * single-line field, where "Bob\u202Egnp.exe" shows as "Bobexe.png" (a name, a file name, a tag), and a
 * value made only of invisible characters (zero-width spaces, the Hangul filler), which `trim()`
 * keeps: "\u200B" passed every "required" rule as an answer or a name no one could see.
 * Client-safe (forms share these schemas): imports nothing but Zod.
 */
import { z } from "zod";

/** C0 controls, DEL, C1 controls and the bidirectional embedding, override and isolate controls: never valid in a single-line field. */
const LINE_CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** The same without \t, \n and \r, which multi-line text needs. */
const TEXT_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Multi-line text without the control characters zSafeText refuses: what an answer box keeps of a
 * paste. They are invisible, so a candidate refused for one could never find it to delete it.
 */
export function withoutTextControls(value: string): string {
  return value.replace(new RegExp(TEXT_CONTROL.source, "g"), "");
}

/** With the u flag a well-formed pair is one code point (an emoji, a rare CJK character); only a lone half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whitespace, format characters (zero-width spaces and joiners, direction marks, the BOM) and the
 * blank letters that render as nothing (Hangul fillers, the braille blank).
 */
const INVISIBLE_ONLY = /^[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]*$/u;
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/u;

export const CONTROL_CHARACTER_MESSAGE = "Remove the control characters (such as NUL or a text-direction override) from this field.";
export const INVISIBLE_ONLY_MESSAGE = "This field holds only invisible characters; write something that can be read.";
export const LONE_SURROGATE_MESSAGE = "Remove the broken characters (unpaired UTF-16 surrogates) from this field.";

/** Only invisible characters, at least one of them not plain whitespace (which `.trim()` rules handle as they are). */
function isInvisibleOnly(value: string): boolean {
  return INVISIBLE.test(value) && INVISIBLE_ONLY.test(value);
}

/** True when `value` holds a character the field may not contain. */
export function hasControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? TEXT_CONTROL : LINE_CONTROL).test(value);
}

/**
 * A single-line string (names, tags, tokens, search terms, ids from a query string): no control
 * characters at all. Chain `.trim()`, `.min()`, `.max()` as on `z.string()`.
 */
export function zSafeLine() {
  return z
    .string()
    .refine((value) => !LINE_CONTROL.test(value), { error: CONTROL_CHARACTER_MESSAGE, abort: true })
    .refine((value) => !LONE_SURROGATE.test(value), { error: LONE_SURROGATE_MESSAGE, abort: true })
    .refine((value) => !isInvisibleOnly(value), { error: INVISIBLE_ONLY_MESSAGE, abort: true });
}

/** Multi-line text (answers, drafts, messages, notes): control characters except \t, \n and \r refused. */
export function zSafeText() {
  return z
    .string()
    .refine((value) => !TEXT_CONTROL.test(value), { error: CONTROL_CHARACTER_MESSAGE, abort: true })
    .refine((value) => !LONE_SURROGATE.test(value), { error: LONE_SURROGATE_MESSAGE, abort: true })
    .refine((value) => !isInvisibleOnly(value), { error: INVISIBLE_ONLY_MESSAGE, abort: true });
}
