/**
 * `npm start` as a multi-core machine runs it: WEB_CONCURRENCY forked web processes on one port.
 *
 * The rest of the browser tests run against one web process (playwright.config.ts says why), which
 * serves from the launcher itself. This spec starts its own launcher with two forked web processes on
 * the same production build and checks the whole path there: a person signs in and opens pages, a
 * REST client starts an interview and answers, the launcher's job worker scores it, and the long poll
 * returns the score. Every REST call opens its own connection, so calls land on both processes.
 *
 * The same server then runs the README's API walkthrough as a newcomer would paste it (curl, jq,
 * espeak-ng, sox): a server nobody else uses, because the walkthrough reads the newest link in the dev
 * mailbox, which on the shared e2e server could be another test's.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { ADMIN, signInAsAdmin } from "./helpers/admin";
import { launcherEnv } from "./server-env";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const BASE_URL = `http://localhost:${PORT}`;
const DATA_DIR = path.resolve(".test-data", `e2e-web-processes-${PORT}`);

/** One call on a connection of its own (no keep-alive), so the cluster may hand it to either process. */
function call(method: string, urlPath: string, body?: unknown, bearer?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: urlPath,
        method,
        agent: false,
        headers: {
          ...(payload ? { "content-type": "application/json" } : {}),
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          "x-forwarded-for": "198.18.40.7",
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} }));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/** The launcher's forked web processes (their command line names scripts/lib/web-process.ts). */
function webProcesses(launcher: number): number[] {
  const listing = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(launcher)], { encoding: "utf8" });
  return listing
    .split("\n")
    .filter((line) => line.includes("scripts/lib/web-process.ts"))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** CPU time a process has used so far, in clock ticks (user + system, /proc/<pid>/stat fields 14 and 15). */
function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** The README's API walkthrough: the first bash block after "## API", pointed at this spec's server. */
function readmeWalkthrough(): string {
  const readme = fs.readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("\n## API\n"));
  const block = /```bash\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (!block) throw new Error("README.md has no bash block under ## API");
  return block.replaceAll("http://localhost:3000", BASE_URL);
}

test.describe.configure({ mode: "serial" });

let launcher: ChildProcess | undefined;
let launcherOutput = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  launcher = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      ...launcherEnv(PORT, { dataDir: path.basename(DATA_DIR), logName: `e2e-web-processes-${PORT}` }),
      WEB_CONCURRENCY: "2",
      // Its own embedded database: the walkthrough reads the newest link in this server's dev mailbox.
      DATABASE_URL: "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    launcher!.stderr!.on("data", (chunk: Buffer) => {
      launcherOutput += chunk.toString();
      if (/Rehearse is running at .*\(2 web processes/.test(launcherOutput)) resolve();
    });
    launcher!.once("exit", (code) => reject(new Error(`the launcher exited (${code}) before it was ready:\n${launcherOutput}`)));
  });
});

test.afterAll(async () => {
  if (!launcher || launcher.exitCode !== null) return;
  const exited = new Promise<number | null>((resolve) => launcher!.once("exit", (code) => resolve(code)));
  launcher.kill("SIGTERM");
  expect(await exited, `the launcher stops on SIGTERM (128 + 15, as a signal-ended process reports):\n${launcherOutput}`).toBe(143);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

test("two forked web processes serve the same app: pages, REST and a scored answer, from either process", async ({ browser }) => {
  test.setTimeout(120_000);
  const pids = webProcesses(launcher!.pid!);
  expect(pids, "the launcher forked two web processes").toHaveLength(2);
  const before = pids.map(cpuTicks);

  // A person: signed in once, then pages that each request may take to either process.
  const context = await browser.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": "198.18.40.8" } });
  const page = await context.newPage();
  await signInAsAdmin(page);
  for (const urlPath of ["/dashboard", "/practice", "/history", "/settings", "/dashboard", "/admin"]) {
    const response = await page.goto(urlPath);
    expect(response?.status(), `${urlPath} opens`).toBe(200);
    expect(new URL(page.url()).pathname, `${urlPath} keeps the session`).toBe(urlPath);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await context.close();

  // A REST client: each call on its own connection.
  const issued = await call("POST", "/api/v1/auth/token", { email: ADMIN.email, password: ADMIN.password });
  expect(issued.status).toBe(200);
  const token = String(issued.json.accessToken);
  for (let index = 0; index < 6; index += 1) expect((await call("GET", "/api/v1/me", undefined, token)).status).toBe(200);

  const started = await call("POST", "/api/v1/interviews", { track: "software_engineering", level: "junior", questionCount: 1 }, token);
  expect(started.status).toBe(201);
  const interview = started.json.interview as { id: string; questions: Array<{ questionId: string }> };
  const answer =
    "I would put a cache in front of the slow read path, measure the hit rate and p95 latency before and after, " +
    "invalidate entries on every write, and keep a short TTL so a missed invalidation heals itself within a minute.";
  const submitted = await call("POST", `/api/v1/interviews/${interview.id}/answers`, { questionId: interview.questions[0]!.questionId, answer }, token);
  expect(submitted.status).toBe(202);
  const answerId = (submitted.json.answer as { id: string }).id;
  const polled = await call("GET", `/api/v1/answers/${answerId}?wait=30`, undefined, token);
  expect(polled.status).toBe(200);
  expect((polled.json.answer as { status: string }).status).toBe("scored");

  const after = pids.map(cpuTicks);
  pids.forEach((pid, index) => expect(after[index]!, `web process ${pid} served some of the requests`).toBeGreaterThan(before[index]!));
});

test("the README's API walkthrough runs as written and prints what the README says it prints", () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-readme-walk-"));
  try {
    const run = spawnSync("bash", ["-c", readmeWalkthrough()], { cwd: dir, encoding: "utf8", timeout: 110_000 });
    const output = `${run.stdout}\n--- stderr ---\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(run.stderr, "no command of the walkthrough complains").toBe("");
    for (const printed of [
      '"status":"ok"',
      '{"id":"coding","levels":["intern","junior","mid","senior"]}',
      '{"signatures":["javascript","python"],"examples":',
      '"status":"verification_sent"',
      '"verified":true',
      '"transcriptSource":"offline"',
      '"transcriptSource":"edited"}',
      "200 audio/wav",
      '"completedInterviews":1',
      '"questionsAnswered":2',
      '"code":"VALIDATION_ERROR"',
      '{"format":"rehearse-export/1","interviews":1}',
      // A tailored start takes the job target's level and says which requirement each question covers; its
      // one requirement names engineering and mentoring, and the tie goes to the track it names first.
      '"track":"software_engineering","level":"mid","coverage":[{"requirementId":"',
    ]) {
      expect(run.stdout, `the walkthrough prints ${printed}`).toContain(printed);
    }
    // Step 5 and 5b print the typed and the spoken answer's status: both scored, none left pending.
    expect(run.stdout.match(/"scored"/g)?.length ?? 0, run.stdout).toBeGreaterThanOrEqual(2);
    expect(run.stdout).not.toContain('"pending"');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
