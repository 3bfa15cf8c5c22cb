import { useTranslations } from "next-intl";
import { SolidIcon } from "@/app/_components/icons";
import type { TScoreFlag } from "@/server/contracts/vocabulary/score";

/** What each flag means for the candidate, in plain words (components.score.flags). */
export function ScoreFlagNotes({ flags }: { flags: readonly TScoreFlag[] }) {
  const t = useTranslations("components.score");
  if (flags.length === 0) return null;
  return (
    <ul aria-label={t("notesLabel")} className="space-y-2">
      {flags.map((flag) => (
        <li key={flag} className="flex gap-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          <SolidIcon name="informationCircle" />
          <span>
            <span className="sr-only">{t("notePrefix")}</span>
            {t.has(`flags.${flag}`) ? t(`flags.${flag}`) : flag}
          </span>
        </li>
      ))}
    </ul>
  );
}
