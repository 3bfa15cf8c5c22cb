/**
 * One pooled SMTP transport per server URL for this process (nodemailer's `pool: true`). A transport
 * per message paid a TCP connect, the greeting, EHLO and QUIT for every email: during a sign-up
 * burst that was most of each delivery's round trips, while the job held a database connection and
 * the outbox row's lock. The pool keeps at most `maxConnections` connections open and sends one
 * message at a time on each; the job queue's concurrency (EMAIL_CONCURRENCY) is what bounds the
 * sends, so the pool is given the same size: no send waits inside nodemailer, and the server never
 * sees more connections at once than it did with a connection per message.
 */
import { createTransport, type SendMailOptions, type Transporter } from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import { onQueueStop } from "@/server/jobs/queue";

interface PooledTransport {
  transport: Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;
  /** Sends under way: a closed transport is shut only once they finish. */
  sending: number;
  closing: boolean;
}

export interface SmtpPoolOptions {
  maxConnections: number;
}

// Timeouts well under the deliver-email queue's 2-minute expiry, so a hung server fails the try instead
// of the queue starting a second one while this one may still send. An idle pooled connection is
// closed by the socket timeout (or the server) and opened again on the next message.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 45_000 } as const;
/** nodemailer's default: a connection is replaced after this many messages (servers limit them per connection). */
const MAX_MESSAGES_PER_CONNECTION = 100;
/**
 * A message whose connection closed is tried once more on a new one, then fails. nodemailer's default is
 * unlimited: a server that accepts TCP and closes before its greeting (a proxy whose backend is gone) made
 * the pool reconnect every 50 ms for ever while sendMail never settled, holding the delivery job, its
 * database connection and the outbox row's lock.
 */
const MAX_REQUEUES = 1;

const pools = new Map<string, PooledTransport>();

// nodemailer's pool reads maxRequeues (lib/smtp-pool/index.js); @types/nodemailer does not declare it.
function poolOptions(url: string, options: SmtpPoolOptions): SMTPPool.Options & { maxRequeues: number } {
  return { url, pool: true, maxConnections: options.maxConnections, maxMessages: MAX_MESSAGES_PER_CONNECTION, maxRequeues: MAX_REQUEUES, ...TIMEOUTS };
}

function poolFor(url: string, options: SmtpPoolOptions): PooledTransport {
  let pooled = pools.get(url);
  if (!pooled) {
    pooled = {
      // The pool built here, not by createTransport({ url, pool, … }): given a url, createTransport keeps only
      // what the url says and drops every other option (the pool and the timeouts with it).
      transport: createTransport(new SMTPPool(poolOptions(url, options))),
      sending: 0,
      closing: false,
    };
    pools.set(url, pooled);
    // The worker stopping (or a test's stopQueue) closes the connections; the process exit would otherwise wait on them.
    onQueueStop(async () => closeSmtpPools());
  }
  return pooled;
}

/** Sends one message over this process's pooled connections to `url`. Rejects as sendMail does (the caller records the error). */
export async function sendPooled(url: string, message: SendMailOptions, options: SmtpPoolOptions): Promise<SMTPPool.SentMessageInfo> {
  const pooled = poolFor(url, options);
  pooled.sending += 1;
  try {
    return await pooled.transport.sendMail(message);
  } finally {
    pooled.sending -= 1;
    if (pooled.closing && pooled.sending === 0) pooled.transport.close();
  }
}

/**
 * Closes every pooled connection (the worker stopping, a test ending). A send still under way keeps
 * its transport until it finishes: a closed nodemailer pool drops new messages without calling back,
 * so the transport is taken out of the map now (later sends open a new one) and shut after its last send.
 */
export function closeSmtpPools(): void {
  for (const [url, pooled] of pools) {
    pools.delete(url);
    pooled.closing = true;
    if (pooled.sending === 0) pooled.transport.close();
  }
}
