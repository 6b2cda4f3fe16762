import { formatTokyoTime } from "@/lib/dates";

export interface SignInMailInput {
  /** The confirmation page's address, with the token. */
  url: string;
  /** The six-digit code that does what the link does, or null for a link alone. */
  code: string | null;
  siteName: string;
  siteNameReading: string;
  /** The public origin, shown as the sender's home. */
  siteUrl: string;
  maxAgeSeconds: number;
  expires: Date;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** "10分", "1時間", "1分30秒": how long a link lasts, in Japanese. */
export function durationJa(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return (
    [hours ? `${hours}時間` : "", minutes ? `${minutes}分` : "", rest ? `${rest}秒` : ""].join("") || "0秒"
  );
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The sign-in email. The recipient's address appears in neither part: she knows it, and an
 * address is text someone else typed, which has no business in HTML.
 */
export function signInMail(input: SignInMailInput): RenderedMail {
  const validity = durationJa(input.maxAgeSeconds);
  const until = formatTokyoTime(input.expires);
  const site = `${input.siteName}(${input.siteNameReading})`;
  const code = input.code;
  const subject = code
    ? `${input.siteName} ログイン用リンクとコード(${validity}有効)`
    : `${input.siteName} ログイン用リンク(${validity}有効)`;
  const what = code ? "リンクとコード" : "リンク";

  const text = [
    `${site} へのログインのご依頼を受け付けました。`,
    "",
    ...(code
      ? [
          "■ ログイン用コード",
          "ログインを始めた画面に、次の6桁のコードを入力してください。",
          "",
          `    ${code}`,
          "",
          "■ または、リンクから",
        ]
      : []),
    "下のリンクを開き、表示されたページの「ログインする」ボタンを押すとログインできます。",
    "",
    input.url,
    "",
    `この${what}の有効期限は送信から${validity}(日本時間 ${until} まで)で、どちらか1回だけ使えます。`,
    `期限が切れた場合は、ログインページからもう一度お送りください。`,
    "",
    "■ お心当たりがない場合",
    "このメールは破棄してください。どなたかがメールアドレスを入力し間違えた可能性があります。",
    "コードを入力するか、リンクを開いてボタンを押さない限り、ログインされることはありません。",
    "",
    "--",
    site,
    input.siteUrl,
    "",
  ].join("\n");

  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#fbf8f3;color:#1f1b16;font-family:'Hiragino Sans','Hiragino Kaku Gothic ProN','Yu Gothic UI',Meiryo,sans-serif;line-height:1.8;">
<div style="display:none;max-height:0;overflow:hidden;">${e(`ログイン用の${what}です。有効期限は${validity}です。`)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#fbf8f3;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #e4ddd3;border-radius:12px;">
<tr><td style="padding:28px 24px;">
<p style="margin:0 0 4px;font-size:20px;font-weight:bold;">${e(input.siteName)}</p>
<p style="margin:0 0 24px;font-size:13px;color:#57504a;">${e(input.siteNameReading)}</p>
<p style="margin:0 0 16px;">${e(`${site} へのログインのご依頼を受け付けました。`)}</p>
${
  code
    ? `<p style="margin:0 0 8px;">ログインを始めた画面に、次の6桁のコードを入力してください。</p>
<p style="margin:0 0 24px;text-align:center;font-size:36px;font-weight:bold;letter-spacing:0.25em;font-family:Menlo,Consolas,monospace;">${e(code)}</p>
<p style="margin:0 0 8px;font-weight:bold;">または、リンクから</p>
`
    : ""
}<p style="margin:0 0 24px;">下のボタンを押し、開いたページの「ログインする」ボタンを押すとログインできます。</p>
<p style="margin:0 0 24px;text-align:center;">
<a href="${e(input.url)}" style="display:inline-block;padding:12px 28px;background:#9a3d25;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:999px;">ログインページを開く</a>
</p>
<p style="margin:0 0 8px;font-size:14px;">${e(`有効期限は送信から${validity}(日本時間 ${until} まで)で、${code ? "コードかリンクのどちらか" : ""}1回だけ使えます。`)}</p>
<p style="margin:0 0 24px;font-size:13px;color:#57504a;">ボタンが使えない場合は、次のアドレスをブラウザに貼り付けてください。<br><span style="word-break:break-all;">${e(input.url)}</span></p>
<p style="margin:0 0 4px;font-size:14px;font-weight:bold;">お心当たりがない場合</p>
<p style="margin:0;font-size:14px;">このメールは破棄してください。どなたかがメールアドレスを入力し間違えた可能性があります。${code ? "コードを入力するか、" : ""}リンクを開いてボタンを押さない限り、ログインされることはありません。</p>
</td></tr>
</table>
<p style="margin:16px 0 0;font-size:12px;color:#57504a;">${e(site)} · <a href="${e(input.siteUrl)}" style="color:#57504a;">${e(input.siteUrl)}</a></p>
</td></tr>
</table>
</body>
</html>
`;

  return { subject, text, html };
}
