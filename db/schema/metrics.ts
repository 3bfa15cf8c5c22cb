import { doublePrecision, date, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * Daily rollups for the admin console: one row per (day, metric, key), computed by the
 * "refresh-metric-rollups" job for finished days (UTC). Today's figures are always read live,
 * so the console is exact and its queries stay small at any size.
 */
export const metricsDaily = pgTable(
  "metrics_daily",
  {
    day: date({ mode: "string" }).notNull(),
    metric: text().notNull(),
    /** A breakdown such as the track or "provider|model"; empty when there is none. */
    key: text().notNull().default(""),
    value: doublePrecision().notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.metric, table.key] }), index("metrics_daily_metric_day_idx").on(table.metric, table.day)],
);
