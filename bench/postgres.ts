// The same loads on PostgreSQL (issue 12): one instance, then two instances behind nginx rendered
// by deploy/nginx/render.ts, on one scratch database created for the run and dropped after it.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { renderNginxConfig, startNginx } from "../deploy/nginx/render";
import { load, saveLoad } from "./load";
import { seedBenchDatabase } from "./seed";
import { freePort, log, nextStart, residentMb } from "./servers";
import { type Report, requestsAndLatency } from "./table";

export interface PostgresOptions {
  root: string;
  distDir: string;
  dataDir: string;
  shared: Record<string, string>;
  seconds: number;
  actionId: string;
  withOneInstance: boolean;
  withNginx: boolean;
  report: Report;
  paths: { article: string; search: string };
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function measure(base: string, tokens: string[], o: PostgresOptions, articleNote = "") {
  const cookie = { Cookie: `next-auth.session-token=${tokens[0]}` };
  const article = await load(`${base}${o.paths.article}`, 50, o.seconds);
  const list = await load(`${base}/members/journal`, 20, o.seconds, cookie);
  const search = await load(`${base}${o.paths.search}`, 20, o.seconds, cookie);
  const save = await saveLoad(base, o.actionId, tokens, o.seconds);
  return {
    [`article page, 50 connections`]: `${requestsAndLatency(article)}${articleNote}`,
    "journal list, 20 connections": requestsAndLatency(list),
    "journal search 「両立」": requestsAndLatency(search),
    "saving an entry, 20 members": `${Math.round(save.count / o.seconds)} saves/s, p99 ${Math.round(save.p99)} ms`,
  };
}

export async function postgresSetups(o: PostgresOptions) {
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `sentaku_bench_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await admin(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  try {
    log("seeding PostgreSQL…");
    const t = performance.now();
    const { tokens } = await seedBenchDatabase(url.href);
    log(`seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const env = {
      NEXT_DIST_DIR: o.distDir,
      DATABASE_URL: url.href,
      SENTAKU_DATA_DIR: o.dataDir,
      ...o.shared,
    };

    if (o.withOneInstance) {
      log("PostgreSQL, one instance…");
      const app = await nextStart(o.root, env);
      try {
        const figures = await measure(app.base, tokens, o);
        const rss = residentMb(app.process.pid ?? 0);
        o.report.setup("PostgreSQL, 1 instance", {
          ...figures,
          "memory after the run": `${Math.round(rss)} MB`,
        });
      } finally {
        await app.stop();
      }
    }

    if (o.withNginx) {
      log("PostgreSQL, two instances behind nginx…");
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      // Both instances answer for nginx's address, as behind a real proxy.
      const instanceEnv = { ...env, NEXTAUTH_URL: base, SITE_URL: base };
      const instances = [await nextStart(o.root, instanceEnv), await nextStart(o.root, instanceEnv)];
      const prefix = mkdtempSync(path.join(os.tmpdir(), "sentaku-bench-nginx-"));
      try {
        const config = renderNginxConfig({
          listenPort: port,
          upstreams: instances.map((i) => Number(new URL(i.base).port)),
          prefixDir: prefix,
          workerProcesses: 1,
        });
        const nginx = await startNginx(config, port);
        try {
          const figures = await measure(base, tokens, o, " (nginx cache)");
          const rss = instances.reduce((sum, i) => sum + residentMb(i.process.pid ?? 0), 0);
          o.report.setup("PostgreSQL, 2 instances + nginx", {
            ...figures,
            "memory after the run": `${Math.round(rss)} MB (both)`,
          });
        } finally {
          await nginx.stop();
        }
      } finally {
        for (const instance of instances) await instance.stop();
        rmSync(prefix, { recursive: true, force: true });
      }
    }
  } finally {
    await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
