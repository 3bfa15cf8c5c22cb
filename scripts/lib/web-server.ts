/**
 * The HTTP server every web process runs: puts the socket's peer address in a header no client can
 * forge (rate limits and X-Forwarded-For trust rest on it), and closes gracefully: stop accepting,
 * let in-flight requests finish (bounded), then cut what is left.
 */
import http from "node:http";
import { answerClientError } from "@/server/http/client-error";
import { PEER_IP_HEADER, peerHeaders } from "@/server/http/client-ip";

export const DRAIN_TIMEOUT_MS = 10_000;
/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) is shorter than what keeps
 * connections on the other side: a proxy's upstream pool (nginx and load balancers idle out at 60 s)
 * or a client's agent sends its next request on a socket the server is closing at that moment, and
 * gets a reset (a 502 behind a proxy; ECONNRESET in a browser test whose page sat 5 s between two
 * calls on a loaded machine). Longer than those 60 s, so the other side closes first.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export interface RunningServer {
  readonly port: number;
  /** Stops accepting, waits up to `drainMs` for in-flight requests, then closes every connection. */
  close(drainMs?: number): Promise<void>;
}

export async function startWebServer(
  listener: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  options: { port: number; hostname?: string },
): Promise<RunningServer & { server: http.Server }> {
  const server = http.createServer((req, res) => {
    // peerHeaders always sets the forwarded marker; the peer address only when the socket has one.
    delete req.headers[PEER_IP_HEADER];
    Object.assign(req.headers, peerHeaders(req.socket.remoteAddress, req.headers));
    listener(req, res);
  });
  // Requests the parser refuses (oversized headers, malformed HTTP) get the contract's JSON error body.
  server.on("clientError", answerClientError);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // A request's headers must arrive within this; Node wants it above the keep-alive timeout.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  let closing: Promise<void> | undefined;
  return {
    server,
    port: (server.address() as { port: number }).port,
    close: (drainMs = DRAIN_TIMEOUT_MS) => (closing ??= drain(server, drainMs)),
  };
}

function drain(server: http.Server, drainMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    // A keep-alive connection goes idle once its in-flight response is sent: close those as they appear.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    let giveUp: NodeJS.Timeout | undefined;
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      // Upgraded sockets (dev's hot reload) are not HTTP connections any more: don't wait on them.
      giveUp = setTimeout(done, 1000);
    }, drainMs);
    function done() {
      clearInterval(sweep);
      clearTimeout(deadline);
      clearTimeout(giveUp);
      resolve();
    }
    server.close(done);
    server.closeIdleConnections();
  });
}
