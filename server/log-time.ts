/**
 * The log line's timestamp, as pino's `stdTimeFunctions.isoTime` writes it, without a Date and a
 * toISOString per line: the part up to the second is made once a second and the milliseconds are
 * appended. Outside years 0–9999 (where toISOString changes shape) it is toISOString itself.
 */
const LAST_FOUR_DIGIT_YEAR_MS = 253_402_300_800_000;

let cachedSecond = Number.NaN;
let cachedPrefix = "";

/** `new Date(ms).toISOString()` for a whole number of milliseconds. */
export function isoTime(ms: number): string {
  if (!(ms >= 0 && ms < LAST_FOUR_DIGIT_YEAR_MS) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const second = Math.floor(ms / 1000);
  if (second !== cachedSecond) {
    cachedSecond = second;
    // "2026-12-01T02:40:13." — everything but the milliseconds and the Z.
    cachedPrefix = new Date(second * 1000).toISOString().slice(0, 20);
  }
  const milli = ms - second * 1000;
  return `${cachedPrefix}${milli < 10 ? "00" : milli < 100 ? "0" : ""}${milli}Z`;
}

/** pino's `timestamp` option: the same text as `pino.stdTimeFunctions.isoTime`. */
export function isoTimestamp(): string {
  return `,"time":"${isoTime(Date.now())}"`;
}
