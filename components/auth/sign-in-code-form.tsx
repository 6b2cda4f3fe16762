"use client";

import { useId, useRef, useState } from "react";
import type { CodeReply } from "@/lib/auth/code-reply";

type Failure = Exclude<CodeReply, { ok: true }>;

/** What each refusal says, and whether the way on is a new code. */
function explain(failure: Failure): { text: string; needsNew: boolean } {
  switch (failure.reason) {
    case "wrong":
      return {
        text: `コードが違います。いちばん新しいメールのコードをご確認ください(残り${failure.remaining}回)。`,
        needsNew: false,
      };
    case "malformed":
      return { text: "メールに書かれた6桁の数字を入力してください。", needsNew: false };
    case "dead":
      return {
        text: "5回まちがえたため、このコードは使えなくなりました。新しいコードを受け取ってください。",
        needsNew: true,
      };
    case "expired":
      return {
        text: "コードの有効期限が切れています。新しいコードを受け取ってください。",
        needsNew: true,
      };
    case "used":
      return {
        text: "このコードはすでに使われたか、メールのリンクでログインが済んでいます。新しいコードが必要なら受け取ってください。",
        needsNew: true,
      };
    case "limited":
      return {
        text: "まちがったコードが続いたため、しばらくコードを受け付けられません。メールのリンクからログインしてください。",
        needsNew: false,
      };
    case "none":
      return {
        text: "このブラウザでお送りしたコードが見つかりません。ログインを始めたのと同じブラウザで入力するか、新しいコードを受け取ってください。",
        needsNew: true,
      };
  }
}

/**
 * The code field of the check-email page. A pasted (or autofilled) six-digit code is sent at once;
 * a typed one with the button. On success the browser goes where the link would have taken her.
 */
export function SignInCodeForm({
  email,
  requestNew,
  canRequestNew,
}: {
  email: string;
  /** Sends a new link and code to the same address. */
  requestNew: () => void;
  canRequestNew: boolean;
}) {
  const inputId = useId();
  const messageId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; needsNew: boolean } | null>(null);

  async function send(code: string) {
    if (pending) return;
    setPending(true);
    setMessage(null);
    let answer: CodeReply;
    try {
      const response = await fetch("/api/auth/code", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, code }),
      });
      answer = (await response.json()) as CodeReply;
    } catch {
      setPending(false);
      setMessage({
        text: "通信できませんでした。インターネットへの接続を確かめて、もう一度お試しください。",
        needsNew: false,
      });
      return;
    }
    if (answer.ok) {
      window.location.assign(answer.url);
      return;
    }
    setPending(false);
    setMessage(explain(answer));
    inputRef.current?.select();
  }

  const digits = (value: string) => value.normalize("NFKC").replace(/\D/g, "");

  return (
    <form
      noValidate
      className="rounded-lg border border-line bg-card p-4"
      data-testid="sign-in-code"
      onSubmit={(event) => {
        event.preventDefault();
        void send(inputRef.current?.value ?? "");
      }}
    >
      <label htmlFor={inputId} className="block font-bold">
        メールに書かれた6桁のコード
      </label>
      <input
        ref={inputRef}
        id={inputId}
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={12}
        spellCheck={false}
        aria-describedby={messageId}
        aria-invalid={message ? true : undefined}
        onPaste={(event) => {
          const pasted = digits(event.clipboardData.getData("text"));
          if (pasted.length !== 6) return;
          event.preventDefault();
          event.currentTarget.value = pasted;
          void send(pasted);
        }}
        onChange={(event) => {
          // Autofill (iOS offers the mailed code above the keyboard) fills all six at once, as a
          // replacement or as an input event that is not typing; typed digits wait for the button.
          const { inputType } = event.nativeEvent as Partial<InputEvent>;
          const value = digits(event.currentTarget.value);
          if (value.length === 6 && (inputType === undefined || inputType === "insertReplacementText")) {
            void send(value);
          }
        }}
        className="mt-2 block w-full max-w-[12rem] rounded-md border border-line bg-card px-3 py-2.5 text-center font-mono text-2xl tracking-[0.3em] text-ink"
      />
      <p id={messageId} role="alert" className="mt-2 min-h-[1.5em] text-sm font-bold text-danger">
        {message?.text}
      </p>
      <div className="mt-2 flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={pending} aria-busy={pending}>
          {pending ? "確認しています…" : "コードでログインする"}
        </button>
        {message?.needsNew ? (
          <button type="button" className="btn-secondary" onClick={requestNew} disabled={!canRequestNew}>
            新しいコードを送る
          </button>
        ) : null}
      </div>
    </form>
  );
}
