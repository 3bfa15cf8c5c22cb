/**
 * vitest setupFiles entry: runs before each test file's imports (see worker-databases.ts), in the
 * file's own process or, for files that share their worker's process, again before each of them.
 * Its hooks put back the environment a file changed through env-overrides.ts.
 */
import { afterAll, afterEach } from "vitest";
import { restoreFileEnv, restoreTestEnv } from "./env-overrides";
import { pointAtWorkerDatabase } from "./worker-databases";

pointAtWorkerDatabase();
afterEach(restoreTestEnv);
afterAll(restoreFileEnv);
