import { defineConfig } from "drizzle-kit";

// `npm run db:generate` needs no database; `npm run db:studio` gets DATABASE_URL from scripts/db-studio.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/rehearse" },
  strict: true,
  verbose: true,
});
