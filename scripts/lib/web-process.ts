/**
 * One web process of `npm start` when WEB_CONCURRENCY > 1, forked by the launcher after it has
 * prepared the database and the build: it only serves (no migrations, no job worker).
 */
Object.assign(process.env, { NODE_ENV: "production" });

import { loadEnvOrExit } from "./load-env";
import { serveNext } from "./serve";
import { runAsWebProcess } from "./web-cluster";

runAsWebProcess(() => serveNext({ dev: false, port: loadEnvOrExit().PORT }));
