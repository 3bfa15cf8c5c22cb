import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { readFileSync } from "node:fs";
const lines = readFileSync("/work/main/test/fixtures/calibration-answers.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
const byQ = new Map<string, any[]>();
for (const l of lines) { const s = analyzeAnswer({ rubric: l.track, level: l.level, question: { text: l.question }, answer: l.answer }); l.s = s; const q=l.id.slice(0,4); byQ.set(q, [...(byQ.get(q)??[]), l]); }
let ok=0, all=0; const fails: string[] = [];
for (const [q, ls] of byQ) {
  for (const l of ls) console.log(`${l.id} L${l.label} ${l.kind.padEnd(9)} total=${String(l.s.total).padStart(3)} [${l.s.dimensions.map((d:any)=>d.score).join(" ")}] ${l.s.flags.join(",")}`);
  for (const a of ls) for (const b of ls) if (a.label > b.label) { all++; if (a.s.total > b.s.total) ok++; else fails.push(`${a.id}(${a.s.total}) !> ${b.id}(${b.s.total})`); }
  const l2 = ls.filter(l=>l.label===2).map(l=>l.s.total); const maxL2 = Math.max(...l2);
  for (const l of ls) if ((l.kind==="injection"||l.kind==="offtopic") && l.s.total > maxL2) fails.push(`HARD ${l.id} ${l.s.total} > label2 ${maxL2}`);
}
console.log(`accuracy ${ok}/${all} = ${(ok/all*100).toFixed(1)}%`); console.log(fails.join("\n"));
