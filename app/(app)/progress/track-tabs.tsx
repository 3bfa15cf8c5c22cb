import Link from "next/link";
import { useTranslations } from "next-intl";
import { hrefWith } from "@/app/_components/search-params";
import type { TTrack } from "@/server/contracts/vocabulary/tracks";

/** One link per practised track (plus the one on show): each track has its own rubric and skills. */
export function TrackTabs({ tracks, current, job }: { tracks: readonly TTrack[]; current: TTrack; job?: string }) {
  const t = useTranslations("progress");
  const tv = useTranslations("vocabulary");
  const shown = tracks.includes(current) ? tracks : [current, ...tracks];
  if (shown.length < 2) return null;
  return (
    <nav aria-label={t("tracksLabel")}>
      <ul className="flex flex-wrap gap-2">
        {shown.map((track) => {
          const active = track === current;
          return (
            <li key={track}>
              <Link
                href={hrefWith("/progress", { track, job })}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-full px-4 py-1.5 text-sm font-semibold ring-1 ${
                  active ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"
                }`}
              >
                {tv(`tracks.${track}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
