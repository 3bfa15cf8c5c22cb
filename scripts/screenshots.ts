/**
 * `npm run screenshots [-- <spec files or playwright options>]`: the browser tests with screenshots on
 * (E2E_SCREENSHOTS=1, e2e/screens.ts), for a person to look at every page at 1280 and 390 px, in each
 * language: test-results/ux/, test-results/screens/ and .test-data/screens-languages/. `npm test`
 * leaves them out (they cost a tenth of the browser tests' time and no test reads them).
 */
import { spawn } from "node:child_process";
import path from "node:path";

const child = spawn(path.join("node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, E2E_SCREENSHOTS: "1" },
});
child.on("close", (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
