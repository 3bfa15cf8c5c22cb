/**
 * Signal components: small, named measurements of an answer (0..1 each) with the plain words that
 * explain them, grouped by the kind of answer they read. Recipes import them from here.
 */
export type { TComponent, TComponentFn, TSignalContext } from "@/server/scoring/builtin/component-kit";
export * from "@/server/scoring/builtin/components-coding";
export * from "@/server/scoring/builtin/components-general";
export * from "@/server/scoring/builtin/components-lexicon";
export * from "@/server/scoring/builtin/components-story";
