import { useTranslations } from "next-intl";
import type { TRole } from "@/server/contracts/vocabulary/roles";

export function RoleBadge({ role }: { role: TRole }) {
  const t = useTranslations("admin.roles");
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${role === "admin" ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-800"}`}>
      {t(role)}
    </span>
  );
}
