import { describe, expect, it } from "vitest";
import {
  callbackPathFrom,
  callbackPathOf,
  safeCallbackPath,
  sameSiteRedirect,
} from "@/lib/auth/callback-url";

const baseUrl = "https://sentaku.example";
const ascii = /^[\x21-\x7e]*$/;

describe("unusual callbacks are normalised in one place", () => {
  it("percent-encodes a non-ASCII path, which a Location header cannot carry raw", () => {
    expect(safeCallbackPath("/articles/選択?q=両立#見出し")).toBe(
      `/articles/${encodeURIComponent("選択")}?q=${encodeURIComponent("両立")}#${encodeURIComponent("見出し")}`,
    );
    expect(sameSiteRedirect({ url: "/メンバー", baseUrl })).toMatch(ascii);
    expect(callbackPathOf(`${baseUrl}/メンバー`, baseUrl)).toMatch(ascii);
  });

  it.each([
    ["/members\u0000"],
    ["/\u0000/example.com"],
    ["/members\r\nSet-Cookie: x=1"],
    ["/x/../api/auth/signout"],
    ["/%2e%2e/api/auth/signout"],
    ["/API/auth/signout"],
    ["javascript:alert(1)"],
    ["/\u202ejavascript:alert(1)"],
  ])("refuses or neutralises %j", (value) => {
    const path = safeCallbackPath(value, "/members");
    expect(path).toMatch(ascii);
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
    expect(path.toLowerCase().startsWith("/api")).toBe(false);
  });

  it("turns anything a cookie or query can carry into a path without throwing", () => {
    const samples = [
      "\ud800",
      "/\ud800",
      "/%",
      "/%zz",
      "/?\u0000",
      "\u0000",
      "/" + "あ".repeat(1999),
      "/a#b#c",
    ];
    for (const value of samples) {
      expect(callbackPathFrom(value)).toMatch(ascii);
      expect(sameSiteRedirect({ url: value, baseUrl })).toMatch(/^https:\/\/sentaku\.example\//);
      expect(sameSiteRedirect({ url: value, baseUrl })).toMatch(ascii);
    }
  });
});
