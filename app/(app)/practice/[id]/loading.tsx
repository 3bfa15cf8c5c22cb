import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function InterviewLoading() {
  const t = useTranslations("interview");
  return <PageSkeleton label={t("loading")} blocks={[{ main: [{ box: "h-56" }], side: [{ rows: 3 }] }]} />;
}
