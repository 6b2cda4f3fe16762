import { describe, expect, it } from "vitest";
import { PER_REQUEST_PAGES } from "@/lib/security/headers";
import {
  crossOriginAction,
  plainRead,
  undecodableActionPost,
  unreadableRouterState,
  unusableCallbackParam,
  withoutUnusableCallbackCookie,
} from "@/lib/security/request-guard";

const base = "http://localhost:3000";
const NAME = "next-auth.callback-url";

describe("the request guard in front of Next.js and NextAuth", () => {
  it("refuses a server action from another origin or from Origin: null", () => {
    const action = (origin: string | null) =>
      new Headers({ "next-action": "7f".repeat(21), host: "localhost:3000", ...(origin ? { origin } : {}) });
    expect(crossOriginAction(action("http://evil.example"))).toBe(true);
    expect(crossOriginAction(action("null"))).toBe(true);
    expect(crossOriginAction(action("http://localhost:3000"))).toBe(false);
    expect(crossOriginAction(action(null))).toBe(false);
    expect(crossOriginAction(new Headers({ origin: "http://evil.example", host: "localhost:3000" }))).toBe(
      false,
    );
  });

  it("drops a callback cookie NextAuth cannot read, and keeps every other cookie", () => {
    expect(
      withoutUnusableCallbackCookie(
        `a=1; ${NAME}=javascript%3Aalert(1); next-auth.session-token=t`,
        NAME,
        base,
      ),
    ).toBe("a=1; next-auth.session-token=t");
    expect(withoutUnusableCallbackCookie(`${NAME}=%2Fmembers%00`, NAME, base)).toBe("");
    expect(withoutUnusableCallbackCookie(`${NAME}=%E0%A4%A`, NAME, base)).toBe("");
    expect(
      withoutUnusableCallbackCookie(`${NAME}=${encodeURIComponent(`${base}/members`)}`, NAME, base),
    ).toBeNull();
    expect(withoutUnusableCallbackCookie(`${NAME}=%2Fmembers%2Fjournal`, NAME, base)).toBeNull();
    expect(withoutUnusableCallbackCookie("a=1", NAME, base)).toBeNull();
  });

  it("flags a callbackUrl parameter NextAuth cannot read", () => {
    expect(unusableCallbackParam(new URLSearchParams("callbackUrl=javascript:alert(1)"), base)).toBe(true);
    expect(unusableCallbackParam(new URLSearchParams("callbackUrl=%2F%2Fevil.example"), base)).toBe(true);
    expect(unusableCallbackParam(new URLSearchParams("callbackUrl=%2Fmembers"), base)).toBe(false);
    expect(unusableCallbackParam(new URLSearchParams(""), base)).toBe(false);
  });
});

describe("posts to pages that Next.js could not decode as a server action", () => {
  const post = (headers: Record<string, string>, body = "") =>
    undecodableActionPost(new Headers(headers), async () => body);
  const boundary = "----formdata";
  const form = `--${boundary}\r\nContent-Disposition: form-data; name="1_title"\r\n\r\nx\r\n--${boundary}--\r\n`;

  it("lets through what a browser sends: whole multipart forms naming their action", async () => {
    const multipart = { "content-type": `multipart/form-data; boundary=${boundary}` };
    expect(await post({ ...multipart, "next-action": "abc" }, form)).toBeNull();
    // A form posted without JavaScript carries its action id in the body, not in a header.
    const noScript = `--${boundary}\r\nContent-Disposition: form-data; name="$ACTION_ID_abc"\r\n\r\n\r\n--${boundary}--\r\n`;
    expect(await post(multipart, noScript)).toBeNull();
    expect(await post(multipart, form)).toBe(405);
    // Every action of this site takes form data; a JSON body is no request of ours.
    expect(await post({ "content-type": "text/plain;charset=UTF-8", "next-action": "abc" }, '["$K1"]')).toBe(
      415,
    );
  });

  it("answers the rest as the client errors they are", async () => {
    expect(await post({ "content-type": "multipart/form-data", "next-action": "a" }, form)).toBe(415);
    expect(
      await post({ "content-type": `multipart/form-data; boundary=${boundary}` }, `--${boundary}\r\nx`),
    ).toBe(400);
    expect(await post({ "content-type": "text/plain", "next-action": "a" }, "[]")).toBe(415);
    expect(await post({ "content-type": "application/json", "next-action": "a" }, "{}")).toBe(415);
    expect(await post({ "content-type": "application/x-www-form-urlencoded" }, "a=1")).toBe(405);
    expect(await post({ "content-length": "1200000", "next-action": "a" })).toBe(413);
  });

  it("reads the router-state header only when it is an encoded JSON array", () => {
    const state = (value: string) => unreadableRouterState(new Headers({ "next-router-state-tree": value }));
    expect(state(encodeURIComponent(JSON.stringify(["", {}])))).toBe(false);
    expect(state("%")).toBe(true);
    expect(state("%5B")).toBe(true);
    expect(state("x")).toBe(true);
    expect(unreadableRouterState(new Headers())).toBe(false);
  });
});

describe("plain reads, which proxy.ts lets through untouched", () => {
  const read = (method: string, pathname: string, headers: Record<string, string> = {}) =>
    plainRead(method, pathname, new Headers(headers), NAME, PER_REQUEST_PAGES);

  it("are a reader's GET or HEAD of a public page or file", () => {
    for (const path of ["/", "/articles/a", "/feed.xml", "/icon/32", "/api/viewer"]) {
      expect(read("GET", path, { cookie: "next-auth.session-token=t" }), path).toBe(true);
    }
    expect(read("HEAD", "/")).toBe(true);
  });

  it("leave every request a check or a nonce concerns to the full guard", () => {
    expect(read("POST", "/articles/a")).toBe(false);
    expect(read("PUT", "/")).toBe(false);
    // An empty header still counts: Next.js reads `Next-Action:` with no value as an action.
    expect(read("GET", "/", { "next-action": "" })).toBe(false);
    expect(read("GET", "/", { "next-router-state-tree": "%" })).toBe(false);
    expect(read("GET", "/", { cookie: `a=1; ${NAME}=javascript%3Aalert(1)` })).toBe(false);
    expect(read("GET", "/api/auth/signin", {})).toBe(false);
    for (const path of ["/signin", "/members", "/members/journal", "/dev/outbox"]) {
      expect(read("GET", path), path).toBe(false);
    }
  });
});
