/**
 * The candidate's answers and scores as a file: JSON for programs, CSV for spreadsheets. The CSV
 * is RFC 4180 (quoted fields, doubled quotes, CRLF) and safe to open in Excel or Sheets: a text
 * cell that starts like a formula (= + - @, their full-width forms, a tab, carriage return or NUL) gets a leading apostrophe,
 * so an answer like "=HYPERLINK(…)" stays text (OWASP "CSV injection").
 */
import { asc, eq, sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db";
import { answers, interviews } from "@/db/schema";
import { getRubric } from "@/server/contracts/vocabulary/rubrics";
import type { TAnswerKind, TAnswerStatus } from "@/server/contracts/vocabulary/statuses";
import { TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { latestScore } from "./latest-score";

export interface TExportedAnswer {
  answeredAt: string;
  track: TTrack;
  level: TLevel;
  question: string;
  attempt: number;
  kind: TAnswerKind;
  answer: string;
  status: TAnswerStatus;
  total: number | null;
  dimensions: Array<{ key: string; label: string; score: number; max: number }>;
  scoredBy: { provider: string; model: string; rubricVersion: string } | null;
}

export interface TAnswersExport {
  format: "rehearse-answers/1";
  exportedAt: string;
  answers: TExportedAnswer[];
}

export async function exportAnswers(db: TDbOrTx, userId: string, now = new Date()): Promise<TAnswersExport> {
  const rows = await db
    .select({ answer: answers, track: interviews.track, level: interviews.level, score: { total: latestScore.total, dimensions: latestScore.dimensions, provider: latestScore.provider, model: latestScore.model, rubricVersion: latestScore.rubricVersion } })
    .from(answers)
    .innerJoin(interviews, eq(interviews.id, answers.interviewId))
    .leftJoinLateral(latestScore, sql`true`)
    .where(eq(answers.userId, userId))
    .orderBy(asc(answers.createdAt), asc(answers.id));
  return {
    format: "rehearse-answers/1",
    exportedAt: now.toISOString(),
    answers: rows.map(({ answer, track, level, score: scored }) => ({
      answeredAt: answer.createdAt.toISOString(),
      track,
      level,
      question: answer.prompt,
      attempt: answer.attempt,
      kind: answer.kind,
      answer: answer.text,
      status: answer.status,
      total: scored?.total ?? null,
      dimensions: (scored?.dimensions ?? []).map(({ key, label, score: value, max }) => ({ key, label, score: value, max })),
      // A left-joined lateral with no score comes back as null fields (or null): either way, no scorer.
      scoredBy: scored?.provider ? { provider: scored.provider, model: scored.model ?? "", rubricVersion: scored.rubricVersion ?? "" } : null,
    })),
  };
}

/** OWASP's and ASVS 1.2.10's leading characters, their full-width forms (which some spreadsheet locales read as the ASCII ones) and NUL. */
const FORMULA_START = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One CSV field. Numbers are written as they are (never negative here, so never a formula). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(",");
}

/** Dimension columns: every key that occurs, in rubric order (tracks as listed), then any unknown keys. */
function dimensionColumns(rows: readonly TExportedAnswer[]): string[] {
  const present = new Set(rows.flatMap((row) => row.dimensions.map((dimension) => dimension.key)));
  const ordered = TRACKS.flatMap((track) => getRubric(track).dimensions.map((dimension) => dimension.key)).filter((key) => present.has(key));
  return [...new Set([...ordered, ...present])];
}

export function answersToCsv(rows: readonly TExportedAnswer[]): string {
  const dimensionKeys = dimensionColumns(rows);
  const header = ["date", "track", "level", "question", "attempt", "kind", "answer", "status", "total", ...dimensionKeys, "scored_by"];
  const lines = rows.map((row) => {
    const byKey = new Map(row.dimensions.map((dimension) => [dimension.key, dimension.score]));
    const scoredBy = row.scoredBy ? `${row.scoredBy.provider}/${row.scoredBy.model} (rubric ${row.scoredBy.rubricVersion})` : null;
    return csvLine([
      row.answeredAt,
      row.track,
      row.level,
      row.question,
      row.attempt,
      row.kind,
      row.answer,
      row.status,
      row.total,
      ...dimensionKeys.map((key) => byKey.get(key) ?? null),
      scoredBy,
    ]);
  });
  return [csvLine(header), ...lines].join("\r\n") + "\r\n";
}
