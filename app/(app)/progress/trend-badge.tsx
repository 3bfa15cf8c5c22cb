import { useTranslations } from "next-intl";
import type { TTrend } from "@/server/contracts/vocabulary/progress";

const LOOKS: Record<TTrend | "unknown", { arrow: string; className: string }> = {
  improving: { arrow: "↗", className: "bg-green-50 text-green-800 ring-green-200" },
  stable: { arrow: "→", className: "bg-slate-100 text-slate-700 ring-slate-200" },
  declining: { arrow: "↘", className: "bg-amber-50 text-amber-900 ring-amber-200" },
  unknown: { arrow: "…", className: "bg-white text-slate-700 ring-slate-300" },
};

/** The trend as an arrow and a word: the word carries the meaning, never the colour alone. Null: too little data for one. */
export function TrendBadge({ trend }: { trend: TTrend | null }) {
  const t = useTranslations("progress.skill.trends");
  const look = LOOKS[trend ?? "unknown"];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${look.className}`}>
      <span aria-hidden="true">{look.arrow}</span>
      {t(trend ?? "unknown")}
    </span>
  );
}
