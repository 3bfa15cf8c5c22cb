import { getTranslations } from "next-intl/server";
import { FlaggedQueue } from "@/app/_components/admin/flagged-queue";
import { adminMetadata } from "@/app/_components/admin/admin-metadata";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { serverCaller } from "@/app/_trpc/server";

export const generateMetadata = adminMetadata("flagged");

const LIMIT = 50;

export default async function FlaggedPage() {
  await requireAdmin();
  const [api, t, titles] = await Promise.all([serverCaller(), getTranslations("admin-flagged"), getTranslations("admin.titles")]);
  const [{ answers }, capabilities] = await Promise.all([api.admin.flagged({ limit: LIMIT }), api.admin.capabilities()]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={titles("flagged")}
        description={t("description")}
      />
      <FlaggedQueue answers={answers} aiConfigured={capabilities.aiConfigured} aiModel={capabilities.aiModel} />
      {answers.length === LIMIT ? <p className="text-sm text-slate-600">{t("oldestOnly", { limit: LIMIT })}</p> : null}
    </div>
  );
}
