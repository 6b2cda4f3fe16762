import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const secret = "s".repeat(40);

describe("parseEnv", () => {
  it("runs with nothing set: localhost, the outbox, a 10-minute link", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      publicUrl: "http://localhost:3000",
      localDeployment: true,
      emailServer: null,
      nextAuthSecret: null,
      signInLinkMaxAgeSeconds: 600,
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
