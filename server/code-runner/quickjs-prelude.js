// The JavaScript side of the sandbox: evaluated inside a fresh QuickJS context before the answer
// (server/code-runner/worker.mjs). QuickJS has no host objects at all; the names a Node program would
// reach for (process, require, fetch) are defined here only to fail with a clear "not allowed".
(function () {
  "use strict";
  const OUTPUT_LIMIT = 65536;
  const state = { out: [], outLen: 0, truncated: false, violation: null };
  const MAX_NODES = 2000000;

  function deny(what) {
    if (state.violation === null) state.violation = what;
    const error = new Error(what + " is not allowed in the sandbox");
    error.name = "NotAllowed";
    throw error;
  }

  function show(value) {
    if (typeof value === "string") return value;
    try {
      const json = JSON.stringify(value);
      return json === undefined ? String(value) : json;
    } catch {
      return String(value);
    }
  }

  function emit(text) {
    if (state.outLen >= OUTPUT_LIMIT) {
      state.truncated = true;
      return;
    }
    const room = OUTPUT_LIMIT - state.outLen;
    if (text.length > room) {
      text = text.slice(0, room);
      state.truncated = true;
    }
    state.out.push(text);
    state.outLen += text.length;
  }

  const log = (...args) => emit(args.map(show).join(" ") + "\n");
  globalThis.console = { log, info: log, warn: log, error: log, debug: log };
  for (const name of ["process", "require", "fetch", "XMLHttpRequest", "WebSocket", "Deno", "Bun", "module", "exports", "importScripts"]) {
    Object.defineProperty(globalThis, name, { get: () => deny(name), configurable: false });
  }

  class ListNode {
    constructor(val = 0, next = null) {
      this.val = val;
      this.next = next;
    }
  }
  class TreeNode {
    constructor(val = 0, left = null, right = null) {
      this.val = val;
      this.left = left;
      this.right = right;
    }
  }
  globalThis.ListNode = ListNode;
  globalThis.TreeNode = TreeNode;

  const toList = (values) => values.reduceRight((next, val) => new ListNode(val, next), null);
  const toCycleList = ([values, pos]) => {
    const nodes = values.map((v) => new ListNode(v));
    nodes.forEach((node, i) => (node.next = nodes[i + 1] ?? null));
    if (nodes.length && pos >= 0 && pos < nodes.length) nodes[nodes.length - 1].next = nodes[pos];
    return nodes[0] ?? null;
  };
  const fromList = (node) => {
    const out = [];
    for (; node !== null && node !== undefined; node = node.next) {
      out.push(node.val);
      if (out.length > MAX_NODES) throw new Error("the returned list does not end (a cycle?)");
    }
    return out;
  };
  const toTree = (values) => {
    if (!values.length || values[0] === null) return null;
    const root = new TreeNode(values[0]);
    const queue = [root];
    let head = 0;
    for (let i = 1; i < values.length; ) {
      const node = queue[head++];
      if (i < values.length && values[i] !== null) queue.push((node.left = new TreeNode(values[i])));
      i++;
      if (i < values.length && values[i] !== null) queue.push((node.right = new TreeNode(values[i])));
      i++;
    }
    return root;
  };
  const fromTree = (root) => {
    const out = [];
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      if (node === null || node === undefined) {
        out.push(null);
        continue;
      }
      out.push(node.val);
      if (out.length > MAX_NODES) throw new Error("the returned tree is too large (a cycle?)");
      queue.push(node.left ?? null, node.right ?? null);
    }
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  };
  const TO = { list: toList, tree: toTree, cycle_list: toCycleList };
  const FROM = { list: fromList, tree: fromTree };

  function plain(key, value) {
    if (value === undefined) return null;
    if (value instanceof Set) return [...value];
    if (typeof value === "bigint") return Number(value);
    if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError("the function returned " + value + ", which is not a JSON value");
    return value;
  }

  function classify(error) {
    if (state.violation !== null) return { kind: "not_allowed", error: "Not allowed: " + state.violation };
    if (error === null || error === undefined) return { kind: "memory_limit", error: "Memory limit exceeded" };
    const name = error && error.name;
    const message = String(error && error.message !== undefined ? error.message : error);
    if (name === "InternalError" && /interrupted/.test(message)) return { kind: "time_limit", error: "Time limit exceeded" };
    if (name === "InternalError" && /out of memory/.test(message)) return { kind: "memory_limit", error: "Memory limit exceeded" };
    const line = /<answer>:(\d+)/.exec(String(error && error.stack));
    return { kind: "error", error: (name || "Error") + ": " + message + (line ? " (line " + line[1] + ")" : "") };
  }

  globalThis.__rehearse = Object.freeze({
    classify: (error) => JSON.stringify(classify(error)),
    run(entry, name, style, params, returns, argsJson) {
      try {
        if (typeof entry !== "function") return JSON.stringify({ kind: "error", error: name + " is not defined: keep the name from the starting code" });
        const args = JSON.parse(argsJson);
        let value;
        if (style === "class") {
          const [ctorArgs, calls] = args;
          const obj = new entry(...ctorArgs);
          value = calls.map(([method, ...rest]) => {
            if (typeof obj[method] !== "function") throw new TypeError(name + "." + method + " is not a function");
            return obj[method](...rest);
          });
        } else {
          const converted = args.map((arg, i) => (TO[params[i]] ? TO[params[i]](arg) : arg));
          value = entry(...converted);
          if (FROM[returns]) value = FROM[returns](value);
        }
        return JSON.stringify({ kind: "ok", value: value === undefined ? null : value }, plain);
      } catch (error) {
        return JSON.stringify(classify(error));
      }
    },
    takeOutput: () => JSON.stringify({ stdout: state.out.join(""), truncated: state.truncated, violation: state.violation }),
  });
})();
