/**
 * bench:faults scenario 1, a sign-up burst: N registrations over `POST /api/v1/auth/register`
 * spread over about a second, each from its own client address (X-Forwarded-For behind the trusted
 * proxy), with SMTP pointed at a local sink (a real SMTP server, test/helpers/smtp-server.ts). For
 * each acknowledged registration: the time from its 202 to the sink accepting the verification email.
 */
import { randomBytes } from "node:crypto";
import type { ReceivedMessage, TestSmtpServer } from "@/test/helpers/smtp-server";
import { sleep, type BenchClient } from "../bench-http";
import { signupVerdict, type TargetResult } from "./faults-verdicts";

export interface SignupOptions {
  client: BenchClient;
  sink: TestSmtpServer;
  runId: string;
  count: number;
  /** Registrations start evenly over this long. */
  spreadMs: number;
  /** Give up waiting for emails this long after the last 202. */
  waitMs: number;
  say(line: string): void;
}

/**
 * For each acknowledged address, how long after its 202 the sink accepted a message to it (the
 * first one; a negative gap, a message faster than the response, counts as 0). Addresses compare
 * case-insensitively, as the app stores them in lower case.
 */
export function deliveryDelays(acknowledged: ReadonlyMap<string, number>, messages: readonly ReceivedMessage[]): { delays: number[]; missing: string[] } {
  const firstArrival = new Map<string, number>();
  for (const message of messages) {
    for (const to of message.to) {
      const address = to.toLowerCase();
      firstArrival.set(address, Math.min(firstArrival.get(address) ?? Number.POSITIVE_INFINITY, message.receivedAt));
    }
  }
  const delays: number[] = [];
  const missing: string[] = [];
  for (const [email, ackAt] of acknowledged) {
    const arrivedAt = firstArrival.get(email.toLowerCase());
    if (arrivedAt === undefined) missing.push(email);
    else delays.push(Math.max(0, arrivedAt - ackAt));
  }
  return { delays, missing };
}

/** 10.250.x.y: addresses no other scenario uses, so the per-address sign-up limit counts each person once. */
function signupIp(index: number): string {
  return `10.250.${Math.floor(index / 250) % 250}.${(index % 250) + 1}`;
}

export async function runSignupBurst(options: SignupOptions): Promise<TargetResult> {
  const acknowledged = new Map<string, number>();
  const refusals = new Map<string, number>();
  const started = Date.now();
  await Promise.all(
    Array.from({ length: options.count }, async (_, i) => {
      await sleep((i * options.spreadMs) / options.count);
      const email = `faults-${options.runId}-signup-${i}@bench.test`;
      const response = await options.client.request({
        method: "POST",
        path: "/api/v1/auth/register",
        headers: { "x-forwarded-for": signupIp(i) },
        body: { email, password: `Faults-${randomBytes(9).toString("base64url")}-7!`, name: `Faults ${i}` },
      });
      if (response.status === 202) acknowledged.set(email, Date.now());
      else refusals.set(String(response.status), (refusals.get(String(response.status)) ?? 0) + 1);
    }),
  );
  const refused = options.count - acknowledged.size;
  options.say(`  ${acknowledged.size} registrations acknowledged (202) in ${((Date.now() - started) / 1000).toFixed(1)} s${refused ? `; refused: ${[...refusals].map(([status, n]) => `${status}×${n}`).join(", ")}` : ""}`);
  const deadline = Date.now() + options.waitMs;
  while (Date.now() < deadline && deliveryDelays(acknowledged, options.sink.messages).missing.length > 0) await sleep(200);
  const { delays } = deliveryDelays(acknowledged, options.sink.messages);
  return signupVerdict({ acknowledged: acknowledged.size, arrivedMs: delays, refused });
}
