import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export interface TColumn<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Classes for this column's cells (alignment, wrapping). */
  className?: string;
  /** The cell that names the row (a <th scope="row">): usually the first column. */
  rowHeader?: boolean;
}

const VARIANTS = {
  /** Its own card: a tinted header row and roomy cells. */
  framed: {
    frame: "relative overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200",
    head: "border-b border-slate-200 bg-slate-50 text-slate-700",
    th: "px-4 py-3 font-semibold",
    cell: "px-4 py-3",
    body: "divide-y divide-slate-100",
  },
  /** Inside a card that already has a frame. */
  plain: { frame: "relative overflow-x-auto", head: "text-slate-600", th: "py-2 pr-3 font-medium", cell: "py-2 pr-3", body: "divide-y divide-slate-100" },
  /** The numbers behind a chart, for screen readers only. */
  hidden: { frame: "sr-only", head: "", th: "", cell: "", body: "" },
} as const;

interface DataTableProps<T> {
  /** Says what the table holds; shown to screen readers only unless `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: ReadonlyArray<TColumn<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown instead of an empty table. */
  empty?: ReactNode;
  variant?: keyof typeof VARIANTS;
  /** The width below which the table scrolls sideways inside its frame (on a phone), e.g. "min-w-[40rem]". */
  minWidth?: string;
}

/**
 * One table for lists and figures: a caption, column headers with scope, the row's name as a row
 * header, an empty state, and sideways scrolling inside a focusable region on narrow screens
 * (so keyboard users can scroll it too) instead of widening the page.
 */
export function DataTable<T>({ caption, showCaption = false, columns, rows, rowKey, empty, variant = "framed", minWidth = "", className }: DataTableProps<T> & { className?: string }) {
  const t = useTranslations("components.dataTable");
  if (rows.length === 0 && empty !== undefined) return <p className="text-sm text-slate-700">{empty}</p>;
  const style = VARIANTS[variant];
  const scrolls = variant !== "hidden";
  return (
    // In a div: a table ignores its own width and overflow, so sr-only on the table would still widen the page.
    <div className={`${style.frame} ${className ?? ""}`} role={scrolls ? "region" : undefined} aria-label={scrolls ? t("scrollRegion", { caption: String(caption) }) : undefined} tabIndex={scrolls ? 0 : undefined}>
      <table className={scrolls ? `w-full text-left text-sm ${minWidth}` : undefined}>
        <caption className={showCaption ? "mb-2 text-left text-sm font-semibold text-slate-900" : "sr-only"}>{caption}</caption>
        <thead className={style.head}>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`${style.th} ${column.className ?? ""}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={style.body}>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) => {
                const Cell = column.rowHeader ? "th" : "td";
                return (
                  <Cell key={index} scope={column.rowHeader ? "row" : undefined} className={`${style.cell} ${column.rowHeader ? "font-medium" : ""} ${column.className ?? ""}`}>
                    {column.cell(row)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
