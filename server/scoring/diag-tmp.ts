import { extractFeatures } from "@/server/scoring/builtin/features";
import { scanForInjection } from "@/server/scoring/builtin/injection";
import { matchTopic } from "@/server/scoring/builtin/topic";
import { stem } from "@/server/scoring/builtin/stem";
import { tokenize, isStopWord } from "@/server/scoring/builtin/text";
import { readFileSync } from "node:fs";
const lines = readFileSync("/work/main/test/fixtures/calibration-answers.jsonl","utf8").trim().split("\n").map(l=>JSON.parse(l));
for (const l of lines) {
  const scan = scanForInjection(l.answer);
  const f = extractFeatures(scan.cleaned);
  const sStems = f.sentences.map(s => tokenize(s.text).filter(t=>!isStopWord(t)).map(stem));
  const t = matchTopic({ text: l.question }, f.contentStems, sStems);
  const lx = Object.fromEntries(Object.entries(f.lexicon).filter(([,v])=>v.count>0).map(([k,v])=>[k,v.count]));
  console.log(`${l.id} L${l.label} ${l.kind.padEnd(9)} w=${f.wordCount} s=${f.sentences.length} spec=${f.specificStems.size} num=${f.numberCount} ne=${f.namedEntities.size} cov=${t.coverage.toFixed(2)} core=${t.coreCoverage.toFixed(2)} foc=${t.focus.toFixed(2)} div=${f.lexicalDiversity.toFixed(2)} I=${f.firstPersonSingular} we=${f.firstPersonPlural} past=${f.pastTenseCount} act=${f.personalActionCount} code=${f.codeChars} fw=${f.frameworks.join(",")}`);
  console.log("    ", JSON.stringify(lx), "miss:", t.missingTerms.join(","), "cov:", t.coveredTerms.join(","));
}
