/**
 * How often a supervisor may replace a crashed child before it gives up: at most `maxPerWindow`
 * restarts within any `windowMs` (a child that crashes at start-up, again and again, must stop the
 * app so a process manager or a person sees it, not spin forever).
 */
export class RestartBudget {
  private readonly restarts: number[] = [];

  constructor(
    readonly maxPerWindow: number,
    readonly windowMs = 60_000,
  ) {}

  /** Counts one restart now; false when it goes over the budget (give up). */
  take(now = Date.now()): boolean {
    this.restarts.push(now);
    while (this.restarts.length > 0 && this.restarts[0]! <= now - this.windowMs) this.restarts.shift();
    return this.restarts.length <= this.maxPerWindow;
  }

  /** Restarts within the current window. */
  get recent(): number {
    return this.restarts.length;
  }
}
