/**
 * The strength meter's advice in every language: zxcvbn, given the keyed translations, answers with
 * catalog keys, and each key zxcvbn can produce has its Russian and Korean text.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as enDictionary, translations } from "@zxcvbn-ts/language-en";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/server/i18n/messages";
import { adviceKeys } from "./password-advice";

const estimator = new ZxcvbnFactory({ translations: adviceKeys(translations), graphs: adjacencyGraphs, dictionary: { ...commonDictionary, ...enDictionary } });

describe("password advice", () => {
  it.each(["ru", "ko"] as const)("has every zxcvbn warning and suggestion in %s, not in English", (locale) => {
    const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "password-advice" });
    const en = createTranslator({ locale: "en", messages: loadMessages("en"), namespace: "password-advice" });
    for (const group of ["warnings", "suggestions"] as const) {
      for (const key of Object.keys(translations[group])) {
        const path = `${group}.${key}` as Parameters<typeof t>[0];
        expect(t.has(path), path).toBe(true);
        expect(t(path)).not.toBe(en(path));
      }
    }
  });

  it("gets catalog keys back from the estimator, not English sentences", () => {
    const { feedback } = estimator.check("password1");
    const keys = [feedback.warning, ...feedback.suggestions].filter((text): text is string => Boolean(text));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^(warnings|suggestions)\.[a-zA-Z0-9]+$/);
    const t = createTranslator({ locale: "ru", messages: loadMessages("ru"), namespace: "password-advice" });
    expect(t(keys[0] as Parameters<typeof t>[0])).toMatch(/[а-я]/);
  });
});
