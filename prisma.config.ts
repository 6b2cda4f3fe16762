import { defineConfig } from "prisma/config";

// Used by the regular Prisma CLI where it can download its engine. The project's own
// commands (`npm run db:*`) read the same DATABASE_URL through lib/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/sentaku.db" },
});
