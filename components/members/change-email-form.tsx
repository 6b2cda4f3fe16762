"use client";

import { useId, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { FieldError } from "./field-error";
import { useActionForm } from "./use-action-form";

/** Asking for a new address: the reply is the same whether or not the address is free. */
export function ChangeEmailForm({
  request,
}: {
  request: (formData: FormData) => Promise<ActionResult<{ email: string }>>;
}) {
  const inputId = useId();
  const errorId = useId();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { pending, status, fieldErrors, statusRef, onSubmit } = useActionForm(request, {
    unexpected: "送信できませんでした。少し時間をおいて、もう一度お試しください。",
    onSuccess: ({ email }) => {
      setSentTo(email);
      return `${email} に確認のメールを送りました。メールのリンクを開いて「変更する」を押すまで、アドレスは変わりません。いまのアドレスにもお知らせを送りました。`;
    },
  });
  const error = fieldErrors.email ?? (status && !status.ok ? status.text : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4">
      <label htmlFor={inputId} className="block font-bold">
        新しいメールアドレス
      </label>
      <input
        id={inputId}
        name="email"
        type="email"
        required
        maxLength={254}
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={sentTo ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-2 block w-full rounded-md border border-line bg-card px-3 py-2.5 text-base text-ink"
      />
      <FieldError id={errorId} message={error} />
      <button type="submit" className="btn-secondary mt-3" disabled={pending} aria-busy={pending}>
        {pending ? "送信しています…" : "確認のメールを送る"}
      </button>
      <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="mt-3 text-sm">
        {status?.ok ? status.text : null}
      </p>
    </form>
  );
}
