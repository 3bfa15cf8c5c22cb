/**
 * The one dedicated LISTEN connection of a process. postgres.js re-issues LISTEN by itself after a
 * dropped connection, but gives up silently if the database is still down at that moment; so a
 * probe NOTIFY is sent through the ordinary pool every few seconds and must come back on this
 * connection. A probe that fails or never arrives tears the connection down and opens a new one
 * (with backoff while the database stays away). Every (re)LISTEN calls onReady, because events
 * sent while nobody listened are lost and subscribers must read the current state again.
 */
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { encodeEvent, parseEvent, REALTIME_CHANNEL, type TRealtimeEvent } from "./events";

export interface TListenConnectionOptions {
  url: string;
  /** Sends a NOTIFY through another connection (the app's pool): the probe must cross the server. */
  sendProbe: (payload: string) => Promise<unknown>;
  onEvent: (event: TRealtimeEvent) => void;
  onReady: () => void;
  onLost: (reason: string) => void;
  probeIntervalMs?: number;
  probeTimeoutMs?: number;
}

export interface TListenConnection {
  healthy(): boolean;
  stop(): Promise<void>;
}

const MIN_RETRY_MS = 500;
const MAX_RETRY_MS = 10_000;

export function openListenConnection(options: TListenConnectionOptions): TListenConnection {
  const probeIntervalMs = options.probeIntervalMs ?? 10_000;
  const probeTimeoutMs = options.probeTimeoutMs ?? 5_000;
  let client: postgres.Sql | null = null;
  let healthy = false;
  let stopped = false;
  let wakeSleeper: (() => void) | null = null;
  let probeEcho: { nonce: string; arrived: () => void } | null = null;

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done() {
        clearTimeout(timer);
        wakeSleeper = null;
        resolve();
      }
      wakeSleeper = done;
    });
  }

  function onPayload(payload: string) {
    const event = parseEvent(payload);
    if (!event) return;
    if (event.kind === "ping") {
      if (probeEcho?.nonce === event.nonce) probeEcho.arrived();
      return;
    }
    options.onEvent(event);
  }

  function ready() {
    healthy = true;
    options.onReady();
  }

  async function connect(): Promise<void> {
    // The outer client never runs a query: its listen() opens the one dedicated connection.
    const next = postgres(options.url, { max: 1, onnotice: () => {}, connect_timeout: 5, fetch_types: false });
    client = next;
    try {
      await next.listen(REALTIME_CHANNEL, onPayload, ready);
    } catch (error) {
      client = null;
      await next.end({ timeout: 0 }).catch(() => {});
      throw error;
    }
  }

  async function drop(reason: string): Promise<void> {
    const wasHealthy = healthy;
    healthy = false;
    const old = client;
    client = null;
    await old?.end({ timeout: 0 }).catch(() => {});
    if (wasHealthy && !stopped) options.onLost(reason);
  }

  async function probe(): Promise<boolean> {
    const nonce = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const echoed = new Promise<boolean>((resolve) => {
      probeEcho = { nonce, arrived: () => resolve(true) };
      timer = setTimeout(() => resolve(false), probeTimeoutMs);
      timer.unref();
    });
    try {
      await options.sendProbe(encodeEvent({ kind: "ping", nonce }));
      return await echoed;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      probeEcho = null;
    }
  }

  async function run(): Promise<void> {
    let retryMs = MIN_RETRY_MS;
    while (!stopped) {
      if (!client) {
        try {
          await connect();
          retryMs = MIN_RETRY_MS;
        } catch (error) {
          await drop(`listen failed: ${error instanceof Error ? error.message : String(error)}`);
          await sleep(retryMs);
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
          continue;
        }
      }
      await sleep(probeIntervalMs);
      if (stopped || !client) continue;
      if (await probe()) {
        // postgres.js may have re-listened on a new socket without us noticing: still fine.
        if (!healthy) ready();
      } else {
        await drop("probe notification not delivered");
      }
    }
  }

  void run();

  return {
    healthy: () => healthy,
    async stop() {
      stopped = true;
      wakeSleeper?.();
      await drop("stopped");
    },
  };
}
