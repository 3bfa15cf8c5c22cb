/**
 * What a candidate may read of a scored coding answer's test table. The scores table keeps every
 * test as it ran (the AI grader's prompt and the admin review queue use the full table); a hidden
 * test reaches the candidate only as its name, whether it passed, its error's kind and its time.
 * Its arguments, expected value, return value and error text would give the hidden case away, and
 * a question's hidden tests are the same for every candidate (README: "hidden tests stay on the server").
 */
import type { TScoreTests } from "@/server/contracts/code";
import { runErrorOf } from "@/server/contracts/run-errors";
import { LANGUAGES } from "@/server/contracts/vocabulary/languages";
import type { TScore } from "@/server/contracts/vocabulary/score";
import { describeFailure, formerHiddenFailure, testValueTexts } from "@/server/code-runner/failure-text";

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

/**
 * Shorter values ("23", "[]", "true") are taken out only where feedback quoted them in a known form:
 * anywhere else they would blank out the same digits in "23 tests".
 */
const SHORTEST_QUOTED_VALUE = 4;
/** Longer values never reached feedback whole (describeFailure clips at 300 characters). */
const LONGEST_QUOTED_VALUE = 400;

/** A value as JSON wrote it, or as a grader might retype it: spaces after commas and colons, single quotes. */
function looseValuePattern(value: string): RegExp {
  let pattern = "";
  for (const char of value) {
    if (char === '"') pattern += "[\"']";
    else if (char === "," || char === ":") pattern += `${char}\\s*`;
    else if (char === "[") pattern += "\\[\\s*";
    else if (char === "]") pattern += "\\s*\\]";
    else pattern += char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(pattern, "g");
}

/**
 * What takes a score's hidden values out of its words for a candidate (the identity without hidden
 * values): the feedback a built-in score wrote before the values stayed on the server (its whole
 * "input …, expected …, got …" becomes the hidden form), and any value an AI grader repeated from its
 * prompt, which shows it the failing tests. The replacements are worked out once per score, then
 * applied to each of its texts.
 */
export function hiddenValueScrubber(tests: TScoreTests | null | undefined): (text: string) => string {
  const hidden = (tests?.tests ?? []).filter((test) => test.hidden && (test.input !== undefined || test.expected !== undefined));
  if (hidden.length === 0) return (text) => text;
  const steps = hidden.flatMap((test) => [
    ...LANGUAGES.map((language) => {
      const [former, shown] = [formerHiddenFailure(test, language), describeFailure(test, 300, language)];
      return (text: string) => text.replaceAll(former, shown);
    }),
    // Longest first: the arguments together before each of them.
    ...testValueTexts(test)
      .filter((value) => value.length >= SHORTEST_QUOTED_VALUE && value.length <= LONGEST_QUOTED_VALUE)
      .sort((x, y) => y.length - x.length)
      .map((value) => looseValuePattern(value))
      .map((pattern) => (text: string) => text.replace(pattern, "…")),
  ]);
  return (text) => steps.reduce((clean, step) => step(clean), text);
}

/** A score as a candidate reads it (every candidate path goes through answerDto, which calls this; the data export uses the scrubber). */
export function candidateScore(score: TScore): TScore {
  if (!score.tests) return score;
  const words = hiddenValueScrubber(score.tests);
  return {
    ...score,
    tests: candidateTests(score.tests),
    feedback: words(score.feedback),
    strengths: score.strengths.map(words),
    improvements: score.improvements.map(words),
    followUp: score.followUp === null ? null : words(score.followUp),
    dimensions: score.dimensions.map((dimension) => ({ ...dimension, comment: words(dimension.comment) })),
  };
}
