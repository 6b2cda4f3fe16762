import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // Server-only modules are imported directly by tests; the guard itself is for bundles.
    "server-only": path.join(root, "tests/support/empty-module.ts"),
  },
};

const integration = {
  environment: "node" as const,
  // Each test file gets its own database, migrated by the production runner.
  setupFiles: ["tests/support/setup-database.ts"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

// The integration suite runs once per database. Files named *.sqlite.test.ts test what only
// SQLite has (PRAGMAs, the file on disk, its backups); *.postgresql.test.ts what only PostgreSQL
// has. The PostgreSQL run needs a server: scripts/test.sh finds one and sets the URL.
const postgresUrl = process.env.SENTAKU_TEST_POSTGRES_URL?.trim();

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        resolve,
        test: {
          ...integration,
          name: "integration (sqlite)",
          include: ["tests/integration/**/*.test.{ts,tsx}"],
          exclude: ["tests/integration/**/*.postgresql.test.{ts,tsx}"],
          env: { SENTAKU_TEST_DATABASE: "sqlite" },
        },
      },
      ...(postgresUrl
        ? [
            {
              resolve,
              test: {
                ...integration,
                name: "integration (postgresql)",
                include: ["tests/integration/**/*.test.{ts,tsx}"],
                exclude: ["tests/integration/**/*.sqlite.test.{ts,tsx}"],
                env: { SENTAKU_TEST_DATABASE: "postgresql" },
                globalSetup: ["tests/support/postgres-global-setup.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
