import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nginxBinary, renderNginxConfig } from "@/deploy/nginx/render";

const folder = mkdtempSync(path.join(tmpdir(), "sentaku-nginx-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const locations = readFileSync(path.join(import.meta.dirname, "../../deploy/nginx/locations.conf"), "utf8");

/** The body of the location whose line starts with `header`. */
function location(header: string): string {
  const start = locations.indexOf(`location ${header}`);
  if (start < 0) throw new Error(`No location ${header}`);
  return locations.slice(start, locations.indexOf("}", start));
}

describe("the nginx config", () => {
  it("never retries a request that may have reached an instance unless it is idempotent", () => {
    expect(locations).toMatch(/^proxy_next_upstream error timeout;$/m);
    expect(locations).not.toMatch(/^[^#]*non_idempotent/m);
  });

  it("never caches members pages, sign-in, the API, dev pages, members articles or downloads", () => {
    const privateLocation = location("~ ^/(members|signin|api|dev|articles/members)(/|$)");
    expect(privateLocation).toContain("proxy_cache off;");
    // Listed before the public pages, so /articles/members/... is never matched by those.
    expect(locations.indexOf("articles/members")).toBeLessThan(
      locations.indexOf("location ~ ^/($|articles/"),
    );
  });

  it("caches public pages briefly, and never for a reader with a session cookie", () => {
    const publicLocation = location("~ ^/($|articles/");
    expect(publicLocation).toContain("proxy_ignore_headers Cache-Control Expires;");
    expect(publicLocation).toMatch(/proxy_cache_valid 200 301 404 60s;/);
    expect(publicLocation).toContain("proxy_cache_bypass $sentaku_session;");
    expect(publicLocation).toContain("proxy_no_cache $sentaku_session $upstream_http_set_cookie;");
  });

  it.skipIf(!existsSync(nginxBinary()))("renders a config that nginx accepts", () => {
    const file = renderNginxConfig({ listenPort: 18080, upstreams: [13001, 13002], prefixDir: folder });
    const rendered = readFileSync(file, "utf8");
    expect(rendered).toContain("server 127.0.0.1:13001;");
    expect(rendered).toContain("server 127.0.0.1:13002;");
    expect(rendered).toContain("listen 127.0.0.1:18080;");
    // -t parses and checks the config, opening its files, without serving.
    execFileSync(nginxBinary(), ["-t", "-q", "-c", file, "-p", folder, "-e", path.join(folder, "error.log")]);
  });
});
