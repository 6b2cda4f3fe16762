import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";
import {
  adminQuery,
  databaseUrlOn,
  dropDatabase,
  scratchDatabaseName,
  testServerUrl,
} from "./postgres-test-database";

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string;
  }
}

// Once per run of the PostgreSQL project: a template database migrated by the production runner.
export default async function setup(project: TestProject) {
  const server = testServerUrl();
  if (!server) throw new Error("SENTAKU_TEST_POSTGRES_URL is not set.");
  const template = scratchDatabaseName("sentaku_template");
  await adminQuery(server, `CREATE DATABASE "${template}"`);
  await applyMigrations(databaseUrlOn(server, template));
  console.log(`PostgreSQL integration run on ${new URL(server).host} (template ${template})`);
  project.provide("postgresTemplate", template);
  return () => dropDatabase(server, template);
}
