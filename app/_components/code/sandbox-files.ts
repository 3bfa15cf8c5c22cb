/**
 * Where the browser sandbox's files are served (app/sandbox/[...file]/route.ts). Pyodide's files carry
 * its version in their URL so they can be cached for a year; sandbox-files.test.ts keeps this in step
 * with the installed package.
 */
export const PYODIDE_VERSION = "314.0.7";
export const SANDBOX_BASE = "/sandbox/";
