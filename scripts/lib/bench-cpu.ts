/**
 * Where the machine's CPU went during a bench:load phase: the app's web processes, the job worker,
 * PostgreSQL, the load generator (this process), and everything else on the machine. Read from
 * /proc (Linux); elsewhere there is no reading and the report leaves the line out. A process that
 * exits loses at most its last 2 s, so the split is a (close) floor.
 */
import fs from "node:fs";

const CLOCK_TICKS = 100; // USER_HZ on Linux, whatever the kernel's HZ.

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

/**
 * CPU seconds (user + system) used so far by `rootPid` and every process below it (a launcher and its
 * web processes), PostgreSQL's processes left out; `only: "postgres"` counts just those (a postmaster and its backends).
 */
export function processTreeCpuSeconds(rootPid: number, options: { only?: "postgres" } = {}): number {
  const byPid = new Map<number, ProcStat>();
  for (const entry of fs.existsSync("/proc") ? fs.readdirSync("/proc") : []) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(entry);
    if (stat) byPid.set(stat.pid, stat);
  }
  const roots = new Set([rootPid]);
  let seconds = 0;
  const wanted = (stat: ProcStat) => stat.comm.startsWith("postgres") === (options.only === "postgres");
  for (const stat of byPid.values()) if (wanted(stat) && isDescendant(stat, roots, byPid)) seconds += stat.seconds;
  return seconds;
}

type TGroup = "web" | "worker" | "postgres" | "generator";

export interface CpuUsage {
  seconds: number;
  /** Machine-wide busy core-seconds, from /proc/stat. */
  machineBusy: number;
  web: number;
  worker: number;
  postgres: number;
  generator: number;
  /** The same, up to the phase's deadline only (before the tail where candidates wait out their last long poll). */
  active?: CpuUsage;
}

/**
 * Core-seconds per group over a phase, read every 2 s per process so processes that start or end
 * in between (the restarted worker and postmaster) are counted up to the last reading.
 */
export class CpuMeter {
  private readonly last = new Map<number, number>();
  private readonly usage: CpuUsage = { seconds: 0, machineBusy: 0, web: 0, worker: 0, postgres: 0, generator: 0 };
  private readonly started = performance.now();
  private readonly machineAtStart: number;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly available = fs.existsSync("/proc/stat");

  constructor(private readonly pids: () => { appPid?: number; workerPid?: number; postmasterPid?: number }) {
    this.machineAtStart = this.available ? machineBusySeconds() : 0;
    if (!this.available) return;
    this.read(true);
    this.timer = setInterval(() => this.read(false), 2000);
  }

  private read(initial: boolean): void {
    const byPid = new Map<number, ProcStat>();
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readProc(entry);
      if (stat) byPid.set(stat.pid, stat);
    }
    const { appPid, workerPid, postmasterPid } = this.pids();
    const roots = (pid: number | undefined) => new Set([pid ?? -1]);
    const group = (stat: ProcStat): TGroup | null => {
      if (stat.pid === process.pid) return "generator";
      if (stat.comm.startsWith("postgres") && (isDescendant(stat, roots(postmasterPid), byPid) || isDescendant(stat, roots(appPid), byPid))) return "postgres";
      if (isDescendant(stat, roots(workerPid), byPid)) return "worker";
      if (isDescendant(stat, roots(appPid), byPid)) return "web";
      return null;
    };
    for (const stat of byPid.values()) {
      const which = group(stat);
      if (!which) continue;
      const before = this.last.get(stat.pid);
      // A process first seen after the start began during the phase: all its CPU time is the phase's.
      if (!initial) this.usage[which] += Math.max(0, stat.seconds - (before ?? 0));
      this.last.set(stat.pid, stat.seconds);
    }
  }

  private snapshot(): CpuUsage {
    this.read(false);
    return { ...this.usage, seconds: (performance.now() - this.started) / 1000, machineBusy: machineBusySeconds() - this.machineAtStart };
  }

  private active: CpuUsage | undefined;

  /** Marks the end of the phase's active part (its deadline); stop() reports both. */
  mark(): void {
    if (this.available) this.active = this.snapshot();
  }

  stop(): CpuUsage | null {
    if (!this.available) return null;
    clearInterval(this.timer);
    return { ...this.snapshot(), ...(this.active ? { active: this.active } : {}) };
  }
}

/**
 * "core-seconds used during the phase", as one line (two when the active part was marked), with the
 * app's CPU per request (web + worker + PostgreSQL) when the request count is given.
 */
export function cpuText(usage: CpuUsage | null, cores: number, requests?: number): string | null {
  if (!usage) return null;
  const whole = cpuLine(usage, cores, "whole phase with its tail");
  if (!usage.active) return whole;
  const { active } = usage;
  const perRequest = requests ? `; app CPU per request ${(((active.web + active.worker + active.postgres) * 1000) / requests).toFixed(1)} ms` : "";
  return `${cpuLine(active, cores, "until the deadline")}${perRequest}\n${whole}`;
}

function cpuLine(usage: CpuUsage, cores: number, label: string): string {
  const { seconds } = usage;
  const ours = usage.web + usage.worker + usage.postgres + usage.generator;
  const other = Math.max(0, usage.machineBusy - ours);
  const cell = (value: number) => `${value.toFixed(0)} (${((value / seconds) * 100).toFixed(0)}%)`;
  return (
    `CPU core-seconds, ${label}, over ${seconds.toFixed(0)} s (${cores} cores = ${(cores * seconds).toFixed(0)} available; % of one core): ` +
    `web ${cell(usage.web)}, worker ${cell(usage.worker)}, postgres ${cell(usage.postgres)}, load generator ${cell(usage.generator)}, ` +
    `everything else on the machine ${cell(other)}; idle ${cell(Math.max(0, cores * seconds - usage.machineBusy))}`
  );
}
