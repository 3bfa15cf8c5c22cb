import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DigestSentence, digestCode } from "./error-digest";
import { MutationErrorText } from "./mutation-error-text";

describe("error texts shared by the pages", () => {
  it("names the server's error id as code after the error text, and says nothing without one", () => {
    const sentence = (digest: string) => createElement("span", null, "Quote ", digestCode(digest));
    expect(renderToStaticMarkup(createElement(DigestSentence, { digest: "abc123", sentence }))).toBe(' <span>Quote <code class="rounded bg-slate-100 px-1">abc123</code></span>');
    expect(renderToStaticMarkup(createElement(DigestSentence, { digest: null, sentence }))).toBe("");
  });

  it("announces a failed action's own server message in red, with the caller's spacing, and nothing before it fails", () => {
    const failed = { isError: true, error: { message: "This interview is already finished.", data: { code: "CONFLICT" } } };
    expect(renderToStaticMarkup(createElement(MutationErrorText, { mutation: failed, className: "mt-1" }))).toBe(
      '<p role="alert" class="mt-1 font-medium text-red-700">This interview is already finished.</p>',
    );
    expect(renderToStaticMarkup(createElement(MutationErrorText, { mutation: { isError: false, error: null } }))).toBe("");
  });
});
