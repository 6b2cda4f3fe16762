"use client";

import Link from "next/link";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import {
  type PendingSignIn,
  parsePendingSignIn,
  readPendingSignInRaw,
  rememberSignIn,
} from "./pending-sign-in";
import { limitedMessage, requestSignInLink } from "./request-sign-in-link";
import { SignInCodeForm } from "./sign-in-code-form";

/** Seconds between two links from this page: long enough for a mail to arrive. */
export const RESEND_COOLDOWN_SECONDS = 60;

const noop = () => () => {};

export function CheckEmailStatus({
  validity,
  inAppBrowser,
}: {
  validity: string;
  /** The app whose built-in browser this is (see lib/auth/in-app-browser.ts), or null. */
  inAppBrowser: string | null;
}) {
  // sessionStorage exists only in the browser: the server renders the address-less version.
  const raw = useSyncExternalStore(noop, readPendingSignInRaw, () => null);
  const stored = useMemo(() => parsePendingSignIn(raw), [raw]);
  const [pending, setPending] = useState<PendingSignIn | null>(null);
  const current = pending ?? stored;
  const now = useNow();
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  if (!current) {
    return (
      <div className="mt-6 space-y-4">
        <p>
          ログイン用のリンクとコードをお送りした場合は、メールをご確認ください。有効期限は{validity}です。
        </p>
        <p>
          <Link href="/signin" className="btn-secondary">
            ログインページへ
          </Link>
        </p>
      </div>
    );
  }

  const waitSeconds = Math.max(0, Math.ceil((current.sentAt + RESEND_COOLDOWN_SECONDS * 1000 - now) / 1000));
  const fixHref = `/signin?callbackUrl=${encodeURIComponent(current.callbackPath)}`;

  async function resend() {
    if (!current || sending) return;
    setSending(true);
    setStatus(null);
    const { result, retryAt } = await requestSignInLink(current.email, current.callbackPath);
    setSending(false);
    if (result === "limited") {
      setStatus(limitedMessage(retryAt));
    } else if (result === "sent") {
      setPending(rememberSignIn(current.email, current.callbackPath));
      setStatus(
        "新しいリンクとコードを送りました。コードは新しいメールのものを使ってください。前のリンクは、新しいリンクを使うと無効になります。",
      );
    } else {
      setStatus("送れませんでした。少し時間をおいてから、もう一度お試しください。");
    }
  }

  const codeForm = (
    <SignInCodeForm
      key={current.sentAt}
      email={current.email}
      requestNew={resend}
      canRequestNew={waitSeconds === 0 && !sending}
    />
  );
  const linkHelp = (
    <p data-testid="sign-in-link-help">
      {inAppBrowser ? "ふだんのブラウザでは、" : ""}
      メールのリンクを開き、表示されたページの「ログインする」ボタンを押してもログインできます。
      {inAppBrowser ? "" : "またはメールに書かれた6桁のコードを下に入力してください。"}
      有効期限は{validity}で、リンクかコードのどちらか1回だけ使えます。
    </p>
  );

  return (
    <div className="mt-6 space-y-6">
      <p className="rounded-lg border border-line bg-card p-4">
        <span className="block text-sm text-muted">送信先</span>
        <strong className="block text-lg break-all" data-testid="pending-email">
          {current.email}
        </strong>
      </p>
      {inAppBrowser ? (
        <>
          <p className="font-bold" data-testid="in-app-explanation">
            {inAppBrowser}
            のアプリの中では、メールのリンクが別のブラウザで開いてしまうため、メールに書かれた6桁のコードをここに入力してください。
          </p>
          {codeForm}
          {linkHelp}
        </>
      ) : (
        <>
          {linkHelp}
          {codeForm}
        </>
      )}

      <section aria-labelledby="not-arrived" className="space-y-3">
        <h2 id="not-arrived" className="text-lg font-bold">
          メールが届かないとき
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>届くまで数分かかることがあります。迷惑メールのフォルダもご確認ください。</li>
          <li>
            アドレスが違っていたら、<Link href={fixHref}>メールアドレスを入力し直してください</Link>。
          </li>
          <li>同じアドレスへ送れるのは15分間に3通までです。</li>
        </ul>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className="btn-secondary"
            onClick={resend}
            disabled={waitSeconds > 0 || sending}
            aria-describedby="resend-wait"
          >
            {sending ? "送信しています…" : "リンクとコードをもう一度送る"}
          </button>
          <span id="resend-wait" className="text-sm text-muted">
            {waitSeconds > 0 ? `あと ${waitSeconds} 秒で再送信できます` : null}
          </span>
        </div>
        <p role="status" className="min-h-[1.5em] text-sm">
          {status}
        </p>
      </section>
    </div>
  );
}

/** The current time, ticking once a second while the page is open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
