/**
 * Every environment variable Rehearse reads, validated with Zod once at start.
 * A bad value stops start-up with a message naming the variable and what it expects.
 * Nothing is required for a local run: scripts/start.ts fills DATABASE_URL (embedded Postgres)
 * and AUTH_SECRET (generated into DATA_DIR) before the server starts.
 */
import { z } from "zod";

const booleanFromString = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: 'expected "true" or "false"' })
  .transform((value) => value === "true" || value === "1" || value === "yes");

/**
 * An optional URL of `example`'s scheme (http or https for web addresses, smtp or smtps for mail); a bad
 * value's message shows `example`. Without the scheme check "localhost:3000" passed as a URL whose
 * scheme is "localhost:", and every email link built from it was broken.
 */
function optionalUrl(example: string) {
  const scheme = example.slice(0, example.indexOf(":")).replace(/s$/, "");
  return z.url({ protocol: new RegExp(`^${scheme}s?$`), error: `expected a URL such as ${example} (${scheme}:// or ${scheme}s://)` }).optional();
}

/**
 * A comma-separated list whose every entry must pass `valid`. Both lists are compared exactly with what
 * a request carries, so an entry that can never match (a range, a host name, an origin with a trailing
 * slash) used to be accepted and silently did nothing.
 */
function commaList(valid: (entry: string) => boolean, message: string) {
  return z
    .string()
    .default("")
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .refine((entries) => entries.every(valid), { error: message });
}

const ZIpAddressSchema = z.union([z.ipv4(), z.ipv6()]);
const isIpAddress = (entry: string) => ZIpAddressSchema.safeParse(entry).success;

function isOrigin(entry: string): boolean {
  try {
    const url = new URL(entry);
    return /^https?:$/.test(url.protocol) && url.origin === entry;
  } catch {
    return false;
  }
}

/** A number of jobs run at once: a whole number from 1 to 256. */
function jobConcurrency(fallback: number) {
  return boundedInt(1, 256, "expected a whole number from 1 to 256").default(fallback);
}

/** A whole number from `min` to `max`; every way of missing it gets the same `message`. */
function boundedInt(min: number, max: number, message: string) {
  return z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

/** Whole milliseconds from `min` to `max`; `whyMax` is added to the message of a value above it. */
function milliseconds(min: number, max: number, whyMax?: string) {
  const range = `expected between ${min} and ${max} ms`;
  return z.coerce
    .number({ error: "expected milliseconds" })
    .int({ error: "expected whole milliseconds" })
    .min(min, { error: range })
    .max(max, { error: whyMax ? `${range} (${whyMax})` : range });
}

export const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"], { error: "expected development, production or test" }).default("development"),
  PORT: z.coerce
    .number({ error: "expected a port number" })
    .int({ error: "expected a whole port number" })
    .min(1, { error: "expected a port between 1 and 65535" })
    .max(65535, { error: "expected a port between 1 and 65535" })
    .default(3000),
  /** Public URL of the site, used in emails and redirects. Defaults to http://localhost:PORT. */
  APP_URL: optionalUrl("https://rehearse.example.com"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "expected a postgres:// or postgresql:// connection URL" })
    .optional(),
  /** Set by the launcher when it started the embedded database (a local run, whatever NODE_ENV says). */
  REHEARSE_EMBEDDED_DB: booleanFromString.default(false),
  /** Where the embedded database, the generated secret and logs live. */
  DATA_DIR: z.string().min(1, { error: "expected a folder path" }).default("./.data"),
  /** Voice recordings go to S3-compatible object storage when set, else to DATA_DIR/recordings. */
  S3_BUCKET: z.string().min(1).optional(),
  /** Any S3-compatible server (MinIO, Ceph, R2…); unset means AWS S3. */
  S3_ENDPOINT: optionalUrl("https://s3.eu-central-1.amazonaws.com"),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style addresses (endpoint/bucket/key); default true when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: booleanFromString.optional(),
  VOICE_MAX_BYTES: boundedInt(1024, 500 * 1024 * 1024, "expected a number of bytes from 1024 to 524288000").default(25 * 1024 * 1024),
  VOICE_MAX_SECONDS: boundedInt(5, 3600, "expected a number of seconds from 5 to 3600").default(600),
  /** Days a recording's audio is kept (its transcript stays); 0 keeps it until the answer or account goes. */
  VOICE_RETENTION_DAYS: boundedInt(0, 36_500, "expected a whole number of days (0 keeps audio)").default(90),
  AUTH_SECRET: z.string().min(32, { error: "expected at least 32 characters (e.g. `openssl rand -base64 32`)" }).optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "expected fatal, error, warn, info, debug, trace or silent" })
    .default("info"),
  /** Optional file that receives a copy of every log line (tests scan it for leaked secrets). */
  LOG_FILE: z.string().min(1).optional(),
  /** Comma-separated origins allowed to call /api/v1 from a browser; empty = CORS off. */
  CORS_ORIGINS: commaList(isOrigin, "expected comma-separated origins such as https://app.example.com (scheme, host and port; no path or trailing slash)"),
  /** Comma-separated proxy IPs whose X-Forwarded-For is trusted. */
  TRUSTED_PROXIES: commaList(isIpAddress, "expected comma-separated IP addresses such as 10.0.0.2 (no ranges or host names)"),
  /** Run the job worker inside the web process (default) or only with `npm run worker`. */
  RUN_WORKER_IN_WEB: booleanFromString.default(true),
  /** Web processes `npm start` runs on one port (unset: one per core; 1: a single process, as before). */
  WEB_CONCURRENCY: boundedInt(1, 64, "expected a whole number from 1 to 64").optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  LINKEDIN_CLIENT_ID: z.string().min(1).optional(),
  LINKEDIN_CLIENT_SECRET: z.string().min(1).optional(),
  SMTP_URL: optionalUrl("smtp://user:pass@host:587"),
  EMAIL_FROM: z.string().default("Rehearse <no-reply@rehearse.local>"),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: optionalUrl("https://api.openai.com/v1"),
  AI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  AI_DOUBLE_CHECK: booleanFromString.default(true),
  /** Extra or overriding model prices, USD per 1M tokens: {"my-model":{"input":0.5,"output":1.5}}. */
  AI_PRICES: z
    .string()
    .default("{}")
    .transform((value, context) => {
      try {
        return z.record(z.string(), z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() })).parse(JSON.parse(value));
      } catch {
        context.addIssue({ code: "custom", message: 'expected JSON like {"model":{"input":0.15,"output":0.6}} (USD per 1M tokens)' });
        return z.NEVER;
      }
    }),
  /** Jobs of a queue this process runs at once (see server/jobs/dispatcher.ts). */
  SCORING_CONCURRENCY: jobConcurrency(16),
  EMAIL_CONCURRENCY: jobConcurrency(16),
  /** Scoring jobs of one user running at once in a process, so one user's burst cannot starve the others. */
  SCORING_PER_USER_CONCURRENCY: jobConcurrency(4),
  /** Model calls in flight at once in this process, across all jobs (the provider's rate limits are per account). */
  AI_CONCURRENCY: jobConcurrency(4),
  /**
   * One deadline for a whole AI scoring try (both grades of the double check, response body
   * included). Below the score-answer job's 12 s expiry, so a try never outlives its job.
   */
  AI_TIMEOUT_MS: milliseconds(1000, 10_000, "the scoring job expires after 12 s").default(10_000),
  /** Who transcribes spoken answers (server/voice/transcribe/choose-engine.ts); auto: openai when configured, else pocketsphinx when installed. */
  TRANSCRIPTION_ENGINE: z.enum(["auto", "openai", "pocketsphinx", "none"], { error: "expected auto, openai, pocketsphinx or none" }).default("auto"),
  /** An OpenAI-compatible /audio/transcriptions server (OpenAI, a self-hosted Whisper); defaults to OPENAI_BASE_URL. */
  TRANSCRIPTION_BASE_URL: optionalUrl("https://api.openai.com/v1"),
  /** Defaults to OPENAI_API_KEY. */
  TRANSCRIPTION_API_KEY: z.string().min(1).optional(),
  TRANSCRIPTION_MODEL: z.string().min(1).default("whisper-1"),
  /** ISO-639-1 language (e.g. en) forced for every recording; unset: the interview's language is sent as the hint. */
  TRANSCRIPTION_LANGUAGE: z.string().regex(/^[a-z]{2}$/, { error: "expected a two-letter ISO-639-1 code such as en" }).optional(),
  /** One deadline for a whole transcription (response body included); below the job's 180 s expiry. */
  TRANSCRIPTION_TIMEOUT_MS: milliseconds(1000, 150_000, "the transcription job expires after 180 s").default(120_000),
  /** Transcription jobs a process runs at once (each offline one uses every core). */
  TRANSCRIPTION_CONCURRENCY: jobConcurrency(2),
  /** USD per audio minute of the OpenAI-compatible model (whisper-1: 0.006), recorded in ai_usage; unset: 0. */
  TRANSCRIPTION_PRICE_PER_MINUTE: z.coerce.number({ error: "expected USD per minute, e.g. 0.006" }).nonnegative({ error: "expected USD per minute, e.g. 0.006" }).optional(),
  /** Sandbox worker threads for running coding answers (server/code-runner); each holds a warm Python interpreter (~100 MB). */
  CODE_RUNNER_WORKERS: boundedInt(1, 16, "expected a whole number from 1 to 16").default(2),
  /** Server-side limit for one statement of the app's pool; a runaway query fails with a 503 instead of holding a connection. */
  DB_STATEMENT_TIMEOUT_MS: milliseconds(100, 600_000).default(15_000),
  /** Connections this process's pool may open (unset: from the core count, db/pool-size.ts). */
  DB_POOL_MAX: boundedInt(1, 200, "expected a whole number from 1 to 200").optional(),
  /** How long a query may wait for a free pool connection before the request gets 503 + Retry-After. */
  DB_ACQUIRE_TIMEOUT_MS: boundedInt(100, 30_000, "expected between 100 and 30000 ms").default(4_000),
  /** Named prepared statements for the app's queries (db/prepared-statements.ts); false behind a pooler in transaction mode. */
  DB_PREPARED_STATEMENTS: booleanFromString.default(true),
  /** Bearer token that lets a remote Prometheus read /api/metrics; without it only the local machine may. */
  METRICS_TOKEN: z.string().min(16, { error: "expected at least 16 characters (e.g. `openssl rand -hex 24`)" }).optional(),
  // Each Stripe value has its own prefix: a publishable key, a product id or a copied-wrong secret fails
  // at start-up instead of at a candidate's first checkout.
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(?:sk|rk)_(?:test|live)_\w+$/, { error: "expected a secret key (sk_test_…, sk_live_… or a restricted rk_… key), not a publishable pk_ key" })
    .optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\w+$/, { error: "expected the webhook endpoint's signing secret (whsec_…)" }).optional(),
  STRIPE_PRICE_PRO: z.string().regex(/^price_\w+$/, { error: "expected a price id (price_…), not a product id (prod_…)" }).optional(),
  STRIPE_PRICE_PREMIUM: z.string().regex(/^price_\w+$/, { error: "expected a price id (price_…), not a product id (prod_…)" }).optional(),
  ADMIN_EMAIL: z.email({ error: "expected an email address" }).optional(),
  ADMIN_PASSWORD: z.string().min(8, { error: "expected at least 8 characters" }).optional(),
});

export type TEnv = z.infer<typeof ZEnvSchema> & { APP_URL: string };

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Validates a set of variables; empty strings count as unset so `FOO=` in a shell means "default". */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = ZEnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
    );
  }
  const parsed = result.data;
  return { ...parsed, APP_URL: (parsed.APP_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, "") };
}

let cached: TEnv | undefined;

/** Auth.js' base URL, derived from APP_URL (Auth.js' own AUTH_URL is overwritten, so the two never disagree). */
export function authUrlFor(appUrl: string): string {
  return `${appUrl}/api/auth`;
}

/** The validated environment of this process (parsed on first use, then cached). */
export function getEnv(): TEnv {
  if (!cached) {
    cached = parseEnv(process.env);
    // Auth.js reads AUTH_URL itself and, without it, builds its URLs (sign-in and sign-out redirects,
    // provider callbacks, /api/auth/providers) from the request's Host. Setting it here, the one place
    // that touches process.env, makes APP_URL the single source of every absolute URL.
    process.env.AUTH_URL = authUrlFor(cached.APP_URL);
  }
  return cached;
}

/** Tests and launchers change process.env before the server code reads it; this forgets the cache. */
export function resetEnvCache(): void {
  cached = undefined;
}
