"use client";

import { useTranslations } from "next-intl";
import { RouteError } from "../interviews/_components/route-error";

export default function HelpError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("help");
  return <RouteError error={error} retry={retry} title={t("loadFailed")} />;
}
