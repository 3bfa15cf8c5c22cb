import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
import { readFileSync } from "node:fs";
const lines = readFileSync("/work/main/test/fixtures/calibration-answers.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
for (const l of lines.filter((l:any)=>l.kind==="normal")) {
  const r = (["intern","junior","mid","senior"] as const).map(level => analyzeAnswer({ rubric: l.track, level, question: { text: l.question }, answer: l.answer }).total);
  console.log(l.id, r.join(" "));
}
const t0 = performance.now(); let n=0; const times:number[]=[];
for (let k=0;k<30;k++) for (const l of lines) { const s=performance.now(); analyzeAnswer({ rubric: l.track, level: l.level, question: { text: l.question }, answer: l.answer }); times.push(performance.now()-s); n++; }
times.sort((a,b)=>a-b); console.log("n",n,"p50",times[Math.floor(n/2)]?.toFixed(3),"p99",times[Math.floor(n*0.99)]?.toFixed(3));
