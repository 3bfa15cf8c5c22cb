"use client";

import { useTranslations } from "next-intl";
import { RouteError } from "../interviews/_components/route-error";

export default function ProgressError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("progress");
  return <RouteError error={error} retry={retry} title={t("loadError")} />;
}
