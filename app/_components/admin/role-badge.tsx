import { useTranslations } from "next-intl";
import type { TRole } from "@/server/contracts/vocabulary/roles";
import { Badge } from "./badge";

export function RoleBadge({ role }: { role: TRole }) {
  const t = useTranslations("admin.roles");
  return <Badge tone={role === "admin" ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-800"}>{t(role)}</Badge>;
}
