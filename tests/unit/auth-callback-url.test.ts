import { describe, expect, it } from "vitest";
import {
  callbackPathOf,
  confirmationPath,
  errorPagePath,
  safeCallbackPath,
  sameSiteRedirect,
} from "@/lib/auth/callback-url";

const baseUrl = "https://sentaku.example";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackPath("/articles/kanrishoku?from=mail#toc")).toBe("/articles/kanrishoku?from=mail#toc");
    expect(safeCallbackPath("/members/journal/new?prompt=values-1")).toBe(
      "/members/journal/new?prompt=values-1",
    );
  });

  it.each([
    ["https://example.com/"],
    ["//example.com"],
    ["/\\example.com"],
    ["\\\\example.com"],
    ["/\texample.com"],
    ["javascript:alert(1)"],
    ["example.com"],
    ["/api/auth/signout"],
    [""],
    [null],
    [undefined],
    ["/" + "a".repeat(2001)],
  ])("refuses %j and falls back", (value) => {
    expect(safeCallbackPath(value, "/members")).toBe("/members");
  });
});

describe("sameSiteRedirect (NextAuth's redirect callback)", () => {
  it.each([
    ["https://example.com/", `${baseUrl}/`],
    ["//example.com", `${baseUrl}/`],
    ["/\\example.com", `${baseUrl}/`],
    ["https://sentaku.example.evil.com/members", `${baseUrl}/`],
    ["http://sentaku.example/members", `${baseUrl}/`],
    ["javascript:alert(1)", `${baseUrl}/`],
    ["not a url", `${baseUrl}/`],
    ["/members/journal", `${baseUrl}/members/journal`],
    [`${baseUrl}/articles/a?x=1`, `${baseUrl}/articles/a?x=1`],
    [`${baseUrl}//example.com`, `${baseUrl}/`],
  ])("%j lands on %j", (url, expected) => {
    expect(sameSiteRedirect({ url, baseUrl })).toBe(expected);
  });
});

describe("links", () => {
  it("turns NextAuth's absolute callback into a path on this site", () => {
    expect(callbackPathOf(`${baseUrl}/articles/a?x=1`, baseUrl)).toBe("/articles/a?x=1");
    expect(callbackPathOf("https://example.com/", baseUrl)).toBe("/");
  });

  it("builds the confirmation page and error page addresses with every part encoded", () => {
    const path = confirmationPath({ token: "ab", email: "a+b@example.jp", callbackPath: "/x?y=1&z=2" });
    const url = new URL(path, baseUrl);
    expect(url.pathname).toBe("/signin/confirm");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      token: "ab",
      email: "a+b@example.jp",
      callbackUrl: "/x?y=1&z=2",
    });
    const error = new URL(errorPagePath("expired", "a@example.jp", "/members"), baseUrl);
    expect(Object.fromEntries(error.searchParams)).toEqual({
      error: "Verification",
      reason: "expired",
      callbackUrl: "/members",
      email: "a@example.jp",
    });
  });
});
