// Builds once, creates a fresh PostgreSQL database, starts two instances one after the other (the
// first applies the migrations, the second finds none) and nginx in front of them. The returned
// function is the teardown: instances, nginx and the database go.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { renderNginxConfig, startNginx } from "../../deploy/nginx/render";
import {
  DIST_DIR,
  INSTANCES,
  SHARED_SECRETS,
  clusterEnvironment,
  killInstance,
  onServer,
  startInstance,
} from "./support/cluster";

const require = createRequire(import.meta.url);

function build(databaseUrl: string): void {
  // E2E_NGINX_REUSE_BUILD=1 skips the minute of building while iterating on the tests; `npm test`
  // always builds, so the instances run the code under test.
  if (process.env.E2E_NGINX_REUSE_BUILD === "1" && existsSync(path.join(DIST_DIR, "BUILD_ID"))) return;
  console.log(`Building into ${DIST_DIR} with the shared action key…`);
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: databaseUrl,
      ...SHARED_SECRETS,
    },
  });
  if (result.status !== 0) throw new Error("The build for the nginx end-to-end tests failed");
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const env = clusterEnvironment();
  build(env.databaseUrl);
  await onServer(`CREATE DATABASE "${env.databaseName}"`);

  const stops: (() => Promise<void>)[] = [
    () => onServer(`DROP DATABASE IF EXISTS "${env.databaseName}" WITH (FORCE)`),
  ];
  const teardown = async () => {
    for (const name of INSTANCES) killInstance(name, "SIGTERM");
    for (const stop of stops.reverse()) await stop();
  };
  try {
    for (const name of INSTANCES) await startInstance(name);
    const config = renderNginxConfig({
      listenPort: env.nginxPort,
      upstreams: INSTANCES.map((name) => env.ports[name]),
      prefixDir: env.nginxDir,
      exposeUpstream: true,
    });
    const nginx = await startNginx(config, env.nginxPort);
    stops.push(() => nginx.stop());
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
