import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function ProgressLoading() {
  const t = useTranslations("progress");
  return <PageSkeleton label={t("loading")} blocks={[{ tiles: 6, grid: "grid-cols-2 sm:grid-cols-3 lg:grid-cols-6" }, { main: [{ box: "h-72" }], side: [{ box: "h-40" }] }]} />;
}
