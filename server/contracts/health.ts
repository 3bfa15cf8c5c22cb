/** health.get (REST GET /health). Client-safe. */
import { z } from "zod";

export const ZHealthResponseSchema = z
  .object({
    status: z.enum(["ok", "error"]),
    db: z.enum(["up", "down"]),
    version: z.string(),
    uptimeSeconds: z.number().int().nonnegative(),
  })
  .meta({ example: { status: "ok", db: "up", version: "0.1.0", uptimeSeconds: 42 } });
