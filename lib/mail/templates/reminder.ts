import { type RenderedMail, escapeHtml } from "./sign-in";

export interface ReminderMailInput {
  siteName: string;
  siteNameReading: string;
  siteUrl: string;
  /** The prompt of the day, as the members' home shows it. */
  promptText: string;
  /** Opens a new entry on that prompt. */
  entryUrl: string;
  /** The account page's reminder settings. */
  settingsUrl: string;
  /** The page that stops the reminders, without signing in. */
  unsubscribeUrl: string;
}

/**
 * The reminder she asked for. An invitation, never a tally: it does not count days, mention what
 * she has or has not written, or hurry her. The entry link comes first in the text part, so it is
 * the one a mail client makes the most of.
 */
export function reminderMail(input: ReminderMailInput): RenderedMail {
  const subject = `今日の問い:${input.promptText}`;
  const site = `${input.siteName}(${input.siteNameReading})`;
  const paragraphs = [
    "今日の問いをお届けします。",
    `「${input.promptText}」`,
    "思い浮かんだことを、ひとことだけでも。書きたい気持ちになったときに、どうぞ。",
  ];
  const text = [
    ...paragraphs.flatMap((p) => [p, ""]),
    "この問いで書く:",
    input.entryUrl,
    "",
    "--",
    "このメールは、アカウントのページでお知らせを選んだ方にお送りしています。",
    `曜日や時間を変える: ${input.settingsUrl}`,
    `お知らせを止める: ${input.unsubscribeUrl}`,
    "",
    site,
    input.siteUrl,
    "",
  ].join("\n");

  const e = escapeHtml;
  const [greeting, prompt, invitation] = paragraphs.map(e);
  const html = `<!doctype html>
<html lang="ja">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(subject)}</title></head>
<body style="margin:0;padding:24px 12px;background:#fbf8f3;color:#1f1b16;font-family:'Hiragino Sans','Hiragino Kaku Gothic ProN','Yu Gothic UI',Meiryo,sans-serif;line-height:1.8;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e4ddd3;border-radius:12px;padding:28px 24px;">
<p style="margin:0 0 24px;font-size:20px;font-weight:bold;">${e(input.siteName)}</p>
<p style="margin:0 0 16px;">${greeting}</p>
<p style="margin:0 0 16px;padding:16px;background:#f6efe4;border-radius:8px;font-size:18px;font-weight:bold;">${prompt}</p>
<p style="margin:0 0 16px;">${invitation}</p>
<p style="margin:8px 0 24px;text-align:center;"><a href="${e(input.entryUrl)}" style="display:inline-block;padding:12px 28px;background:#9a3d25;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:999px;">この問いで書く</a></p>
</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#57504a;">このメールは、アカウントのページでお知らせを選んだ方にお送りしています。<br>
<a href="${e(input.settingsUrl)}" style="color:#57504a;">曜日や時間を変える</a> · <a href="${e(input.unsubscribeUrl)}" style="color:#57504a;">お知らせを止める</a><br>
${e(site)} · ${e(input.siteUrl)}</p>
</body>
</html>
`;
  return { subject, text, html };
}
