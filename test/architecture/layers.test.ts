/**
 * The layer rule (eslint.layers.mjs) fails deliberate violations and passes conforming code, through
 * ESLint's own Node API and the project's config; and the domain folders under server/ import each
 * other without cycles (README "Architecture").
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { findCycles, internalImports, isClientComponent, moduleFile, ROOT, runtimeImports, serverFolderGraph, serverFolderOf, sourceFiles } from "./import-graph";

/**
 * Folders that wire the domains together (transport, queue, push, mail, metrics) and may call into them
 * and be called back; every other folder under server/ is a domain, new ones included.
 */
const INFRASTRUCTURE = ["api", "contracts", "health", "http", "i18n", "jobs", "mail", "metrics", "rate-limit", "realtime", "validation", "worker"];

let eslint: ESLint;

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${filePath}` });
  return result!.messages.filter((m) => m.ruleId === "rehearse/layers").map((m) => m.message);
}

describe("the layer lint rule", () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT });
  }, 60_000);

  it.each([
    ["server/contracts/example.ts", 'import { db } from "@/db";\nexport const x = db;\n', /server\/contracts is client-safe/],
    ["server/contracts/example.ts", 'import { getEnv } from "../env";\nexport const x = getEnv;\n', /server\/contracts is client-safe/],
    ["server/contracts/vocabulary/example.ts", 'import "server-only";\nexport const x = 1;\n', /server\/contracts is client-safe/],
    ["db/schema/example.ts", 'import { PLANS } from "@/server/billing/current-plan";\nexport const x = PLANS;\n', /db\/ never imports server\//],
    ["db/schema/example.ts", 'import type { TScore } from "../../server/scoring/service/score-row";\nexport type X = TScore;\n', /db\/ never imports server\//],
    ["db/index.ts", 'import { getEnv } from "@/server/env";\nexport const x = getEnv;\n', /db\/ never imports server\//],
    ["db/seed/example.ts", 'import { hashPassword } from "@/server/auth/password-hash";\nexport const x = hashPassword;\n', /db\/ never imports server\//],
    ["app/(app)/example/widget.tsx", '"use client";\nimport { getStripe } from "@/server/billing/stripe-client";\nexport const x = getStripe;\n', /client component reaches the server only through/],
    ["app/(app)/example/widget.tsx", '"use client";\nimport { getDb } from "@/db";\nexport const x = getDb;\n', /client component reaches the server only through/],
    ["app/(app)/example/widget.tsx", '"use client";\nimport { appRouter } from "@/server/api/root";\nexport const x = appRouter;\n', /client component reaches the server only through/],
    // The account forms' schemas live in server/contracts/accounts.ts; the server-side path is not for the browser.
    ["app/(app)/example/widget.tsx", '"use client";\nimport { ZRegisterInputSchema } from "@/server/accounts/schemas";\nexport const x = ZRegisterInputSchema;\n', /client component reaches the server only through/],
    ["app/(app)/example/widget.tsx", '"use client";\nimport { serverCaller } from "@/app/_trpc/server";\nexport const x = serverCaller;\n', /server-side tRPC caller/],
    ["app/(app)/example/widget.tsx", '"use client";\nimport "server-only";\nexport const x = 1;\n', /"server-only"/],
    ["server/auth/example.ts", 'import type { TContext } from "@/server/api/trpc";\nexport type X = TContext;\n', /never imports the routers' layer/],
    ["server/billing/example.ts", 'import { appRouter } from "../api/root";\nexport const x = appRouter;\n', /never imports the routers' layer/],
    ["server/interviews/example.ts", 'import { withRequest } from "@/server/http/with-request";\nexport const x = withRequest;\n', /never imports the routers' layer, the transport/],
    ["server/scoring/example.ts", 'import { jobHandlers } from "@/server/worker/job-handlers";\nexport const x = jobHandlers;\n', /never imports the routers' layer, the transport or the job wiring/],
  ])("%s: fails %s", async (filePath, code, expected) => {
    const messages = await layerMessages(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(expected);
  });

  it.each([
    ["server/contracts/example.ts", 'import { z } from "zod";\nimport { ZTrackSchema } from "./vocabulary/tracks";\nimport { zSafeLine } from "@/server/contracts/safe-string";\nexport const x = z.object({ track: ZTrackSchema, name: zSafeLine() });\n'],
    ["db/schema/example.ts", 'import { PLAN_IDS } from "@/server/contracts/vocabulary/plans";\nexport const x = PLAN_IDS;\n'],
    ["app/(app)/example/widget.tsx", '"use client";\nimport type { AppRouter } from "@/server/api/root";\nimport { TRACKS } from "@/server/contracts/vocabulary/tracks";\nexport type R = AppRouter;\nexport const x = TRACKS;\n'],
    // A server component (no "use client") calls server code directly.
    ["app/(app)/example/page.tsx", 'import { getDb } from "@/server/db";\nimport { currentPlan } from "@/server/billing/current-plan";\nexport const x = [getDb, currentPlan];\n'],
    ["server/billing/example.ts", 'import { PLANS } from "@/server/contracts/vocabulary/plans";\nimport { getDb } from "@/server/db";\nexport const x = [PLANS, getDb];\n'],
  ])("%s: passes conforming code", async (filePath, code) => {
    expect(await layerMessages(filePath, code)).toEqual([]);
  });
});

describe("the server import graph", () => {
  const productionFiles = () => sourceFiles("server").filter((file) => !/\.test\.ts$|\/fixtures\//.test(file));

  it("has no cycle between domain folders", () => {
    const files = productionFiles();
    const domains = [...new Set(files.map(serverFolderOf))].filter((folder): folder is string => folder !== null && !INFRASTRUCTURE.includes(folder));
    expect(domains).toEqual(expect.arrayContaining(["billing", "interviews", "scoring"]));
    const graph = serverFolderGraph(files, domains);
    const described = findCycles(graph).map((cycle) => cycle.slice(0, -1).map((node, i) => graph.get(node)!.get(cycle[i + 1]!)).join("; "));
    expect(described).toEqual([]);
  });

  it("has no cycle between any two server folders, the wiring (api, http, jobs, worker, realtime, metrics…) included", () => {
    // One way down: http → api → worker/domains → realtime, mail, jobs (the queue) → metrics, contracts. A
    // domain reaches the layers above it only through what they register (a route, a job handler), never by import.
    const files = productionFiles();
    const folders = [...new Set(files.map(serverFolderOf))].filter((folder): folder is string => folder !== null);
    expect(folders).toEqual(expect.arrayContaining(["api", "http", "jobs", "worker", "realtime", "metrics"]));
    const graph = serverFolderGraph(files, folders);
    const pairs = [...graph].flatMap(([from, edges]) =>
      [...edges.keys()].filter((to) => from < to && graph.get(to)?.has(from)).map((to) => `${edges.get(to)} ⇄ ${graph.get(to)!.get(from)}`),
    );
    expect(pairs, "two folders import each other").toEqual([]);
    const cycles = findCycles(graph).map((cycle) => cycle.slice(0, -1).map((node, i) => graph.get(node)!.get(cycle[i + 1]!)).join("; "));
    expect(cycles).toEqual([]);
  });

  it("keeps the job queue free of domain code: domains enqueue through server/jobs, server/worker wires the handlers", () => {
    const offending = sourceFiles("server/jobs")
      .filter((file) => !/\.test\.ts$|\/fixtures\//.test(file))
      .flatMap((file) => internalImports(file).map((target) => `${file} → ${target}`))
      .filter((edge) => /→ server\/(?!jobs\/|contracts\/|metrics\/|env$|db$|logger$|errors$)/.test(edge));
    expect(offending).toEqual([]);
  });

  it("keeps server/contracts free of everything but zod and itself", () => {
    const offending = sourceFiles("server/contracts").flatMap((file) =>
      internalImports(file)
        .filter((target) => !target.startsWith("server/contracts/"))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it("lets client components reach no server module but the contracts, through the app modules they import too", () => {
    // The lint rule sees one file; a helper module without "use client" that a client component imports
    // lands in the browser bundle as well, so follow the app's own imports (run-time ones only).
    const reached = new Map<string, string>();
    for (const start of sourceFiles("app").filter(isClientComponent)) {
      const seen = new Set([start]);
      const queue: string[][] = [[start]];
      while (queue.length > 0) {
        const trail = queue.shift()!;
        for (const target of runtimeImports(trail.at(-1)!)) {
          if (target.startsWith("server/contracts/")) continue;
          if (/^(server|db)(\/|$)/.test(target)) {
            reached.set(target, [...trail, target].join(" → "));
            continue;
          }
          const next = moduleFile(target);
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push([...trail, next]);
          }
        }
      }
    }
    expect([...reached.values()]).toEqual([]);
  });
});
