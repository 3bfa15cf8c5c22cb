import { extractFeatures } from "@/server/scoring/builtin/features";
import { matchTopic } from "@/server/scoring/builtin/topic";
import { scanForInjection } from "@/server/scoring/builtin/injection";
import { readFileSync } from "node:fs";
const lines = readFileSync("/work/main/test/fixtures/calibration-answers.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
for (const l of lines) { const f = extractFeatures(scanForInjection(l.answer).cleaned); const t = matchTopic({text:l.question}, f.allContentStems, []); console.log(l.id, l.kind.padEnd(9), "tie", t.tie.toFixed(3), "core", t.coreCoverage.toFixed(2), "pron", f.pronounReferences); }
