/**
 * What a candidate may read of a scored coding answer's test table. The scores table keeps every
 * test as it ran (the AI grader's prompt and the admin review queue use the full table); a hidden
 * test reaches the candidate only as its name, whether it passed, its error's kind and its time.
 * Its arguments, expected value, return value and error text would give the hidden case away, and
 * a question's hidden tests are the same for every candidate (README: "hidden tests stay on the server").
 */
import type { TScoreTests } from "@/server/contracts/code";
import { runErrorOf } from "@/server/contracts/run-errors";
import type { TScore } from "@/server/contracts/vocabulary/score";

type TTestRow = TScoreTests["tests"][number];

function hiddenRow(test: TTestRow): TTestRow {
  // The kind of error (time limit, exception...) is the verdict the table shows; results stored before
  // errorCode existed carry only the text, read as the table reads it.
  const errorCode = test.errorCode ?? (test.error ? runErrorOf(test.error).code : undefined);
  return {
    name: test.name,
    passed: test.passed,
    hidden: true,
    ...(errorCode ? { errorCode } : {}),
    ...(test.ms !== undefined ? { ms: test.ms } : {}),
  };
}

/** The table with hidden rows cut to name, verdict and time; a table without hidden tests as it is. */
export function candidateTests(tests: TScoreTests): TScoreTests {
  if (!tests.tests.some((test) => test.hidden)) return tests;
  return {
    ...tests,
    tests: tests.tests.map((test) => (test.hidden ? hiddenRow(test) : test)),
    // What the code printed, it printed on the hidden inputs too: one print(nums) would show them.
    // "Run tests" shows the output on the visible examples.
    stdout: "",
  };
}

/** A score as a candidate reads it (every candidate path goes through answerDto, which calls this). */
export function candidateScore(score: TScore): TScore {
  return score.tests ? { ...score, tests: candidateTests(score.tests) } : score;
}
