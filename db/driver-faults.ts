/**
 * postgres.js 3.4.9 can throw from a timer after a connection's socket is gone: `nextWrite` runs in a
 * `setImmediate` and calls `socket.write` on a null socket when the database restarts at the wrong
 * moment (porsager/postgres#1154, #1208; a fix is proposed upstream but not released). No try/catch can
 * see it, so it surfaces as an uncaughtException and would kill the launcher (and with it the job worker
 * and every web process) on a routine database restart. The connection is already closed and its queries
 * are rejected by the driver's own close handling, so the process can safely carry on. Only this exact
 * fault is tolerated: anything else still ends the process.
 */
const DRIVER_FILE = /[\\/]node_modules[\\/]postgres[\\/](?:src|cjs[\\/]src|cf[\\/]src)[\\/]connection\.js/;

export function isKnownDriverSocketFault(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const frames = (error.stack ?? "").split("\n").slice(1);
  const top = frames.find((frame) => frame.trim().startsWith("at "));
  if (!top || !DRIVER_FILE.test(top)) return false;
  return /Cannot read properties of (?:null|undefined) \(reading '(?:write|replace)'\)|Cannot redefine property: parameters/.test(error.message);
}
