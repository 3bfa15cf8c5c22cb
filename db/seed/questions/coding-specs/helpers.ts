/**
 * Small builders for the coding bank's specs: starting code per language from a name and parameters,
 * tests, and generator specs (server/code-runner/generate.ts) for large inputs.
 */
import { functionNameFor } from "@/server/contracts/code-compare";
import type { TCallStyle, TCodeTest, TCodingSpec, TCompare, TJson, TParamKind } from "@/server/contracts/vocabulary/code-shapes";

export const DEFAULT_TIME_LIMIT_MS = 3000;

export function t(name: string, args: TJson[], expected: TJson, compare?: TCompare): TCodeTest {
  return compare ? { name, args, expected, compare } : { name, args, expected };
}

export const gen = (name: string, params: Record<string, TJson> = {}): TJson => ({ $gen: name, ...params });

const NODE_NOTES: Record<TParamKind, { python: string; javascript: string } | null> = {
  json: null,
  list: { python: "# ListNode(val, next) is defined for you.", javascript: "// ListNode(val, next) is defined for you." },
  cycle_list: { python: "# ListNode(val, next) is defined for you.", javascript: "// ListNode(val, next) is defined for you." },
  tree: { python: "# TreeNode(val, left, right) is defined for you.", javascript: "// TreeNode(val, left, right) is defined for you." },
};

function notes(kinds: TParamKind[]): { python: string; javascript: string } | null {
  for (const kind of kinds) if (NODE_NOTES[kind]) return NODE_NOTES[kind];
  return null;
}

interface TFunctionSpec {
  name: string;
  params: string[];
  kinds?: TParamKind[];
  returns?: TParamKind;
  /** One line saying what to return, shown as a comment in the starting code. */
  doc: string;
  examples: TCodeTest[];
  hidden: TCodeTest[];
  python: string;
  javascript: string;
  timeLimitMs?: number;
}

export function fn(spec: TFunctionSpec): TCodingSpec {
  const note = notes([...(spec.kinds ?? []), spec.returns ?? "json"]);
  const jsParams = spec.params.map((p) => functionNameFor("javascript", p));
  return {
    functionName: spec.name,
    ...(spec.kinds ? { params: spec.kinds } : {}),
    ...(spec.returns ? { returns: spec.returns } : {}),
    signatures: {
      python: `${note ? `${note.python}\n` : ""}def ${spec.name}(${spec.params.join(", ")}):\n    # ${spec.doc}\n    pass\n`,
      javascript: `${note ? `${note.javascript}\n` : ""}function ${functionNameFor("javascript", spec.name)}(${jsParams.join(", ")}) {\n  // ${spec.doc}\n}\n`,
    },
    examples: spec.examples,
    hiddenTests: spec.hidden,
    reference: { python: spec.python.trim() + "\n", javascript: spec.javascript.trim() + "\n" },
    timeLimitMs: spec.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
  };
}

interface TClassSpec {
  name: string;
  ctor: string[];
  methods: { name: string; params: string[]; doc: string }[];
  examples: TCodeTest[];
  hidden: TCodeTest[];
  python: string;
  javascript: string;
  timeLimitMs?: number;
}

/** A design question: tests construct the class and call its methods (TCallStyle "class"). */
export function cls(spec: TClassSpec): TCodingSpec {
  const style: TCallStyle = "class";
  const camel = (s: string) => functionNameFor("javascript", s);
  const py = [
    `class ${spec.name}:`,
    `    def __init__(self${spec.ctor.map((p) => `, ${p}`).join("")}):`,
    "        pass",
    ...spec.methods.flatMap((m) => ["", `    def ${m.name}(self${m.params.map((p) => `, ${p}`).join("")}):`, `        # ${m.doc}`, "        pass"]),
  ].join("\n");
  const js = [
    `class ${spec.name} {`,
    `  constructor(${spec.ctor.map(camel).join(", ")}) {`,
    "  }",
    ...spec.methods.flatMap((m) => ["", `  ${camel(m.name)}(${m.params.map(camel).join(", ")}) {`, `    // ${m.doc}`, "  }"]),
    "}",
  ].join("\n");
  return {
    functionName: spec.name,
    style,
    signatures: { python: `${py}\n`, javascript: `${js}\n` },
    examples: spec.examples,
    hiddenTests: spec.hidden,
    reference: { python: spec.python.trim() + "\n", javascript: spec.javascript.trim() + "\n" },
    timeLimitMs: spec.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
  };
}
