import { useTranslations } from "next-intl";
import type { TUserStatus } from "@/server/contracts/vocabulary/roles";
import { Badge } from "./badge";

export function StatusBadge({ status }: { status: TUserStatus }) {
  const t = useTranslations("admin.userStatuses");
  return <Badge tone={status === "suspended" ? "bg-red-100 text-red-900" : "bg-green-100 text-green-900"}>{t(status)}</Badge>;
}
