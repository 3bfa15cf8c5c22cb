/**
 * Reads the V8 CPU profiles `bench:api --cpu-prof` wrote and prints, for the busiest one (the web
 * process), self time by package/area and the hottest functions: enough to say where a request's
 * CPU goes without opening a profiler.
 */
import fs from "node:fs";
import path from "node:path";

interface TProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface TProfile {
  nodes: TProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which part of the stack a frame belongs to, from its script URL. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native/V8)";
  if (url.startsWith("node:")) return `node:${url.slice(5).replace(/^internal\//, "").split("/")[0]}`;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.includes("/.next/server/chunks/")) return "app bundle (.next/server/chunks)";
  if (url.includes("/.next/server/")) return "app bundle (.next/server)";
  return path.relative(process.cwd(), url.replace(/^file:\/\//, "")).split("/").slice(0, 2).join("/");
}

function selfTimes(profile: TProfile): Map<number, number> {
  const byNode = new Map<number, number>();
  profile.samples.forEach((nodeId, index) => byNode.set(nodeId, (byNode.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  return byNode;
}

export function summarizeProfiles(dir: string, top = 25): void {
  if (!fs.existsSync(dir)) return;
  const files = fs.readdirSync(dir).filter((file) => file.endsWith(".cpuprofile"));
  const loaded = files.map((file) => ({ file, profile: JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as TProfile }));
  const busiest = (entry: { profile: TProfile }) => {
    const idle = new Set(entry.profile.nodes.filter((node) => ["(idle)", "spawnSync"].includes(node.callFrame.functionName)).map((node) => node.id));
    return entry.profile.samples.reduce((sum, id, index) => sum + (idle.has(id) ? 0 : (entry.profile.timeDeltas[index] ?? 0)), 0);
  };
  loaded.sort((a, b) => busiest(b) - busiest(a));
  const chosen = loaded[0];
  if (!chosen) return;
  const nodes = new Map(chosen.profile.nodes.map((node) => [node.id, node]));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfTimes(chosen.profile)) {
    const frame = nodes.get(id)!.callFrame;
    // Not the server working: idle, and the launcher waiting on `next build` before it serves.
    if (frame.functionName === "(idle)" || frame.functionName === "spawnSync") continue;
    busy += micros;
    const area = areaOf(frame.url, frame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const key = `${frame.functionName || "(anonymous)"} — ${area}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  const share = (micros: number) => `${((micros / busy) * 100).toFixed(1)}%`;
  console.log(`\nCPU profile ${chosen.file} (${files.length} written): ${(busy / 1e6).toFixed(1)} s busy`);
  console.log("Self time by area:");
  for (const [area, micros] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${share(micros).padStart(6)}  ${area}`);
  console.log("Hottest functions (self time):");
  for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(micros).padStart(6)}  ${name}`);
}
