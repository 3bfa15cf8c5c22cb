import { describe, expect, it } from "vitest";
import { answersToCsv, csvCell, type TExportedAnswer } from "./export";

describe("csvCell", () => {
  it("leaves plain text and numbers alone and writes null as empty", () => {
    expect(csvCell("plain text")).toBe("plain text");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(7.5)).toBe("7.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("windows\r\nline")).toBe('"windows\r\nline"');
  });

  it("defuses formulas: = + - @ (and tab, carriage return) get a leading apostrophe", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+SUM(A1:A2)")).toBe("'+SUM(A1:A2)");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell('=HYPERLINK("http://evil.test","click")')).toBe(`"'=HYPERLINK(""http://evil.test"",""click"")"`);
    expect(csvCell("a = b")).toBe("a = b");
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
