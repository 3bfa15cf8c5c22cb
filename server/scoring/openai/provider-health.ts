/**
 * The AI provider's health window (a circuit breaker). Without it, every scoring waits its whole
 * deadline (AI_TIMEOUT_MS) against a provider that stalls, and answers queued behind the first
 * SCORING_CONCURRENCY jobs wait a second deadline (docs/performance.md, "Stalled provider").
 *
 * A scoring whose calls failed because the provider is unavailable (the `providerDown` outcomes of
 * call-model.ts: a timeout or stalled body, a connection error, HTTP 5xx, a 429 rate limit, not
 * out-of-quota) opens the window: for FIRST_WINDOW_MS no scoring calls the provider; each gets the
 * built-in score at once, provisional, and the re-grade queue retries it over minutes. When the
 * window ends, one scoring at a time is the probe (half-open): its success closes the window, its
 * failure opens it again for twice as long, up to MAX_WINDOW_MS. A provider that answered at all
 * (a valid grade, invalid output, a 4xx caused by our input) is up: those never open the window.
 *
 * Calls already in flight when the window opens keep their own deadline; their failures are not
 * news (the window is open already) and do not lengthen it; their success closes it.
 *
 * The state lives in this process (one per scoring engine, server/scoring/service/engine.ts): the
 * job worker is the process that scores answers; a web process scoring POST /analysis keeps its
 * own. With several worker processes each learns on its own first failure, which is fine.
 */

/** The first window after the provider fails: long enough to spare the next answers, short next to the re-grade's minutes. */
export const FIRST_WINDOW_MS = 30_000;
/** The longest window: a probe every 5 minutes at most while the provider stays down. */
export const MAX_WINDOW_MS = 5 * 60_000;

export type TProviderState = "closed" | "open" | "half_open";

/** What one admitted scoring learned about the provider: it answered, it did not, or nothing (no call was sent). */
export type TProviderOutcome = { kind: "up" } | { kind: "down"; reason: string } | { kind: "unknown" };

export type TProviderHealthEvent =
  | { kind: "opened"; windowMs: number; reason: string; afterProbe: boolean }
  | { kind: "closed"; downForMs: number }
  | { kind: "short_circuited" };

export type TAdmission =
  /** Call the provider, then report what became of it (once; later reports are ignored). */
  | { call: true; probe: boolean; report(outcome: TProviderOutcome): void }
  /** Do not call: the provider is down; `reason` says why, for the stored fallback reason. */
  | { call: false; reason: string };

export interface ProviderHealth {
  admit(): TAdmission;
  readonly state: TProviderState;
}

export type TProviderHealthOptions = {
  now?: () => number;
  firstWindowMs?: number;
  maxWindowMs?: number;
  /** Window opened or closed (once each, not per answer), or a scoring was answered without a call. */
  onEvent?: (event: TProviderHealthEvent) => void;
};

export function createProviderHealth(options: TProviderHealthOptions = {}): ProviderHealth {
  const now = options.now ?? Date.now;
  const firstWindowMs = options.firstWindowMs ?? FIRST_WINDOW_MS;
  const maxWindowMs = options.maxWindowMs ?? MAX_WINDOW_MS;
  let state: TProviderState = "closed";
  /** Windows opened in a row without a success between them: the next window's doubling. */
  let windowsInRow = 0;
  let until = 0;
  let downSince = 0;
  let lastReason = "";
  let probeOut = false;
  /** Bumped each time the window opens: a failure admitted before then is old news. */
  let epoch = 0;

  const emit = (event: TProviderHealthEvent): void => {
    try {
      options.onEvent?.(event);
    } catch {
      // A failing log or metric must not change how answers are scored.
    }
  };

  function open(reason: string): void {
    const afterProbe = state !== "closed";
    const windowMs = Math.min(maxWindowMs, firstWindowMs * 2 ** windowsInRow);
    windowsInRow += 1;
    if (state === "closed") downSince = now();
    state = "open";
    until = now() + windowMs;
    lastReason = reason;
    probeOut = false;
    epoch += 1;
    emit({ kind: "opened", windowMs, reason, afterProbe });
  }

  function close(): void {
    windowsInRow = 0;
    probeOut = false;
    if (state === "closed") return;
    state = "closed";
    emit({ kind: "closed", downForMs: Math.max(0, now() - downSince) });
  }

  function ticket(probe: boolean): TAdmission {
    const admittedEpoch = epoch;
    let reported = false;
    return {
      call: true,
      probe,
      report(outcome) {
        if (reported) return;
        reported = true;
        if (outcome.kind === "up") return close();
        const current = admittedEpoch === epoch;
        if (outcome.kind === "down" && current && (state === "closed" || (probe && state === "half_open"))) return open(outcome.reason);
        // Nothing learned (no call was sent): another scoring may probe.
        if (probe && current && state === "half_open") probeOut = false;
      },
    };
  }

  return {
    admit() {
      if (state === "open" && now() >= until) state = "half_open";
      if (state === "closed") return ticket(false);
      if (state === "half_open" && !probeOut) {
        probeOut = true;
        return ticket(true);
      }
      emit({ kind: "short_circuited" });
      const retryIn = state === "open" ? `in ${Math.max(1, Math.ceil((until - now()) / 1000))} s` : "once the current probe ends";
      return { call: false, reason: `the AI provider is down, not called (${lastReason}); it is tried again ${retryIn}` };
    },
    get state() {
      return state;
    },
  };
}
