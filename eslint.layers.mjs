/**
 * The layer rule (README "Architecture"): who may import what.
 *
 *   app (pages, client components) ─tRPC─▶ server/api ─▶ server/<domain> ─▶ db
 *   server/contracts: the client-safe vocabulary and procedure schemas every layer shares.
 *
 * - server/contracts/** imports nothing but zod and other contracts files (so a client component can
 *   import it without pulling database or secret-handling code into the browser bundle).
 * - db/** (schema, migrations, seed data, createDb) never imports server/** except the contracts: it
 *   takes its settings and anything domain-made (a password hash) as arguments. The app's own
 *   database handle, configured from server/env, is server/db.ts.
 * - A client component (a file starting with "use client") reaches the server only through
 *   server/contracts/** and `import type` from server/api/root (the router type for the tRPC hooks).
 * - server/auth/** and the domain folders never import server/api/** (routers sit above domains), nor
 *   (outside their tests) the transport (server/http) or the worker's job wiring (server/worker).
 *
 * A small local rule rather than no-restricted-imports: relative specifiers are resolved against the
 * importing file, and "use client" and type-only imports need the syntax tree.
 */
import path from "node:path";

const DOMAIN_FOLDERS = ["accounts", "admin", "analytics", "auth", "billing", "catalog", "code-runner", "interviews", "job-targets", "questions", "reminders", "scoring", "support", "voice"];

/** What calls into the domains: a domain importing it would close a cycle. Tests may drive a route through server/http. */
const ABOVE_DOMAINS = ["server/api", "server/http", "server/worker"];

/** The importing file as a repository path ("app/x/y.tsx"), or null outside the repository. */
function repoPath(filename, cwd) {
  const rel = path.relative(cwd, filename).split(path.sep).join("/");
  return rel.startsWith("..") ? null : rel;
}

/** "@/server/x" and "../server/x" alike → "server/x"; a package → null. */
function resolveTarget(fromFile, specifier) {
  if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return null;
}

const under = (target, folder) => target === folder || target.startsWith(`${folder}/`);

function isClientComponent(program) {
  return program.body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

/** Why `file` may not import `specifier` (resolved to `target`), or null when it may. */
export function layerViolation({ file, specifier, target, typeOnly, client }) {
  if (under(file, "server/contracts")) {
    const ok = specifier === "zod" || specifier.startsWith("zod/") || (target !== null && under(target, "server/contracts"));
    return ok ? null : `server/contracts is client-safe: it imports only zod and other server/contracts files, not "${specifier}".`;
  }
  if (target === null) {
    if (client && specifier === "server-only") return 'A client component cannot import "server-only" code.';
    return null;
  }
  if (under(file, "db") && under(target, "server")) {
    const ok = under(target, "server/contracts");
    return ok ? null : `db/ never imports server/ (only server/contracts): move what "${specifier}" gives into server/contracts.`;
  }
  if (client && (under(target, "server") || under(target, "db"))) {
    if (under(target, "server/contracts")) return null;
    if (target === "server/api/root" && typeOnly) return null;
    return `A client component reaches the server only through server/contracts and \`import type\` from server/api/root, not "${specifier}".`;
  }
  if (client && target === "app/_trpc/server") return "A client component cannot import the server-side tRPC caller.";
  const folder = /^server\/([^/]+)\//.exec(file)?.[1];
  if (folder && DOMAIN_FOLDERS.includes(folder)) {
    const above = ABOVE_DOMAINS.find((layer) => under(target, layer));
    if (above === "server/api" || (above && !/\.test\.tsx?$/.test(file))) {
      return `server/${folder} is domain code: it never imports the routers' layer, the transport or the job wiring ("${specifier}"); move the shared piece into server/contracts or below.`;
    }
  }
  return null;
}

const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "Keep the layers honest: contracts client-safe, db below server, client components off server internals" },
    schema: [],
  },
  create(context) {
    const file = repoPath(context.filename, context.cwd);
    if (!file) return {};
    let client = false;
    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== "string") return;
      const specifier = source.value;
      const message = layerViolation({ file, specifier, target: resolveTarget(file, specifier), typeOnly, client });
      if (message) context.report({ node: source, message });
    };
    return {
      Program(program) {
        client = isClientComponent(program);
      },
      ImportDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === "type"),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null, false),
    };
  },
};

export const layersPlugin = { rules: { layers: layersRule } };
