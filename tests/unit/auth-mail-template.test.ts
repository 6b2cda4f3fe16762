import { describe, expect, it } from "vitest";
import { durationJa, signInMail } from "@/lib/mail/templates/sign-in";

const input = {
  url: "https://sentaku.example/signin/confirm?token=abc&email=hanako%40example.jp&callbackUrl=%2Fmembers",
  code: null,
  siteName: "Sentaku",
  siteNameReading: "選択",
  siteUrl: "https://sentaku.example",
  maxAgeSeconds: 600,
  expires: new Date("2026-11-25T05:10:00Z"),
};

describe("the sign-in email", () => {
  const mail = signInMail(input);

  it("has a Japanese subject with the site's name and how long the link lasts", () => {
    expect(mail.subject).toBe("Sentaku ログイン用リンク(10分有効)");
  });

  it("says in both parts: the link, its lifetime in Tokyo time, and what to do if you did not ask", () => {
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("10分");
      expect(body).toContain("日本時間 14:10 まで");
      expect(body).toContain("お心当たりがない場合");
      expect(body).toContain("1回だけ");
    }
    expect(mail.text).toContain(input.url);
    expect(mail.html).toContain(`href="${input.url.replaceAll("&", "&amp;")}"`);
    expect(mail.html).toContain('<html lang="ja">');
  });

  it("never puts the recipient's address in the HTML as markup", () => {
    const hostile = signInMail({ ...input, url: `${input.url}&x=<b>"'` });
    expect(hostile.html).not.toContain("<b>");
    expect(hostile.html).toContain("&lt;b&gt;&quot;&#39;");
    // The address appears only percent-encoded inside the link.
    expect(mail.html).not.toContain("hanako@example.jp");
  });
});

describe("the sign-in email with a code", () => {
  const mail = signInMail({ ...input, code: "042917", maxAgeSeconds: 1800 });

  it("names both in the subject and shows the code in both parts, before the link", () => {
    expect(mail.subject).toBe("Sentaku ログイン用リンクとコード(30分有効)");
    expect(mail.text).toContain("    042917\n");
    expect(mail.text.indexOf("042917")).toBeLessThan(mail.text.indexOf(input.url));
    expect(mail.html).toMatch(/font-size:36px[^>]*>042917</);
    for (const body of [mail.text, mail.html]) expect(body).toContain("どちらか");
  });
});

describe("durationJa", () => {
  it.each([
    [600, "10分"],
    [60, "1分"],
    [90, "1分30秒"],
    [3600, "1時間"],
    [5, "5秒"],
  ])("%i seconds is %s", (seconds, text) => {
    expect(durationJa(seconds)).toBe(text);
  });
});
