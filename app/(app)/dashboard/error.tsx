"use client";

import { useTranslations } from "next-intl";
import { RouteError } from "../interviews/_components/route-error";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("dashboard");
  return <RouteError error={error} retry={retry} title={t("loadError")} />;
}
