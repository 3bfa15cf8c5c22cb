/**
 * bench:faults scenario 1, a sign-up burst: N registrations over `POST /api/v1/auth/register`
 * spread over about a second, each from its own client address (X-Forwarded-For behind the trusted
 * proxy), with SMTP pointed at a local sink (a real SMTP server, test/helpers/smtp-server.ts). For
 * each acknowledged registration: the time from its 202 to the sink accepting the verification email.
 */
import { randomBytes } from "node:crypto";
import type { ReceivedMessage, TestSmtpServer } from "@/test/helpers/smtp-server";
import { sleep, type BenchClient } from "../bench-http";
import { errorReason, signupVerdict, spread, spreadText, type TargetResult } from "./faults-verdicts";

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

/** One person signing up as a client would: a 503/429 is tried again after its Retry-After, up to 4 tries. */
async function signUp(options: SignupOptions, i: number, refusals: Map<string, number>): Promise<{ email: string; firstTry: number; ackAt: number | null }> {
  const email = `faults-${options.runId}-signup-${i}@bench.test`;
  const body = { email, password: `Faults-${randomBytes(9).toString("base64url")}-7!`, name: `Faults ${i}` };
  const firstTry = Date.now();
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    const response = await options.client.request({ method: "POST", path: "/api/v1/auth/register", headers: { "x-forwarded-for": signupIp(i) }, body });
    if (response.status === 202) return { email, firstTry, ackAt: Date.now() };
    const key = `${response.status} "${errorReason(response.body)}"`;
    refusals.set(key, (refusals.get(key) ?? 0) + 1);
    if (response.status !== 503 && response.status !== 429 && response.status !== 0) break;
    await sleep(Math.min(10, response.retryAfter ?? 1) * 1000);
  }
  return { email, firstTry, ackAt: null };
}

export async function runSignupBurst(options: SignupOptions): Promise<TargetResult> {
  const refusals = new Map<string, number>();
  const started = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: options.count }, async (_, i) => {
      await sleep((i * options.spreadMs) / options.count);
      return signUp(options, i, refusals);
    }),
  );
  const acknowledged = new Map(outcomes.flatMap((outcome) => (outcome.ackAt === null ? [] : [[outcome.email, outcome.ackAt] as const])));
  const refusedFirst = [...refusals.values()].reduce((sum, n) => sum + n, 0);
  options.say(`  ${acknowledged.size} of ${options.count} registrations acknowledged (202) in ${((Date.now() - started) / 1000).toFixed(1)} s${refusedFirst ? `; refusals (each retried after its Retry-After, up to 4 tries): ${[...refusals].map(([key, n]) => `${key}×${n}`).join(", ")}` : ""}`);
  const deadline = Date.now() + options.waitMs;
  while (Date.now() < deadline && deliveryDelays(acknowledged, options.sink.messages).missing.length > 0) await sleep(200);
  const { delays } = deliveryDelays(acknowledged, options.sink.messages);
  // What the person waited: from pressing the button the first time to the email leaving for their inbox.
  const fromFirstTry = deliveryDelays(new Map(outcomes.map((outcome) => [outcome.email, outcome.firstTry])), options.sink.messages).delays;
  const result = signupVerdict({ acknowledged: acknowledged.size, arrivedMs: delays, refused: options.count - acknowledged.size });
  const refusedText = refusedFirst ? `; ${refusedFirst} refusals on the way (${[...refusals.keys()].map((key) => key.split(" ")[0]).join(", ")}), retried` : "";
  return { ...result, measured: `${result.measured}; first try → accepted ${spreadText(spread(fromFirstTry))}${refusedText}` };
}
