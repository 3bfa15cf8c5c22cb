import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function HelpLoading() {
  const t = useTranslations("help");
  return <PageSkeleton label={t("loading")} width="3xl" blocks={[{ box: "h-72" }, { box: "h-20" }]} />;
}
