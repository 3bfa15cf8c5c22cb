/**
 * `npm run build`: a production build, recorded so `npm start` knows it is current.
 * `--if-needed` (npm test): only when the sources changed since the last build, as `npm start` does.
 */
import { buildApp, buildIfNeeded } from "./lib/build";
import { runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  if (process.argv.includes("--if-needed")) buildIfNeeded();
  else buildApp();
  return "exit";
});
