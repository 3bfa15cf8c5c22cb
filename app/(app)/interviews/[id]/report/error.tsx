"use client";

import { RouteError } from "../../_components/route-error";

export default function ReportError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="We couldn’t load this report" />;
}
