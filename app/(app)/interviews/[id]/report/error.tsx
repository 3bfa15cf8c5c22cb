"use client";

import { useTranslations } from "next-intl";
import { RouteError } from "../../_components/route-error";

export default function ReportError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("report");
  return <RouteError error={error} retry={retry} title={t("loadFailed")} />;
}
