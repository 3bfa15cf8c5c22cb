import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function ReportLoading() {
  const t = useTranslations("report");
  return <PageSkeleton label={t("loading")} width="4xl" blocks={[{ ring: true }, { box: "h-48" }]} />;
}
