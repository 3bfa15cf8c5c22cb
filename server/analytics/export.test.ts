import { describe, expect, it } from "vitest";
import { answersToCsv, csvCell, type TExportedAnswer } from "./export";

/** What csvCell writes for each input, by the rule it shows. */
const CSV_CELLS: Record<string, Array<[Parameters<typeof csvCell>[0], string]>> = {
  "leaves plain text and numbers alone and writes null as empty": [
    ["plain text", "plain text"],
    [42, "42"],
    [7.5, "7.5"],
    [null, ""],
    [undefined, ""],
    ["", ""],
  ],
  "quotes commas, quotes and line breaks, doubling inner quotes": [
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line one\nline two", '"line one\nline two"'],
    ["windows\r\nline", '"windows\r\nline"'],
  ],
  "defuses formulas: = + - @ (and tab, carriage return) get a leading apostrophe": [
    ["=1+1", "'=1+1"],
    ["+SUM(A1:A2)", "'+SUM(A1:A2)"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tcmd", "'\tcmd"],
    ['=HYPERLINK("http://evil.test","click")', `"'=HYPERLINK(""http://evil.test"",""click"")"`],
    ["a = b", "a = b"],
  ],
  "defuses the full-width forms and NUL too (ASVS 1.2.10)": [
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["\uFF0BSUM(A1)", "'\uFF0BSUM(A1)"],
    ["\uFF0D2", "'\uFF0D2"],
    ["\uFF20cmd", "'\uFF20cmd"],
    ["\0=1+1", "'\0=1+1"],
  ],
};

describe("csvCell", () => {
  it.each(Object.entries(CSV_CELLS))("%s", (_rule, cases) => {
    for (const [input, written] of cases) expect(csvCell(input), JSON.stringify(input)).toBe(written);
  });
});

describe("answersToCsv", () => {
  const base: TExportedAnswer = {
    answeredAt: "2026-03-01T10:00:00.000Z",
    track: "product_management",
    level: "junior",
    question: "How would you measure success?",
    attempt: 1,
    kind: "answer",
    answer: "I'd pick, first, \"retention\".",
    status: "scored",
    total: 64,
    dimensions: [
      { key: "structure", label: "Structure", score: 7, max: 10 },
      { key: "metrics", label: "Metrics", score: 6.5, max: 10 },
    ],
    scoredBy: { provider: "builtin", model: "rehearse-analyzer", rubricVersion: "2026-11-1" },
  };

  it("writes a header with one column per dimension, and CRLF lines", () => {
    const csv = answersToCsv([base, { ...base, attempt: 2, answer: "=cmd|' /C calc'!A0", total: null, dimensions: [], scoredBy: null, status: "pending" }]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("date,track,level,question,attempt,kind,answer,status,total,structure,metrics,scored_by");
    expect(lines[1]).toBe(
      '2026-03-01T10:00:00.000Z,product_management,junior,How would you measure success?,1,answer,"I\'d pick, first, ""retention"".",scored,64,7,6.5,builtin/rehearse-analyzer (rubric 2026-11-1)',
    );
    expect(lines[2]).toBe("2026-03-01T10:00:00.000Z,product_management,junior,How would you measure success?,2,answer,'=cmd|' /C calc'!A0,pending,,,,");
    expect(lines[3]).toBe("");
  });

  it("orders dimension columns by rubric across tracks, sharing keys such as communication", () => {
    const coding: TExportedAnswer = { ...base, track: "coding", dimensions: [{ key: "communication", label: "Communication", score: 5, max: 10 }, { key: "approach", label: "Approach", score: 4, max: 10 }] };
    const pm: TExportedAnswer = { ...base, dimensions: [{ key: "communication", label: "Communication", score: 8, max: 10 }] };
    const header = answersToCsv([coding, pm]).split("\r\n")[0];
    expect(header).toBe("date,track,level,question,attempt,kind,answer,status,total,communication,approach,scored_by");
  });

  it("is just the header without answers", () => {
    expect(answersToCsv([])).toBe("date,track,level,question,attempt,kind,answer,status,total,scored_by\r\n");
  });
});
