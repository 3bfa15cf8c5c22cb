import { useTranslations } from "next-intl";
import type { TUserStatus } from "@/server/contracts/vocabulary/roles";

export function StatusBadge({ status }: { status: TUserStatus }) {
  const t = useTranslations("admin.userStatuses");
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${status === "suspended" ? "bg-red-100 text-red-900" : "bg-green-100 text-green-900"}`}>
      {t(status)}
    </span>
  );
}
