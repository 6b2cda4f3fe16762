"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { readPendingSignIn, rememberSignIn } from "./pending-sign-in";
import { limitedMessage, type RequestLinkResult, requestSignInLink } from "./request-sign-in-link";

const MESSAGES: Record<Exclude<RequestLinkResult, "sent" | "limited">, string> = {
  "invalid-address": "メールアドレスの形が正しくないようです。入力した内容をご確認ください。",
  failed: "メールを送れませんでした。少し時間をおいてから、もう一度お試しください。",
  offline: "通信できませんでした。インターネットへの接続を確かめて、もう一度お試しください。",
};

export function SignInForm({
  callbackPath,
  defaultEmail = "",
  submitLabel = "ログイン用のリンクを送る",
}: {
  callbackPath: string;
  /** An address to start from (the error page knows which link failed). */
  defaultEmail?: string;
  submitLabel?: string;
}) {
  const router = useRouter();
  const inputId = useId();
  const hintId = useId();
  const messageId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  // Coming back from "fix a typo", the field starts from the address the link went to.
  useEffect(() => {
    const input = inputRef.current;
    const last = readPendingSignIn();
    if (input && !input.value && last) input.value = last.email;
  }, []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = inputRef.current;
    if (!input || pending) return;
    input.value = input.value.trim();
    if (!input.value) {
      setMessage("メールアドレスを入力してください。");
      input.focus();
      return;
    }
    if (!input.validity.valid) {
      setMessage(MESSAGES["invalid-address"]);
      input.focus();
      return;
    }
    setPending(true);
    setMessage(null);
    const { result, retryAt } = await requestSignInLink(input.value, callbackPath);
    if (result === "sent") {
      rememberSignIn(input.value.toLowerCase(), callbackPath);
      router.push("/signin/check-email");
      return;
    }
    setPending(false);
    setMessage(result === "limited" ? limitedMessage(retryAt) : MESSAGES[result]);
    input.focus();
  }

  return (
    <form noValidate onSubmit={onSubmit} className="mt-6" aria-describedby={messageId}>
      <label htmlFor={inputId} className="block font-bold">
        メールアドレス
      </label>
      <p id={hintId} className="mt-1 text-sm text-muted">
        例: hanako@example.jp
      </p>
      <input
        ref={inputRef}
        id={inputId}
        name="email"
        type="email"
        required
        maxLength={254}
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={defaultEmail}
        aria-describedby={`${hintId} ${messageId}`}
        aria-invalid={message ? true : undefined}
        className="mt-2 block w-full rounded-md border border-line bg-card px-3 py-2.5 text-base text-ink"
      />
      <p id={messageId} role="alert" className="mt-2 min-h-[1.5em] text-sm font-bold text-danger">
        {message}
      </p>
      <button
        type="submit"
        className="btn-primary mt-2 w-full sm:w-auto"
        disabled={pending}
        aria-busy={pending}
      >
        {pending ? "送信しています…" : submitLabel}
      </button>
    </form>
  );
}
