/**
 * A question whose asked object only points back ("How would you make it fast?") after a scene that
 * ends on a prepositional phrase ("… at peak traffic"): the pronoun means the scene's subject as
 * much as that circumstance, which a sound answer need not name (scoring round 11, issue 14). Every
 * question and answer here was written for this test; none comes from a calibration, hold-out or
 * question-bank file.
 */
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { questionFocus } from "@/server/scoring/builtin/question-focus";
import type { TScoreInput } from "@/server/scoring/scorer";

const phrases = (question: string): string[] => questionFocus(question).map((g) => g.phrase);
const score = (rubric: TScoreInput["rubric"], question: string, answer: string) =>
  analyzeAnswer({ rubric, level: "mid", question: { text: question }, answer });

const PAGE_Q = "Our product page takes 4 seconds to load at peak traffic. How would you make it fast?";
const UPLOAD_Q = "Photo uploads keep failing for large files on slow mobile connections. How would you fix them?";
const REPORT_Q = "Report exports have become slow for our biggest enterprise tenants. How would you speed this up?";

describe("questionFocus under a pointing-back object", () => {
  it("takes the scene's subject as well as a trailing prepositional phrase", () => {
    expect(phrases(PAGE_Q)).toEqual(["product page / peak traffic"]);
    expect(phrases(UPLOAD_Q)).toEqual(["Photo uploads / mobile connections"]);
  });

  it("keeps a trailing object that no preposition governs on its own", () => {
    expect(phrases("Two services write to the same table and the logs show occasional deadlock errors. How would you fix it?")).toEqual([
      "deadlock errors",
    ]);
  });

  it("adds no subject made only of the nouns every scene has", () => {
    expect(phrases("Users are logged out whenever the balancer sends them to another server. How would you fix this?")).toEqual([
      "another server",
    ]);
  });
});

const STRONG: Array<[TScoreInput["rubric"], string, string]> = [
  [
    "software_engineering",
    PAGE_Q,
    "First I'd measure where the 4 seconds go with tracing: time to first byte, database queries and the browser's render. Most of the page is the same for every visitor, so I'd cache the rendered HTML at the CDN edge with a TTL of 60 seconds and stale-while-revalidate, and cache the product and price lookups in Redis, invalidated on write. Images move to the CDN in modern formats with lazy loading below the fold. I'd add an index for the slow inventory query and batch the N+1 review lookups. Then a load test at twice the usual request rate, tracking p95 latency and the cache hit ratio, with an alert if p95 goes over 1 second.",
  ],
  [
    "software_engineering",
    UPLOAD_Q,
    "I'd make uploads resumable: the client splits each photo into chunks of 1 MB, sends every chunk with its offset, and after a dropped chunk resumes from the last acknowledged offset instead of starting over. Chunks go straight to object storage through a presigned URL, so our servers never hold the file. Before sending, the client resizes the photo to 2048 pixels and compresses it, which cuts most files to a tenth. A chunk that fails is retried with exponential backoff. I'd measure the upload success rate and the median time per upload by network type, and alert when success drops below 98%.",
  ],
  [
    "software_engineering",
    REPORT_Q,
    "I'd profile one slow export first: for accounts with tens of millions of rows the query scans every event and builds the file in memory. I'd move exports to a background job that streams rows in batches of 10,000 straight into the CSV, so memory stays flat, and email a download link when the file is ready. Aggregates that every export repeats can come from a nightly rollup table with an index on account and date. I'd track export duration at p95 by account size and the share of exports that time out, aiming for under two minutes.",
  ],
];

describe("strong answers under a pointing-back question", () => {
  it.each(STRONG)("are not flagged off topic (%s: %s)", (rubric, question, answer) => {
    const result = score(rubric, question, answer);
    expect(result.flags).not.toContain("off_topic");
    expect(result.total).toBeGreaterThanOrEqual(50);
  });
});

describe("an answer to another question under a pointing-back question", () => {
  it("is still flagged off topic when it names neither the subject nor the circumstance", () => {
    const widget =
      "I'd add a recommendation widget. The widget shows similar items from the same category, and the widget ranks them by co-purchases. Each widget click is logged, and the widget is tested against a control with no widget, measuring click-through and revenue per visitor.";
    const result = score("software_engineering", PAGE_Q, widget);
    expect(result.flags).toContain("off_topic");
    expect(result.total).toBeLessThan(score("software_engineering", PAGE_Q, STRONG[0]?.[2] ?? "").total);
  });
});
