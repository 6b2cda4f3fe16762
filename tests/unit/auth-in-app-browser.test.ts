import { describe, expect, it } from "vitest";
import { inAppBrowser } from "@/lib/auth/in-app-browser";

// User agents as these apps send them (from their published strings and logs).
const AGENTS = {
  LINE: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0",
  Instagram:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98 (iPhone15,2; iOS 17_5; ja_JP; ja; scale=3.00; 1179x2556; 612276012)",
  Facebook:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.41.107;FBBV/612345678;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBCR/;FBID/phone;FBLC/ja_JP;FBOP/80]",
  Gmail:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/318.0.634488990 Mobile/15E148 Safari/604.1",
  "Yahoo! Mail":
    "Mozilla/5.0 (Linux; Android 14; SO-51D Build/68.1.A.2.120; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.122 Mobile Safari/537.36 YJApp-ANDROID jp.co.yahoo.android.ymail/7.12.0",
  "Android WebView":
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36",
} as const;

const ORDINARY = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
];

describe("in-app browsers", () => {
  it.each(Object.entries(AGENTS))("recognises %s", (name, agent) => {
    // The Yahoo! app runs in an Android WebView too; its own name wins.
    expect(inAppBrowser(agent)).toBe(name);
  });

  it.each(ORDINARY)("leaves ordinary browsers alone: %s", (agent) => {
    expect(inAppBrowser(agent)).toBeNull();
  });

  it("treats a missing user agent as an ordinary browser", () => {
    expect(inAppBrowser(null)).toBeNull();
    expect(inAppBrowser("")).toBeNull();
  });
});
