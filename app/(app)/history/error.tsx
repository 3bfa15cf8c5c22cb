"use client";

import { useTranslations } from "next-intl";
import { RouteError } from "../interviews/_components/route-error";

export default function HistoryError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("history");
  return <RouteError error={error} retry={retry} title={t("loadError")} />;
}
