"use client";

import type { ActionResult } from "@/lib/actions/action-result";
import { FieldError } from "./field-error";
import { useActionForm } from "./use-action-form";

/** The button that makes the change; on success the action moves on to the account page. */
export function ConfirmEmailChangeForm({
  token,
  confirm,
}: {
  token: string;
  confirm: (formData: FormData) => Promise<ActionResult<null>>;
}) {
  const { pending, status, statusRef, onSubmit } = useActionForm(confirm, {
    unexpected: "変更できませんでした。少し時間をおいて、もう一度お試しください。",
  });
  return (
    <form onSubmit={onSubmit} className="mt-6">
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="btn-primary" disabled={pending} aria-busy={pending}>
        {pending ? "変更しています…" : "変更する"}
      </button>
      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite">
        <FieldError
          id="confirm-email-change-error"
          message={status && !status.ok ? status.text : undefined}
        />
      </div>
    </form>
  );
}
