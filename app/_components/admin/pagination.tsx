import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button-styles";

interface PaginationProps {
  label: string;
  previous: string | null;
  next: string | null;
  previousLabel?: string;
  nextLabel?: string;
}

/** Previous / next links under a list; nothing when there is only one page. */
export function Pagination({ label, previous, next, previousLabel, nextLabel }: PaginationProps) {
  const t = useTranslations("admin.shell");
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3">
      {previous ? (
        <Link href={previous} className={buttonClass("secondary", { size: "sm" })}>
          <span aria-hidden="true">←</span> {previousLabel ?? t("previous")}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next} className={buttonClass("secondary", { size: "sm" })}>
          {nextLabel ?? t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
