/**
 * GET /api/metrics: Prometheus text. Served to the local machine (a loopback peer that no proxy
 * forwarded for) or to a caller with `Authorization: Bearer <METRICS_TOKEN>`; refused otherwise.
 */
import { timingSafeEqual } from "node:crypto";
import client from "prom-client";
import { getDb } from "@/server/db";
import { getEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { isLocalMachineRequest } from "@/server/client-ip";
import { processMetricsText } from "@/server/metrics/cluster";
import { databaseMetricsText } from "@/server/metrics/db-metrics";
import { withRequest } from "./with-request";

const DB_UP_HELP = "# HELP rehearse_database_up Whether the scrape could read the database\n# TYPE rehearse_database_up gauge\n";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Throws UNAUTHORIZED/FORBIDDEN unless the request may read metrics. */
export function assertMetricsAccess(req: Request, token: string | undefined = getEnv().METRICS_TOKEN): void {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const given = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim();
    if (token && given && sameSecret(given, token)) return;
    throw new AppError("UNAUTHORIZED", "The metrics token is not valid.");
  }
  if (isLocalMachineRequest(req.headers)) return;
  throw new AppError(
    "FORBIDDEN",
    token
      ? "Metrics are served to the local machine, or with Authorization: Bearer <METRICS_TOKEN>."
      : "Metrics are served to the local machine only; set METRICS_TOKEN to let a remote Prometheus scrape them.",
  );
}

export const metricsRoute = withRequest(async (req) => {
  assertMetricsAccess(req);
  // The process metrics still help while the database is down (that is when they are wanted most).
  const [perProcess, database] = await Promise.all([
    processMetricsText(),
    databaseMetricsText(getDb()).then(
      (text) => `${text.trimEnd()}\n${DB_UP_HELP}rehearse_database_up 1\n`,
      () => `${DB_UP_HELP}rehearse_database_up 0\n`,
    ),
  ]);
  return new Response(`${perProcess.trimEnd()}\n${database}`, {
    headers: { "content-type": client.register.contentType, "cache-control": "no-store" },
  });
});
