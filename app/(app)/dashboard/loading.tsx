import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function DashboardLoading() {
  const t = useTranslations("dashboard");
  return <PageSkeleton label={t("loading")} blocks={[{ main: [{ box: "h-64" }, { box: "h-48" }], side: [{ box: "h-48" }] }]} />;
}
