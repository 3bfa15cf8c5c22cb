import { CODE_LANGUAGE_LABELS, type TCodeLanguage } from "@/server/contracts/code";
import { AppError } from "@/server/errors";

/**
 * Code in a language the question has no signature for (a submit or a run): the English message for
 * REST names the languages by their labels, and the catalog entry (form-errors server.codeLanguageNotTaken)
 * says it in the reader's language with the same labels as values.
 */
export function codeLanguageNotTaken(languages: readonly TCodeLanguage[], details: Record<string, unknown> = {}): AppError<"VALIDATION_ERROR"> {
  const labels = languages.map((language) => CODE_LANGUAGE_LABELS[language]);
  return new AppError("VALIDATION_ERROR", `This question takes ${labels.join(" or ")} code.`, { field: "language", fields: { language: `takes ${labels.join(" or ")}` }, ...details }).withText("server.codeLanguageNotTaken", {
    first: labels[0] ?? "",
    second: labels[1] ?? "none",
  });
}
