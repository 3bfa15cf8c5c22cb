import { useTranslations } from "next-intl";
import { SolidIcon } from "@/app/_components/icons";
import type { TScore } from "@/server/contracts/vocabulary/score";

/**
 * Under a provisional score (the built-in analyzer's, given while the AI grader was unavailable):
 * says the AI grader will re-check the answer, so the candidate knows the number may still change.
 * Marked by an icon, words and a dashed border, never by colour alone; announced politely when the
 * score updates in place.
 */
export function ProvisionalNote({ score }: { score: TScore }) {
  const t = useTranslations("components.score");
  if (!score.provisional) return null;
  return (
    <p
      role="status"
      className="mt-5 flex gap-2 rounded-lg border border-dashed border-sky-300 bg-sky-50 p-3 text-sm text-sky-950"
    >
      <SolidIcon name="clock" />
      <span>
        {t.rich("provisional", { strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
      </span>
    </p>
  );
}
