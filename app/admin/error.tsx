"use client";

import { AdminRouteError } from "@/app/_components/admin/admin-route-error";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return <AdminRouteError error={error} retry={retry} />;
}
