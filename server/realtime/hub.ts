/**
 * The process-wide realtime hub: one LISTEN connection (started on the first subscriber), and an
 * in-process registry of subscribers keyed by answer / user / "mail". Kept on globalThis because
 * Next.js bundles route code separately from the launcher's own modules (and reloads it in dev):
 * both copies must share one connection and one registry per process.
 */
import { getEnv } from "@/server/env";
import { getSql } from "@/server/db";
import { logger } from "@/server/logger";
import { keysOf, REALTIME_CHANNEL, type TRealtimeEvent } from "./events";
import { openListenConnection, type TListenConnection } from "./listen-connection";

/** "event": something about this key changed; "resync": the listener (re)connected, re-read everything. */
export type TRealtimeSignal = "event" | "resync";
type TSubscriber = (signal: TRealtimeSignal) => void;

interface THubState {
  subscribers: Map<string, Set<TSubscriber>>;
  connection: TListenConnection | null;
}

const HUB_KEY = Symbol.for("rehearse.realtime.hub");

function hub(): THubState {
  const holder = globalThis as unknown as Record<symbol, THubState | undefined>;
  holder[HUB_KEY] ??= { subscribers: new Map(), connection: null };
  return holder[HUB_KEY];
}

function dispatch(event: TRealtimeEvent): void {
  for (const key of keysOf(event)) {
    for (const subscriber of hub().subscribers.get(key) ?? []) subscriber("event");
  }
}

function broadcastResync(): void {
  for (const subscribers of hub().subscribers.values()) {
    for (const subscriber of subscribers) subscriber("resync");
  }
}

function ensureListening(): void {
  const state = hub();
  if (state.connection) return;
  const url = getEnv().DATABASE_URL;
  if (!url) return;
  state.connection = openListenConnection({
    url,
    sendProbe: (payload) => getSql().notify(REALTIME_CHANNEL, payload),
    onEvent: dispatch,
    onReady: broadcastResync,
    onLost: (reason) => logger().warn({ reason }, "realtime listener lost its connection; reconnecting"),
  });
}

/** Calls `subscriber` for every event on `key` (and on every resync) until the returned function is called. */
export function subscribeRealtime(key: string, subscriber: TSubscriber): () => void {
  ensureListening();
  const { subscribers } = hub();
  let set = subscribers.get(key);
  if (!set) subscribers.set(key, (set = new Set()));
  set.add(subscriber);
  return () => {
    set.delete(subscriber);
    if (set.size === 0 && subscribers.get(key) === set) subscribers.delete(key);
  };
}

/** False while the LISTEN connection is down or unproven: waiters then re-read the database often. */
export function isRealtimeHealthy(): boolean {
  return hub().connection?.healthy() ?? false;
}

/**
 * How long a waiter may sleep without hearing anything before it re-reads the database anyway:
 * long while LISTEN works (a lost NOTIFY must not strand anyone for good), short while it is down.
 */
export function realtimeRecheckMs(): number {
  return isRealtimeHealthy() ? 20_000 : 2_000;
}

/** How many subscribers are waiting (tests, metrics). */
export function realtimeSubscriberCount(): number {
  let count = 0;
  for (const set of hub().subscribers.values()) count += set.size;
  return count;
}

/** Closes the LISTEN connection (shutdown, tests). A later subscriber opens a new one. */
export async function stopRealtime(): Promise<void> {
  const state = hub();
  const connection = state.connection;
  state.connection = null;
  await connection?.stop();
}
