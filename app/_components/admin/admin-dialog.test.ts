/**
 * A dialog title that names data (a question's slug) marks that part only: the language walks skip the
 * slug ("team-feedback-strategy" holds topic words) and still read the title's own words.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Titled } from "./admin-dialog";

describe("AdminDialog title", () => {
  it("marks the subject inside the title as data, nothing else", () => {
    expect(renderToStaticMarkup(createElement(Titled, { title: "Редактирование «pm-feedback-strategy»", subject: "pm-feedback-strategy" }))).toBe(
      'Редактирование «<span data-user-content="true" translate="no">pm-feedback-strategy</span>»',
    );
  });

  it("leaves a title without its subject as written", () => {
    expect(renderToStaticMarkup(createElement(Titled, { title: "Новый вопрос" }))).toBe("Новый вопрос");
    expect(renderToStaticMarkup(createElement(Titled, { title: "Предпросмотр", subject: "pm-x" }))).toBe("Предпросмотр");
  });
});
