/**
 * The bare baseline for `npm run bench:api`: node:http + postgres.js answering GET /questions with
 * the same query and JSON shape as GET /api/v1/questions (20 active questions by id), nothing else.
 * BARE_PROCESSES > 1 runs that many processes on one port (node:cluster), to compare like with like.
 * Run by the benchmark only; reads its settings from the environment it is given.
 */
import cluster from "node:cluster";
import http from "node:http";
import postgres from "postgres";

const port = Number(process.env.PORT);
const processes = Number(process.env.BARE_PROCESSES ?? "1");

if (cluster.isPrimary && processes > 1) {
  for (let index = 0; index < processes; index += 1) cluster.fork();
} else {
  const sql = postgres(process.env.DATABASE_URL!, { max: 10 });
  http
    .createServer((req, res) => {
      if (req.url !== "/questions") {
        res.writeHead(404).end();
        return;
      }
      sql`select id, track, level, text, tags, difficulty from questions where active = true order by id asc limit 21`.then(
        (rows) => {
          const page = rows.slice(0, 20);
          const body = JSON.stringify({ questions: page, nextCursor: rows.length > 20 ? (page.at(-1)?.id ?? null) : null });
          res.writeHead(200, { "content-type": "application/json" }).end(body);
        },
        () => res.writeHead(500).end(),
      );
    })
    .listen(port, "127.0.0.1", () => process.send?.("ready"));
}
