import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/app/_components/page-skeleton";

/**
 * The start page's loading state, as a Suspense fallback inside the page rather than loading.tsx:
 * a loading.tsx here would also wrap /practice/[id], whose layout must answer 404 before streaming.
 */
export default function PracticeLoading() {
  const t = useTranslations("practice");
  return <PageSkeleton label={t("loading")} width="4xl" blocks={[{ tiles: 4, grid: "sm:grid-cols-2" }]} />;
}
