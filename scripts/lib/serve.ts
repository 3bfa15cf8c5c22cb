/**
 * Our HTTP server around Next's request handler (scripts/lib/web-server.ts: the real peer address,
 * graceful close). In production the JSON API and unknown paths are answered before Next
 * (scripts/lib/api-fast-path.ts); pages and everything else go to Next.
 */
import path from "node:path";
import { createFastPath, loadRouteTable } from "./api-fast-path";
import { refuseUnservable } from "./unservable-request";
import { startWebServer, type RunningServer } from "./web-server";

export type { RunningServer } from "./web-server";

export async function serveNext(options: { dev: boolean; port: number; hostname?: string }): Promise<RunningServer> {
  // Imported here, not at the top: Next reads NODE_ENV when it loads, and the launcher sets it first.
  const { default: next } = await import("next");
  const app = next({ dev: options.dev, dir: process.cwd(), port: options.port, hostname: options.hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Dev keeps everything in Next (routes change while it runs; there is no routes manifest to trust).
  const fastPath = options.dev ? null : createFastPath(loadRouteTable(path.resolve(".next"), path.resolve("public")), options.port);
  const running = await startWebServer(
    (req, res) => {
      if (refuseUnservable(req, res) || fastPath?.(req, res)) return;
      void handle(req, res);
    },
    { port: options.port, hostname: options.hostname === "localhost" ? undefined : options.hostname },
  );
  if (options.dev) {
    const upgrade = app.getUpgradeHandler();
    running.server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
  }
  return running;
}
