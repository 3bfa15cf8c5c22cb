"use client";

import { RouteError } from "../interviews/_components/route-error";

export default function HelpError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} title="We couldn’t load your requests" />;
}
