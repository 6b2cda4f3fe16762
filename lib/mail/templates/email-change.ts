import { formatTokyoTime } from "@/lib/dates";
import { type RenderedMail, durationJa, escapeHtml } from "./sign-in";

// The three mails of an address change. None carries the other address in HTML markup except as
// escaped text, and only the confirmation carries a link that does anything.

interface Frame {
  siteName: string;
  siteNameReading: string;
  siteUrl: string;
}

function render(
  frame: Frame,
  subject: string,
  paragraphs: string[],
  button?: { label: string; url: string },
) {
  const site = `${frame.siteName}(${frame.siteNameReading})`;
  const text = [
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(button ? [button.url, ""] : []),
    "--",
    site,
    frame.siteUrl,
    "",
  ].join("\n");
  const e = escapeHtml;
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px;">${e(p)}</p>`).join("\n");
  const action = button
    ? `<p style="margin:8px 0 24px;text-align:center;"><a href="${e(button.url)}" style="display:inline-block;padding:12px 28px;background:#9a3d25;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:999px;">${e(button.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#57504a;word-break:break-all;">${e(button.url)}</p>`
    : "";
  const html = `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(subject)}</title></head>
<body style="margin:0;padding:24px 12px;background:#fbf8f3;color:#1f1b16;font-family:'Hiragino Sans','Hiragino Kaku Gothic ProN','Yu Gothic UI',Meiryo,sans-serif;line-height:1.8;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e4ddd3;border-radius:12px;padding:28px 24px;">
<p style="margin:0 0 24px;font-size:20px;font-weight:bold;">${e(frame.siteName)}</p>
${body}
${action}
</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#57504a;">${e(site)} · ${e(frame.siteUrl)}</p>
</body>
</html>
`;
  return { subject, text, html };
}

/** To the new address: the link that makes the change. */
export function emailChangeConfirmMail(
  frame: Frame,
  { url, maxAgeSeconds, expires }: { url: string; maxAgeSeconds: number; expires: Date },
): RenderedMail {
  const validity = durationJa(maxAgeSeconds);
  return render(
    frame,
    `${frame.siteName} メールアドレス変更の確認`,
    [
      `${frame.siteName} のアカウントのメールアドレスを、このアドレスに変更するご依頼を受け付けました。`,
      "下のリンクを開き、表示されたページの「変更する」ボタンを押すと変更が済みます。それまでアドレスは変わりません。",
      `リンクの有効期限は送信から${validity}(日本時間 ${formatTokyoTime(expires)} まで)で、1回だけ使えます。`,
      "お心当たりがない場合は、このメールを破棄してください。何も変わりません。",
    ],
    { label: "メールアドレスを変更する", url },
  );
}

/** To the new address when it already belongs to a member: nothing changes, and she is told why. */
export function emailChangeTakenMail(frame: Frame): RenderedMail {
  return render(frame, `${frame.siteName} メールアドレス変更について`, [
    `${frame.siteName} のアカウントのメールアドレスを、このアドレスに変更するご依頼がありました。`,
    "このアドレスにはすでにアカウントがあるため、変更はできません。このアドレスでは、いまのアカウントにそのままログインできます。",
    "2つのアカウントをまとめたい場合は、使わない方のアカウントの記録を書き出してから削除してください。",
    "お心当たりがない場合は、このメールを破棄してください。何も変わりません。",
  ]);
}

/** To the old address: a change was asked for, so a hijacked session cannot move the account quietly. */
export function emailChangeNoticeMail(frame: Frame, { newEmail }: { newEmail: string }): RenderedMail {
  return render(frame, `${frame.siteName} メールアドレス変更のご依頼`, [
    `${frame.siteName} のアカウントのメールアドレスを ${newEmail} に変更するご依頼を受け付け、そのアドレスに確認のメールを送りました。`,
    "確認のリンクが使われるまで、アドレスは変わりません。変更後も、記録やログイン状態はそのまま引き継がれます。",
    "お心当たりがない場合は、このアドレスでログインし、アカウントのページをご確認ください。確認のリンクが使われない限り、何も変わりません。",
  ]);
}
