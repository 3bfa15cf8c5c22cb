import type { Metadata } from "next";
import { FlaggedQueue } from "@/app/_components/admin/flagged-queue";
import { AdminPageHeader } from "@/app/_components/admin/page-header";
import { requireAdmin } from "@/app/_components/admin/require-admin";
import { serverCaller } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "Flagged answers" };

const LIMIT = 50;

export default async function FlaggedPage() {
  await requireAdmin();
  const api = await serverCaller();
  const [{ answers }, capabilities] = await Promise.all([api.admin.flagged({ limit: LIMIT }), api.admin.capabilities()]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title="Flagged answers"
        description="Answers the scorer flagged or a candidate disputed. Rescore them, set the score by hand with a note, or dismiss the flag."
      />
      <FlaggedQueue answers={answers} aiConfigured={capabilities.aiConfigured} aiModel={capabilities.aiModel} />
      {answers.length === LIMIT ? <p className="text-sm text-slate-600">Showing the oldest {LIMIT}; resolve some to see more.</p> : null}
    </div>
  );
}
