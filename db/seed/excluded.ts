import { sql, type SQL } from "drizzle-orm";

/**
 * An upsert's `set` in which each listed column takes the value the insert proposed
 * (`excluded.<column>`, snake_case like the schema's casing).
 */
export function takeExcluded<K extends string>(keys: readonly K[]): Record<K, SQL> {
  return Object.fromEntries(keys.map((key) => [key, sql.raw(`excluded.${key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`)])) as Record<K, SQL>;
}
