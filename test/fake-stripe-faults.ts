/**
 * What the fake Stripe does wrong on purpose: 500s, requests never answered (timeouts), something
 * changing at Stripe just before an answer, and requests held back so concurrent callers overlap.
 * Each request's "METHOD /path" is matched against the patterns tests register.
 */
type TRule = { pattern: RegExp; remaining: number };

export class FakeStripeFaults {
  private failures: TRule[] = [];
  private hangs: TRule[] = [];
  private hooks: { pattern: RegExp; run: () => void }[] = [];
  private gathering: { pattern: RegExp; count: number; timeoutMs: number; held: (() => void)[] } | null = null;

  /** Answers the next `times` matching requests with a 500 (Stripe's api_error). */
  failNext(pattern: RegExp, times = 1): void {
    this.failures.push({ pattern, remaining: times });
  }

  /** Never answers the next `times` matching requests (a timeout, seen from the client). */
  hangNext(pattern: RegExp, times = 1): void {
    this.hangs.push({ pattern, remaining: times });
  }

  /** Runs once before the next matching request is answered (something happening at Stripe meanwhile). */
  onNext(pattern: RegExp, run: () => void): void {
    this.hooks.push({ pattern, run });
  }

  /**
   * Holds the next matching requests until `count` of them have arrived, then answers them all at
   * once; after `timeoutMs` the ones that came are answered anyway (a caller that waits on a lock
   * before asking never arrives).
   */
  gather(pattern: RegExp, count: number, timeoutMs = 1000): void {
    this.gathering = { pattern, count, timeoutMs, held: [] };
  }

  clear(): void {
    this.failures = [];
    this.hangs = [];
    this.hooks = [];
    this.gathering = null;
  }

  /** Calls `answer` now, or once the request's gathering is complete. */
  whenGathered(signature: string, answer: () => void): void {
    const gathering = this.gathering;
    if (!gathering || !gathering.pattern.test(signature)) return answer();
    gathering.held.push(answer);
    const release = () => {
      if (this.gathering !== gathering) return;
      this.gathering = null;
      for (const held of gathering.held) held();
    };
    if (gathering.held.length >= gathering.count) release();
    else if (gathering.held.length === 1) setTimeout(release, gathering.timeoutMs);
  }

  /** Runs the request's hook, then says whether to leave it hanging, fail it, or answer it. */
  decide(signature: string): "hang" | "fail" | "answer" {
    const hook = this.hooks.findIndex((entry) => entry.pattern.test(signature));
    if (hook >= 0) this.hooks.splice(hook, 1)[0]!.run();
    if (take(this.hangs, signature)) return "hang";
    if (take(this.failures, signature)) return "fail";
    return "answer";
  }
}

function take(rules: TRule[], signature: string): boolean {
  const rule = rules.find((entry) => entry.remaining > 0 && entry.pattern.test(signature));
  if (rule) rule.remaining -= 1;
  return Boolean(rule);
}
