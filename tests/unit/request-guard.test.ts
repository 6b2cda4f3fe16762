import { describe, expect, it } from "vitest";
import {
  crossOriginAction,
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
