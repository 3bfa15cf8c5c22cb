/** vitest setupFiles entry: runs before each test file's imports (see worker-databases.ts). */
import { pointAtWorkerDatabase } from "./worker-databases";

pointAtWorkerDatabase();
