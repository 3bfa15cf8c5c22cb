/**
 * Our HTTP server around Next's request handler. It exists for one reason Next's own CLI can't
 * serve: the socket's peer address, put in a header no client can forge, so rate limits and
 * X-Forwarded-For trust decisions rest on the real peer.
 */
import http from "node:http";
import { PEER_IP_HEADER } from "@/server/http/client-ip";

export interface RunningServer {
  close(): Promise<void>;
}

export async function serveNext(options: { dev: boolean; port: number; hostname?: string }): Promise<RunningServer> {
  // Imported here, not at the top: Next reads NODE_ENV when it loads, and the launcher sets it first.
  const { default: next } = await import("next");
  const app = next({ dev: options.dev, dir: process.cwd(), port: options.port, hostname: options.hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    delete req.headers[PEER_IP_HEADER];
    if (req.socket.remoteAddress) req.headers[PEER_IP_HEADER] = req.socket.remoteAddress;
    void handle(req, res);
  });
  if (options.dev) {
    const upgrade = app.getUpgradeHandler();
    server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname === "localhost" ? undefined : options.hostname, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
