/**
 * Metrics of several processes behind one port (node:cluster, scripts/lib/web-cluster.ts).
 * A scrape reaches one web process; it asks the primary, which asks every web process for its
 * metrics as JSON, adds its own (the job worker runs in the primary) and sums them with
 * prom-client's AggregatorRegistry. Without a cluster, or when the primary does not answer in
 * time, the process answers with its own metrics.
 */
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import client from "prom-client";
import { metrics } from "./registry";

type TMetricsJson = Awaited<ReturnType<client.Registry["getMetricsAsJSON"]>>;

const COLLECT = "rehearse:metrics:collect";
const COLLECTED = "rehearse:metrics:collected";
const REPORT = "rehearse:metrics:report";
const REPORTED = "rehearse:metrics:reported";
const WAIT_MS = 2_000;

interface TMessage {
  type?: string;
  id?: string;
  text?: string;
  metrics?: TMetricsJson;
}

const globalForCluster = globalThis as unknown as { rehearseMetricsWorker?: boolean; rehearseMetricsPrimary?: boolean };

/** In a web process: answer the primary's requests for this process's metrics (once per process). */
function installWorkerResponder(): void {
  if (!cluster.isWorker || globalForCluster.rehearseMetricsWorker) return;
  globalForCluster.rehearseMetricsWorker = true;
  process.on("message", (message: TMessage) => {
    if (message?.type !== REPORT) return;
    void metrics()
      .registry.getMetricsAsJSON()
      .then((json) => process.send?.({ type: REPORTED, id: message.id, metrics: json }));
  });
}

/** In the primary (the launcher that forks web processes): aggregate on a web process's request. */
export function installMetricsAggregator(): void {
  if (!cluster.isPrimary || globalForCluster.rehearseMetricsPrimary) return;
  globalForCluster.rehearseMetricsPrimary = true;
  cluster.on("message", (asker, message: TMessage) => {
    if (message?.type !== COLLECT) return;
    void aggregateAll().then((text) => {
      if (asker.isConnected()) asker.send({ type: COLLECTED, id: message.id, text });
    });
  });
}

async function aggregateAll(): Promise<string> {
  const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker?.isConnected());
  const reports = await Promise.all(
    workers.map(
      (worker) =>
        new Promise<TMetricsJson | null>((resolve) => {
          const id = randomUUID();
          const timer = setTimeout(() => done(null), WAIT_MS / 2);
          const onMessage = (message: TMessage) => message?.type === REPORTED && message.id === id && done(message.metrics ?? null);
          function done(result: TMetricsJson | null) {
            clearTimeout(timer);
            worker!.off("message", onMessage);
            resolve(result);
          }
          worker!.on("message", onMessage);
          worker!.send({ type: REPORT, id });
        }),
    ),
  );
  const own = await metrics().registry.getMetricsAsJSON();
  const all = [own, ...reports.filter((report): report is TMetricsJson => report !== null)];
  return client.AggregatorRegistry.aggregate(all).metrics();
}

/** This deployment's per-process metrics as Prometheus text: summed over the cluster when there is one. */
export async function processMetricsText(): Promise<string> {
  installWorkerResponder();
  if (!cluster.isWorker || !process.send) return metrics().registry.metrics();
  const id = randomUUID();
  const text = await new Promise<string | null>((resolve) => {
    const timer = setTimeout(() => done(null), WAIT_MS);
    const onMessage = (message: TMessage) => message?.type === COLLECTED && message.id === id && done(message.text ?? null);
    function done(result: string | null) {
      clearTimeout(timer);
      process.off("message", onMessage);
      resolve(result);
    }
    process.on("message", onMessage);
    process.send!({ type: COLLECT, id });
  });
  return text ?? metrics().registry.metrics();
}

/** Called wherever metrics are recorded in a web process, so the primary can reach them. */
export function joinMetricsCluster(): void {
  installWorkerResponder();
}
