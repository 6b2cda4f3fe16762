"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/members/confirm-dialog";
import { useActionForm } from "@/components/members/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";

export function DeleteEntryButton({
  entryId,
  label,
  remove,
}: {
  entryId: string;
  /** How the entry is named in the question, e.g. its date. */
  label: string;
  remove: (formData: FormData) => Promise<ActionResult<null>>;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const { pending, status, statusRef, submit } = useActionForm(remove, {
    unexpected: "削除できませんでした。少し時間をおいて、もう一度お試しください。",
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["journal"] });
      router.push("/members/journal?deleted=1");
    },
  });

  function confirm() {
    const formData = new FormData();
    formData.set("id", entryId);
    submit(formData);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="btn-secondary text-danger hover:text-danger"
      >
        削除する
      </button>
      <ConfirmDialog open={open} title="この記録を削除しますか?" onClose={() => setOpen(false)}>
        <p className="mt-3 leading-relaxed">
          {label}の記録を削除します。削除すると元に戻せません。残しておきたい場合は、先に書き出してください。
        </p>
        <p
          ref={statusRef}
          tabIndex={-1}
          role="status"
          aria-live="polite"
          className="mt-3 text-sm font-bold text-danger empty:hidden"
        >
          {status?.text ?? ""}
        </p>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <button type="button" onClick={() => setOpen(false)} className="btn-secondary" autoFocus>
            やめる
          </button>
          <button type="button" onClick={confirm} disabled={pending} className="btn-danger">
            {pending ? "削除しています…" : "削除する"}
          </button>
        </div>
      </ConfirmDialog>
    </>
  );
}
