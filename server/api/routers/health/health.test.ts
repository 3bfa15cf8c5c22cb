import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";

const live = createDb(process.env.DATABASE_URL!, { max: 2 });

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

afterAll(() => live.sql.end({ timeout: 5 }));

describe("health.get", () => {
  it("reports ok with the database up", async () => {
    const ctx = createContextInner({ requestId: "t-health", db: live.db });
    const health = await createCaller(ctx).health.get();
    expect(health).toMatchObject({ status: "ok", db: "up" });
    expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(health.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(ctx.res.status).toBeUndefined();
  });

  it("answers db down with status 503 when the database is unreachable", async () => {
    const dead = createDb(`postgres://postgres:x@127.0.0.1:${await closedPort()}/rehearse`, { max: 1 });
    try {
      const ctx = createContextInner({ requestId: "t-health-down", db: dead.db });
      const health = await createCaller(ctx).health.get();
      expect(health).toMatchObject({ status: "error", db: "down" });
      expect(ctx.res.status).toBe(503);
    } finally {
      await dead.sql.end({ timeout: 1 });
    }
  });
});
