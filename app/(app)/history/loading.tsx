import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function HistoryLoading() {
  const t = useTranslations("history");
  return <PageSkeleton label={t("loading")} blocks={[{ box: "h-32" }, { rows: 4 }]} />;
}
