import { extractFeatures } from "@/server/scoring/builtin/features";
import { paddingScore } from "@/server/scoring/builtin/flags";
import { readFileSync } from "node:fs";
const lines = readFileSync("/work/main/test/fixtures/calibration-answers.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
for (const l of lines) { const f = extractFeatures(l.answer); const L=f.lexicon; console.log(l.id, l.kind.padEnd(9), paddingScore(f).toFixed(2), `w=${f.proseWordCount} buzz=${L.buzzword.count} fill=${L.filler.count} hab=${L.habitual.count} meta=${L.metaTalk.count} num=${f.numberCount} ne=${f.namedEntities.size} div=${f.lexicalDiversity.toFixed(2)} rep=${f.repeatedTrigramRatio.toFixed(2)}`); }
