"use client";

import { useState } from "react";
import { clearAllDrafts } from "@/components/journal/use-draft";
import type { ActionResult } from "@/lib/actions/action-result";
import { ConfirmDialog } from "./confirm-dialog";
import { FieldError } from "./field-error";
import { useActionForm } from "./use-action-form";

/** Deleting the account: a dialog that names what goes and needs an explicit tick. */
export function DeleteAccountForm({
  userId,
  summary,
  remove,
}: {
  userId: string;
  summary: string;
  remove: (formData: FormData) => Promise<ActionResult<null>>;
}) {
  const [open, setOpen] = useState(false);
  const [checked, setChecked] = useState(false);
  const { pending, status, fieldErrors, statusRef, onSubmit } = useActionForm(remove, {
    unexpected: "削除できませんでした。少し時間をおいて、もう一度お試しください。",
    // Her drafts in this browser go too; on success the action signs her out and moves on.
    before: () => clearAllDrafts(userId),
  });
  const error = fieldErrors.confirm ?? status?.text;

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="btn border border-danger bg-card text-danger hover:bg-[#fff1ef] hover:text-danger"
      >
        アカウントを削除する
      </button>
      <ConfirmDialog open={open} title="アカウントを削除しますか?" onClose={() => setOpen(false)}>
        <form onSubmit={onSubmit} noValidate>
          <p className="mt-3 leading-relaxed">
            {summary}
            をすべて削除し、ログアウトします。削除したものは元に戻せません。
          </p>
          <label className="mt-4 flex items-start gap-3 rounded-xl bg-[#fff1ef] p-3">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              checked={checked}
              onChange={(event) => setChecked(event.target.checked)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "confirm-error" : undefined}
              className="mt-1.5 size-5 shrink-0 accent-danger"
            />
            <span>すべての記録が消え、元に戻せないことを理解しました。</span>
          </label>
          <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite">
            <FieldError id="confirm-error" message={error} />
          </div>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            <button type="button" onClick={() => setOpen(false)} className="btn-secondary" autoFocus>
              やめる
            </button>
            <button type="submit" disabled={pending} className="btn-danger">
              {pending ? "削除しています…" : "削除してログアウト"}
            </button>
          </div>
        </form>
      </ConfirmDialog>
    </>
  );
}
