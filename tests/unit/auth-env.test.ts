import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, parseSettings } from "@/lib/env";

const secret = "s".repeat(40);

describe("parseEnv", () => {
  it("runs with nothing set: localhost, the outbox, a 30-minute link", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      publicUrl: "http://localhost:3000",
      localDeployment: true,
      emailServer: null,
      nextAuthSecret: null,
      signInLinkMaxAgeSeconds: 1800,
      trustedProxies: 0,
    });
  });

  it("lets a production server on this machine run without a mail server (the embedded default)", () => {
    expect(parseEnv({ NODE_ENV: "production", PORT: "4000" }).publicUrl).toBe("http://localhost:4000");
  });

  it.each([
    ["EMAIL_SERVER", { NEXTAUTH_SECRET: secret, EMAIL_FROM: "Sentaku <a@sentaku.example>" }],
    ["NEXTAUTH_SECRET", { EMAIL_SERVER: "smtp://mail.example:587", EMAIL_FROM: "a@sentaku.example" }],
    ["EMAIL_FROM", { EMAIL_SERVER: "smtp://mail.example:587", NEXTAUTH_SECRET: secret }],
  ])("stops a public production server without %s, naming it", (name, rest) => {
    const run = () => parseEnv({ NODE_ENV: "production", SITE_URL: "https://sentaku.example", ...rest });
    expect(run).toThrow(EnvError);
    expect(run).toThrow(new RegExp(`^${name} is not set`));
  });

  it("starts a public production server that has all three", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      NEXTAUTH_URL: "https://sentaku.example/",
      EMAIL_SERVER: "smtps://user:pass@mail.example:465",
      EMAIL_FROM: "Sentaku <no-reply@sentaku.example>",
      NEXTAUTH_SECRET: secret,
      TRUST_PROXY: "1",
    });
    expect(env).toMatchObject({
      publicUrl: "https://sentaku.example",
      localDeployment: false,
      trustedProxies: 1,
    });
  });

  it("does not demand production secrets while building", () => {
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        SITE_URL: "https://sentaku.example",
        NEXT_PHASE: "phase-production-build",
      }),
    ).not.toThrow();
  });

  it.each([
    [{ EMAIL_SERVER: "http://mail.example" }, /^EMAIL_SERVER: must be an smtp/],
    [{ NEXTAUTH_SECRET: "short" }, /^NEXTAUTH_SECRET: must be at least 32/],
    [{ SIGNIN_LINK_MAX_AGE_SECONDS: "0" }, /^SIGNIN_LINK_MAX_AGE_SECONDS: must be at least 1/],
    [{ SIGNIN_LINK_MAX_AGE_SECONDS: "ten" }, /^SIGNIN_LINK_MAX_AGE_SECONDS:/],
    [{ SITE_URL: "sentaku.example" }, /^SITE_URL is not a URL/],
    [{ SITE_URL: "https://a.example", NEXTAUTH_URL: "https://b.example" }, /name different sites/],
    [{ PORT: "http" }, /^PORT:/],
    [{ PORT: "70000" }, /^PORT: must be a port number/],
    [{ LINE_URL: "lin.ee/sentaku" }, /^LINE_URL: must be an http\(s\) URL/],
    [{ LINE_URL: "javascript:alert(1)" }, /^LINE_URL: must be an http\(s\) URL/],
  ])("names the variable that is wrong in %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("reads the link lifetime and the proxy count", () => {
    expect(parseEnv({ SIGNIN_LINK_MAX_AGE_SECONDS: "120", TRUST_PROXY: "true" })).toMatchObject({
      signInLinkMaxAgeSeconds: 120,
      trustedProxies: 1,
    });
  });

  it("treats 127.0.0.1 and ::1 as this machine, and a LAN address as public", () => {
    expect(parseEnv({ SITE_URL: "http://127.0.0.1:3000" }).localDeployment).toBe(true);
    expect(parseEnv({ SITE_URL: "http://[::1]:3000" }).localDeployment).toBe(true);
    expect(parseEnv({ SITE_URL: "http://192.168.1.5:3000" }).localDeployment).toBe(false);
  });
});

describe("the public site, decided once", () => {
  it("takes SITE_URL over NEXTAUTH_URL, which may only repeat it", () => {
    const env = parseEnv({
      SITE_URL: "https://sentaku.example/",
      NEXTAUTH_URL: "https://sentaku.example/api/auth",
    });
    expect(env.publicUrl).toBe("https://sentaku.example");
  });

  it("falls back to NEXTAUTH_URL, then to this machine on PORT", () => {
    expect(parseEnv({ NEXTAUTH_URL: "https://sentaku.example" }).publicUrl).toBe("https://sentaku.example");
    expect(parseEnv({ PORT: "4100" })).toMatchObject({ publicUrl: "http://localhost:4100", port: 4100 });
  });

  it("derives https from the public URL, whichever variable names it", () => {
    expect(parseEnv({ SITE_URL: "https://sentaku.example" }).https).toBe(true);
    expect(parseEnv({ NEXTAUTH_URL: "https://sentaku.example" }).https).toBe(true);
    expect(parseEnv({ SITE_URL: "http://sentaku.example" }).https).toBe(false);
    expect(parseEnv({}).https).toBe(false);
  });

  it("prefixes NextAuth's cookies on https, and only there", () => {
    expect(parseEnv({ SITE_URL: "https://sentaku.example" }).authCookies).toEqual({
      sessionToken: "__Secure-next-auth.session-token",
      callbackUrl: "__Secure-next-auth.callback-url",
      csrfToken: "__Host-next-auth.csrf-token",
    });
    expect(parseEnv({ SITE_URL: "http://localhost:3000" }).authCookies).toEqual({
      sessionToken: "next-auth.session-token",
      callbackUrl: "next-auth.callback-url",
      csrfToken: "next-auth.csrf-token",
    });
  });
});

describe("parseSettings", () => {
  it("reads the same settings as parseEnv without demanding a public server's secrets", () => {
    const source = { NODE_ENV: "production", SITE_URL: "https://sentaku.example" };
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(parseSettings(source)).toMatchObject({ production: true, https: true });
  });

  it("still rejects a malformed value", () => {
    expect(() => parseSettings({ SITE_URL: "sentaku.example" })).toThrow(/^SITE_URL is not a URL/);
  });

  it("has a default for every folder and for where the server listens", () => {
    const cwd = process.cwd();
    expect(parseSettings({})).toMatchObject({
      lineUrl: null,
      articleDirs: [path.join(cwd, "content/articles")],
      downloadsDir: path.join(cwd, "content/downloads/files"),
      downloadsManifest: path.join(cwd, "content/downloads/manifest.json"),
      dataDir: path.join(cwd, "data"),
      port: 3000,
      hostname: "0.0.0.0",
      distDir: ".next",
    });
  });

  it("reads the folders, the LINE account and the listening address from the environment", () => {
    const env = parseSettings({
      LINE_URL: " https://lin.ee/sentaku ",
      ARTICLES_DIR: ["content/articles", "/srv/extra-articles", ""].join(path.delimiter),
      DOWNLOADS_DIR: "/srv/files",
      DOWNLOADS_MANIFEST: "catalogue.json",
      HOSTNAME_BIND: "127.0.0.1",
      NEXT_DIST_DIR: ".next-test",
    });
    expect(env).toMatchObject({
      lineUrl: "https://lin.ee/sentaku",
      articleDirs: [path.join(process.cwd(), "content/articles"), "/srv/extra-articles"],
      downloadsDir: "/srv/files",
      downloadsManifest: path.join(process.cwd(), "catalogue.json"),
      hostname: "127.0.0.1",
      distDir: ".next-test",
    });
  });
});
