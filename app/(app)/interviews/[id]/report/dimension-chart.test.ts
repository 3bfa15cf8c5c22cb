/**
 * The report's skill chart and the feedback card write a skill's points the same way: to the half
 * point (formatDimensionPoints), so 3.8 reads "4/10" in both, not "3.8/10" in one and "4/10" in the other.
 */
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DimensionBar } from "@/app/_components/score/dimension-bar";
import type { TLanguage } from "@/server/contracts/vocabulary/languages";
import { loadMessages } from "@/server/i18n/messages";
import { DimensionChart } from "./dimension-chart";

const html = (element: ReactElement, locale: TLanguage = "en") =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, element));

const text = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const chart = (average: number, locale?: TLanguage) =>
  text(html(createElement(DimensionChart, { dimensions: [{ key: "structure", label: "Structure", average, count: 1 }], scoredQuestions: 1 }), locale));
const card = (score: number, locale?: TLanguage) =>
  text(html(createElement("ul", null, createElement(DimensionBar, { dimension: { key: "structure", label: "Structure", score, max: 10, comment: "", evidence: [] }, markdown: () => null })), locale));

describe("a skill's points in the report", () => {
  it.each([
    [3.8, "4"],
    [7.3, "7.5"],
    [0.1, "0"],
    [9.76, "10"],
  ])("%s reads %s/10 in the chart and on the feedback card", (value, shown) => {
    expect(chart(value)).toContain(` ${shown}/10 `);
    // The card's "/" is followed by a screen reader's "out of".
    expect(card(value)).toContain(` ${shown} / out of 10 `);
    expect(chart(value)).not.toContain(`${value.toFixed(1)}/10`);
  });

  it("in the reader's number format in both places", () => {
    expect(chart(7.3, "ru")).toContain(" 7,5/10 ");
    expect(card(7.3, "ru")).toContain("7,5");
  });
});
