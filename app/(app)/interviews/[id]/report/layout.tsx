import type { ReactNode } from "react";
import { loadOwnInterview } from "../../_components/own-interview";

/** Decides sign-in and "not yours" before the loading boundary streams, so the status is a real 307/404. */
export default async function ReportLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  await loadOwnInterview(id, `/interviews/${id}/report`);
  return children;
}
