import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TRACKS, type TLevel, type TTrack } from "@/server/contracts/vocabulary/tracks";
import { AsideLink, SectionCard } from "@/app/_components/section-card";

export const QUICK_START_QUESTIONS = 3;

export function quickStartHref(track: TTrack, level: TLevel): string {
  return `/practice?track=${track}&level=${level}&count=${QUICK_START_QUESTIONS}&autostart=1`;
}

interface QuickStartProps {
  level: TLevel;
  preferredTrack: TTrack | null;
  /** Why starting is not possible right now (quota used, email unverified), shown instead of the buttons. */
  blocked?: ReactNode;
}

/** One click per track straight into a 3-question interview, the candidate's own track first. */
export function QuickStart({ level, preferredTrack, blocked }: QuickStartProps) {
  const t = useTranslations("dashboard.quick");
  const tv = useTranslations("vocabulary");
  const levelLabel = tv(`levels.${level}`);
  const tracks = preferredTrack ? [preferredTrack, ...TRACKS.filter((track) => track !== preferredTrack)] : [...TRACKS];
  return (
    <SectionCard
      id="quick-start"
      title={t("title")}
      aside={<AsideLink href="/practice">{t("choose")}</AsideLink>}
    >
      <p className="mt-1 text-sm text-slate-600">
        {t("lead", { count: QUICK_START_QUESTIONS, level: levelLabel })}
      </p>
      {blocked ? (
        <div className="mt-4 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{blocked}</div>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {tracks.map((track) => (
            <li key={track}>
              <Link
                href={quickStartHref(track, level)}
                className="group flex h-full items-center justify-between gap-3 rounded-lg border border-slate-300 bg-white p-4 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="min-w-0">
                  <span className="block font-semibold text-slate-900">
                    <span className="sr-only">{t("start")} </span>
                    {tv(`tracks.${track}`)}
                  </span>
                  <span className="block text-sm text-slate-600">
                    {t("meta", { level: levelLabel, count: QUICK_START_QUESTIONS })}
                    {track === preferredTrack ? <span className="ml-1 font-medium text-brand-700">{t("yourTrack")}</span> : null}
                  </span>
                </span>
                <span aria-hidden="true" className="flex-none text-lg text-brand-700 transition-transform group-hover:translate-x-0.5">
                  →
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
