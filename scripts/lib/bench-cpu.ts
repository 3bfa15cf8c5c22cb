/**
 * Where the machine's CPU went during a bench:load phase: the app's web processes, the job worker,
 * PostgreSQL, the load generator (this process), and everything else on the machine. Read from
 * /proc (Linux); elsewhere the sample is empty and the report leaves the line out. Processes that
 * exit during a phase (the killed worker) take their CPU time with them, so the split is a floor.
 */
import fs from "node:fs";

const CLOCK_TICKS = 100; // USER_HZ on Linux, whatever the kernel's HZ.

export interface CpuSample {
  at: number;
  /** Machine-wide busy seconds (all cores), from /proc/stat. */
  machineBusy: number;
  web: number;
  worker: number;
  postgres: number;
  generator: number;
}

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  seconds: number;
}

function readProc(pid: string): ProcStat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // comm is in parentheses and may contain spaces; the fields after it are space-separated.
    const close = text.lastIndexOf(")");
    const fields = text.slice(close + 2).split(" ");
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      comm: text.slice(text.indexOf("(") + 1, close),
      seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
    };
  } catch {
    return null;
  }
}

function machineBusySeconds(): number {
  const [cpu] = fs.readFileSync("/proc/stat", "utf8").split("\n");
  const values = (cpu ?? "").trim().split(/\s+/).slice(1).map(Number);
  const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return (total - idle) / CLOCK_TICKS;
}

function isDescendant(stat: ProcStat, roots: Set<number>, byPid: Map<number, ProcStat>): boolean {
  for (let current: ProcStat | undefined = stat, hops = 0; current && hops < 50; current = byPid.get(current.ppid), hops += 1) {
    if (roots.has(current.pid)) return true;
  }
  return false;
}

/** One reading. `appPid` is the launcher, `workerPid` the separate worker, `postmasterPid` the database's. */
export function sampleCpu(pids: { appPid?: number; workerPid?: number; postmasterPid?: number }): CpuSample | null {
  if (!fs.existsSync("/proc/stat")) return null;
  const byPid = new Map<number, ProcStat>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(entry);
    if (stat) byPid.set(stat.pid, stat);
  }
  const sample: CpuSample = { at: performance.now(), machineBusy: machineBusySeconds(), web: 0, worker: 0, postgres: 0, generator: 0 };
  const postgresRoots = new Set([pids.postmasterPid ?? -1]);
  const workerRoots = new Set([pids.workerPid ?? -1]);
  const appRoots = new Set([pids.appPid ?? -1]);
  for (const stat of byPid.values()) {
    if (stat.pid === process.pid) sample.generator += stat.seconds;
    else if (stat.comm.startsWith("postgres") && (isDescendant(stat, postgresRoots, byPid) || isDescendant(stat, appRoots, byPid))) sample.postgres += stat.seconds;
    else if (isDescendant(stat, workerRoots, byPid)) sample.worker += stat.seconds;
    else if (isDescendant(stat, appRoots, byPid)) sample.web += stat.seconds;
  }
  return sample;
}

/** "core-seconds used between two samples", as one line. */
export function cpuText(from: CpuSample | null, to: CpuSample | null, cores: number): string | null {
  if (!from || !to) return null;
  const seconds = (to.at - from.at) / 1000;
  const used = (key: keyof Omit<CpuSample, "at">) => Math.max(0, to[key] - from[key]);
  const ours = used("web") + used("worker") + used("postgres") + used("generator");
  const other = Math.max(0, used("machineBusy") - ours);
  const cell = (value: number) => `${value.toFixed(0)} (${((value / seconds) * 100).toFixed(0)}%)`;
  return (
    `CPU core-seconds over ${seconds.toFixed(0)} s (${cores} cores = ${(cores * seconds).toFixed(0)} available; % of one core): ` +
    `web ${cell(used("web"))}, worker ${cell(used("worker"))}, postgres ${cell(used("postgres"))}, load generator ${cell(used("generator"))}, ` +
    `everything else on the machine ${cell(other)}; idle ${cell(Math.max(0, cores * seconds - used("machineBusy")))}`
  );
}
