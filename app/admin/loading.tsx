import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function AdminLoading() {
  const t = useTranslations("admin.shell");
  return <PageSkeleton label={t("loading")} width="none" blocks={[{ tiles: 4, grid: "sm:grid-cols-2 lg:grid-cols-4" }, { box: "h-64" }]} />;
}
