/**
 * Every Russian and Korean catalog has exactly the English keys, the same placeholders, parses as
 * ICU, and its plurals cover the language's plural categories (ru: one/few/many/other, ko: other).
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type TLanguage } from "@/server/contracts/vocabulary/languages";
import { NAMESPACE_NAMES, rawCatalog } from "./messages";

function leaves(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

interface TShape {
  args: Set<string>;
  plurals: Array<{ arg: string; options: string[] }>;
}

function shape(elements: MessageFormatElement[], into: TShape = { args: new Set(), plurals: [] }): TShape {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      shape(element.children, into);
      continue;
    }
    into.args.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (element.type === TYPE.plural && !element.offset) {
        into.plurals.push({ arg: element.value, options: Object.keys(element.options).filter((o) => !o.startsWith("=")) });
      }
      for (const option of Object.values(element.options)) shape(option.value, into);
    }
  }
  return into;
}

describe.each(NAMESPACE_NAMES)("messages/%s", (namespace) => {
  const english = leaves(rawCatalog(namespace, "en"));

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s has the same keys as English", (locale) => {
    const translated = leaves(rawCatalog(namespace, locale));
    expect({ missing: [...english.keys()].filter((k) => !translated.has(k)), extra: [...translated.keys()].filter((k) => !english.has(k)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each([...LANGUAGES])("%s parses, keeps the placeholders and covers its plural categories", (locale: TLanguage) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const problems: string[] = [];
    for (const [key, text] of leaves(rawCatalog(namespace, locale))) {
      let own: TShape;
      try {
        own = shape(parse(text));
      } catch (error) {
        problems.push(`${key}: does not parse (${(error as Error).message})`);
        continue;
      }
      const source = english.get(key);
      if (source !== undefined && locale !== "en") {
        const reference = shape(parse(source));
        const lost = [...reference.args].filter((a) => !own.args.has(a));
        const added = [...own.args].filter((a) => !reference.args.has(a));
        if (lost.length || added.length) problems.push(`${key}: placeholders differ (missing ${lost.join(", ")}; extra ${added.join(", ")})`);
      }
      for (const plural of own.plurals) {
        const missing = categories.filter((c) => !plural.options.includes(c));
        if (missing.length) problems.push(`${key}: plural {${plural.arg}} lacks ${missing.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
