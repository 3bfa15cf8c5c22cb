import type { CSSProperties, ReactNode } from "react";

export interface TBar {
  key: string;
  label: ReactNode;
  /** The bar's length as a share of `max`. */
  value: number;
  /** What the reader sees next to the bar ("7.4/10", "3 min 05 s"). */
  display: string;
  /** Screen-reader text when `display` alone would be ambiguous. */
  srDisplay?: string;
}

interface BarListProps {
  bars: TBar[];
  max: number;
  tone?: "brand" | "slate";
  /** Gridlines at these values (for a 0–10 scale: 2.5, 5, 7.5). */
  gridlines?: number[];
  /** Column widths once the chart's container is wide enough for label, bar and value on one line. */
  labelWidth?: string;
  valueWidth?: string;
}

/**
 * A horizontal bar chart in plain HTML: every value is also printed as text, so the bars are
 * decoration for sighted readers and the list reads well in a screen reader and on paper.
 */
export function BarList({ bars, max, tone = "brand", gridlines = [], labelWidth = "11rem", valueWidth = "4.5rem" }: BarListProps) {
  const fill = tone === "brand" ? "bg-brand-600" : "bg-slate-500";
  const columns = { "--bar-label": labelWidth, "--bar-value": valueWidth } as CSSProperties;
  return (
    // A container query, not the viewport: the same chart sits in a wide column or a narrow card.
    <ul className="@container space-y-3" style={columns}>
      {bars.map((bar) => {
        const share = max > 0 ? Math.max(0, Math.min(1, bar.value / max)) : 0;
        return (
          <li
            key={bar.key}
            className="grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-3 gap-y-1 @sm:grid-cols-[var(--bar-label)_minmax(0,1fr)_var(--bar-value)]"
          >
            <span className="min-w-0 text-sm text-slate-700">{bar.label}</span>
            <span className="text-right text-sm font-semibold whitespace-nowrap tabular-nums text-slate-900 @sm:order-last">
              {bar.srDisplay ? (
                <>
                  <span aria-hidden="true">{bar.display}</span>
                  <span className="sr-only">{bar.srDisplay}</span>
                </>
              ) : (
                bar.display
              )}
            </span>
            <span
              aria-hidden="true"
              className="relative col-span-2 h-3 self-center overflow-hidden rounded-full bg-slate-100 [print-color-adjust:exact] @sm:col-span-1"
            >
              <span className={`absolute inset-y-0 left-0 rounded-full ${fill}`} style={{ width: `${share * 100}%` }} />
              {gridlines.map((line) => (
                <span key={line} className="absolute inset-y-0 w-px bg-white" style={{ left: `${(line / max) * 100}%` }} />
              ))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
