// The cluster the nginx end-to-end tests run against: one PostgreSQL database, one build, two
// `npm start` instances (each with its own data folder, so nothing can pass between them through
// a local file) and nginx in front. The ports and the database are fixed in the Playwright main
// process (playwright.nginx.config.ts) and reach the workers through the environment; the
// instances' process ids are kept in a file so a test can kill one and the teardown finds the
// one it restarted.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { e2eEnvironment, freePort } from "../../e2e/support/env";

export const INSTANCES = ["a", "b"] as const;
export type InstanceName = (typeof INSTANCES)[number];

/** Shared by the build and both instances, as in production (docs/deployment.md). */
export const SHARED_SECRETS = {
  NEXTAUTH_SECRET: "e2e-nginx-secret-shared-by-both-instances",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
} as const;

export const DIST_DIR = ".next-e2e-nginx";

/** Ports, database and folders of one run, fixed in the main process. */
export function clusterEnvironment() {
  const base = e2eEnvironment();
  process.env.E2E_NGINX_PORT ??= freePort();
  process.env.E2E_INSTANCE_A_PORT ??= freePort();
  process.env.E2E_INSTANCE_B_PORT ??= freePort();
  process.env.E2E_NGINX_DATABASE ??= `sentaku_nginx_e2e_${Date.now()}`;
  const serverUrl = process.env.SENTAKU_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${process.env.E2E_NGINX_DATABASE}`;
  const ports: Record<InstanceName, number> = {
    a: Number(process.env.E2E_INSTANCE_A_PORT),
    b: Number(process.env.E2E_INSTANCE_B_PORT),
  };
  return {
    ...base,
    nginxPort: Number(process.env.E2E_NGINX_PORT),
    /** The public URL: nginx. Links in mails point here. */
    nginxURL: `http://localhost:${process.env.E2E_NGINX_PORT}`,
    ports,
    instanceURL: (name: InstanceName) => `http://localhost:${ports[name]}`,
    serverUrl,
    databaseName: process.env.E2E_NGINX_DATABASE,
    databaseUrl: databaseUrl.toString(),
    nginxDir: path.join(base.dataDir, "nginx"),
    pidFile: path.join(base.dataDir, "instances.json"),
  };
}

type Pids = Partial<Record<InstanceName, number>>;

function readPids(): Pids {
  const { pidFile } = clusterEnvironment();
  return existsSync(pidFile) ? (JSON.parse(readFileSync(pidFile, "utf8")) as Pids) : {};
}

function writePid(name: InstanceName, pid: number | undefined): void {
  const { pidFile } = clusterEnvironment();
  writeFileSync(pidFile, JSON.stringify({ ...readPids(), [name]: pid }));
}

/** Starts one instance as `npm start` does (migrations, catalogue, next start) and waits for it. */
export async function startInstance(name: InstanceName): Promise<void> {
  const env = clusterEnvironment();
  const dataDir = path.join(env.dataDir, `instance-${name}`);
  mkdirSync(dataDir, { recursive: true });
  const log = openSync(path.join(dataDir, "server.log"), "a");
  // Its own process group, so killing the instance kills start.ts and the next server under it.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: process.cwd(),
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST_DIR,
      ...SHARED_SECRETS,
      PORT: String(env.ports[name]),
      HOSTNAME_BIND: "127.0.0.1",
      DATABASE_URL: env.databaseUrl,
      SENTAKU_DATA_DIR: dataDir,
      SITE_URL: env.nginxURL,
      NEXTAUTH_URL: env.nginxURL,
      EMAIL_SERVER: `smtp://127.0.0.1:${env.smtpPort}`,
      EMAIL_FROM: "Sentaku <no-reply@sentaku.test>",
      TRUST_PROXY: "1",
    },
  });
  child.unref();
  writePid(name, child.pid);

  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${env.instanceURL(name)}/robots.txt`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(
        `Instance ${name} did not start:\n${readFileSync(path.join(dataDir, "server.log"), "utf8")}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Kills an instance's whole process group with the given signal (SIGKILL: no goodbye at all). */
export function killInstance(name: InstanceName, signal: NodeJS.Signals = "SIGTERM"): void {
  const pid = readPids()[name];
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
  writePid(name, undefined);
}

/** One query on the cluster's database, for the counts the tests check. */
export async function query<Row extends Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: clusterEnvironment().databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Runs statements on the server's maintenance database (create and drop the test database). */
export async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: clusterEnvironment().serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
