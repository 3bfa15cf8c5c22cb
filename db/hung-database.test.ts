/**
 * A database that hangs (its host stopped, or cut off by the network without a reset) answers
 * nothing, so the server-side statement_timeout never arrives. A proxy in front of the test database
 * stops passing bytes, as a stopped server does: queries and transactions that already hold a
 * connection must fail with 57014 (503 + Retry-After in the app) once the response deadline passes,
 * and new queries once the acquire deadline passes, never wait for the outage to end. Before the
 * response deadline, requests hung for the whole freeze (QA: 25–75 s, no 503).
 */
import net from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "./index";

/** A TCP proxy to `target` whose traffic can be frozen (bytes held, sockets left open) and thawed. */
async function freezableProxy(target: URL): Promise<{ port: number; freeze(): void; thaw(): void; close(): Promise<void> }> {
  let frozen = false;
  const pairs = new Set<[net.Socket, net.Socket]>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    const pipe = (from: net.Socket, to: net.Socket) =>
      from.on("data", (chunk) => {
        if (frozen) from.pause();
        to.write(chunk);
      });
    pipe(client, upstream);
    pipe(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    // Paused sockets pass nothing on: what a stopped server's peer sees.
    freeze: () => {
      frozen = true;
      for (const socket of [...pairs].flat()) socket.pause();
    },
    thaw: () => {
      frozen = false;
      for (const socket of [...pairs].flat()) socket.resume();
    },
    close: async () => {
      for (const socket of [...pairs].flat()) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const databaseUrl = new URL(process.env.DATABASE_URL ?? "");
let proxy: Awaited<ReturnType<typeof freezableProxy>> | undefined;
let handle: DbHandle | undefined;

afterAll(async () => {
  proxy?.thaw();
  await handle?.sql.end({ timeout: 1 });
  await proxy?.close();
});

async function failure(work: () => Promise<unknown>): Promise<{ ms: number; code?: unknown }> {
  const started = Date.now();
  try {
    await work();
    return { ms: Date.now() - started };
  } catch (error) {
    // Drizzle wraps a failed query's error (DrizzleQueryError) with the driver's as its cause.
    const cause = (error as { cause?: { code?: unknown } }).cause;
    return { ms: Date.now() - started, code: cause?.code ?? (error as { code?: unknown }).code };
  }
}

describe("a database that stops answering", () => {
  it("fails queries and transactions with 57014 after the response deadline instead of waiting for it", async () => {
    proxy = await freezableProxy(databaseUrl);
    const url = new URL(databaseUrl);
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    handle = createDb(url.toString(), { max: 2, acquireTimeoutMs: 800, responseTimeoutMs: 1_500, preparedStatements: false });
    const { db } = handle;
    // Both connections open and idle, as in a warm pool.
    await Promise.all([db.execute(sql`select 1`), db.execute(sql`select 1`)]);

    proxy.freeze();
    const [query, transaction, third] = await Promise.all([
      failure(() => db.execute(sql`select 1`)),
      failure(() => db.transaction(async (tx) => tx.execute(sql`select 1`))),
      // No connection is free while the first two wait for answers: the acquire deadline answers it.
      failure(async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return db.execute(sql`select 2`);
      }),
    ]);
    for (const outcome of [query, transaction, third]) {
      expect(outcome.code).toBe("57014");
      expect(outcome.ms).toBeLessThan(6_000);
    }
  }, 20_000);
});
