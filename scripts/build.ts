/** `npm run build`: a production build, recorded so `npm start` knows it is current. */
import { buildApp } from "./lib/build";
import { runLauncher } from "./lib/run-launcher";

runLauncher(async () => {
  buildApp();
  return "exit";
});
