// Renders a runnable nginx configuration from this folder's files, for the end-to-end test
// (tests/e2e-nginx) and the benchmark: the same locations, cache rules and session map as
// production (sentaku.conf), with the instances' ports, a listen port and every path nginx writes
// (pid, logs, temp files, cache) inside one folder, so nginx runs as a foreground process of the
// test without touching /etc/nginx or /var.
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const SHARED_FILES = ["session-map.conf", "locations.conf", "headers.conf"] as const;

export interface NginxConfigOptions {
  /** The port nginx listens on, on 127.0.0.1. */
  listenPort: number;
  /** The ports of the `next start` instances on 127.0.0.1, balanced round robin. */
  upstreams: number[];
  /** An existing, empty folder: the config, pid file, logs, temp files and cache go here. */
  prefixDir: string;
  /** Adds `X-Upstream: 127.0.0.1:<port>` to every response, so a test can see who answered. */
  exposeUpstream?: boolean;
  /** nginx worker processes (1 by default; "auto" for a benchmark). */
  workerProcesses?: number | "auto";
}

/**
 * Writes `<prefixDir>/nginx.conf` and the shared files it includes, and returns the config's path.
 * Run it with `nginx -c <path> -p <prefixDir> -e <prefixDir>/error.log -g 'daemon off;'`, or
 * with startNginx below.
 */
export function renderNginxConfig({
  listenPort,
  upstreams,
  prefixDir,
  exposeUpstream = false,
  workerProcesses = 1,
}: NginxConfigOptions): string {
  if (upstreams.length === 0) throw new Error("renderNginxConfig needs at least one upstream port");
  const prefix = path.resolve(prefixDir);
  const shared = path.join(prefix, "sentaku");
  mkdirSync(shared, { recursive: true });
  for (const dir of ["tmp", "cache", "logs"]) mkdirSync(path.join(prefix, dir), { recursive: true });
  for (const file of SHARED_FILES)
    copyFileSync(path.join(import.meta.dirname, file), path.join(shared, file));
  if (exposeUpstream) {
    appendFileSync(path.join(shared, "headers.conf"), "add_header X-Upstream $upstream_addr always;\n");
  }

  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, "tmp", name)};`;
  const config = `# Rendered by deploy/nginx/render.ts; production uses deploy/nginx/sentaku.conf.
${
  // As root, the workers would otherwise run as nobody and could not write this private folder.
  process.getuid?.() === 0 ? "user root;\n" : ""
}worker_processes ${workerProcesses};
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "error.log")} warn;

events {
  worker_connections 1024;
}

http {
  access_log ${path.join(prefix, "access.log")};
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}

  upstream sentaku {
    ${upstreams.map((port) => `server 127.0.0.1:${port};`).join("\n    ")}
    keepalive 32;
  }

  proxy_cache_path ${path.join(prefix, "cache")} levels=1:2 keys_zone=sentaku:10m max_size=200m inactive=10m use_temp_path=off;

  include sentaku/session-map.conf;

  server {
    listen 127.0.0.1:${listenPort};
    server_name _;
    include sentaku/locations.conf;
  }
}
`;
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, config);
  return file;
}

/** The nginx binary: NGINX_BIN, or Debian's. */
export function nginxBinary(): string {
  // Read here rather than through lib/env: this is test and benchmark tooling, not the app.
  return process.env.NGINX_BIN ?? "/usr/sbin/nginx";
}

export interface RunningNginx {
  process: ChildProcess;
  /** Everything nginx printed, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts nginx in the foreground on a rendered config and resolves once it answers on listenPort
 * (any HTTP status: the instances behind it may still be starting).
 */
export async function startNginx(
  configFile: string,
  listenPort: number,
  timeoutMs = 15_000,
): Promise<RunningNginx> {
  const prefix = path.dirname(configFile);
  let text = "";
  const child = spawn(
    nginxBinary(),
    ["-c", configFile, "-p", prefix, "-e", path.join(prefix, "error.log"), "-g", "daemon off;"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const running: RunningNginx = {
    process: child,
    output: () => text,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        // QUIT: the master lets the workers finish and removes its pid file.
        child.kill("SIGQUIT");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${text}`);
    try {
      await fetch(`http://127.0.0.1:${listenPort}/robots.txt`, { signal: AbortSignal.timeout(1_000) });
      return running;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await running.stop();
      throw new Error(`nginx did not answer on port ${listenPort}:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
