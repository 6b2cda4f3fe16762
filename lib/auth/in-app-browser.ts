// Apps that open links in a browser of their own. There, a sign-in link from the mail opens in yet
// another browser (the mail app's, or the phone's), so the page leads with the code instead.

const IN_APP_BROWSERS: readonly { name: string; pattern: RegExp }[] = [
  { name: "LINE", pattern: /\bLine\/\d/i },
  { name: "Instagram", pattern: /\bInstagram\b/i },
  { name: "Facebook", pattern: /\bFB(AN|AV|IOS|_IAB|4A)\b|\[FB/ },
  { name: "Messenger", pattern: /\bMessenger(ForiOS|LiteForiOS)?\b|\bOrca-Android\b/ },
  { name: "X", pattern: /\bTwitter(Android)?\b/i },
  { name: "TikTok", pattern: /\b(musical_ly|BytedanceWebview|TikTok)\b/i },
  // Gmail on iOS opens links in the Google app (GSA) or in a view of its own.
  { name: "Gmail", pattern: /\bGmail\b|\bGSA\/\d/ },
  // Yahoo! JAPAN's apps (Yahoo!メール among them) and Yahoo Mail elsewhere.
  { name: "Yahoo! Mail", pattern: /\bYJApp-|\bYahooMobile|\bYMobile|\bYahooMailApp\b/i },
  { name: "Outlook", pattern: /\bOutlook-(iOS|Android)\b/i },
  // Android's WebView marks itself "; wv)": most other mail and chat apps open links in one.
  { name: "Android WebView", pattern: /;\s?wv\)/ },
];

/** The in-app browser a user agent belongs to, or null for an ordinary browser. */
export function inAppBrowser(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  return IN_APP_BROWSERS.find(({ pattern }) => pattern.test(userAgent))?.name ?? null;
}
