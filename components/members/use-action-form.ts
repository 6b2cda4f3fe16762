"use client";

import { type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

interface ActionFormOptions<T> {
  /** Said in the status region when the action throws: the network failed or the server did. */
  unexpected: string;
  /** Runs at the start of each submit, in the same transition. */
  before?: () => void;
  /**
   * After an accepted result; may navigate. A sentence it returns is said in the status region,
   * which then takes the focus.
   */
  onSuccess?: (data: T) => Promise<string | void> | string | void;
}

export interface ActionForm {
  pending: boolean;
  /** What the aria-live status region says, and whether it reports a success. */
  status: { ok: boolean; text: string } | null;
  /** First message per field of the last refused submit. */
  fieldErrors: Partial<Record<string, string>>;
  /** Ref for the status region (any element); it needs tabIndex={-1} to take the focus. */
  statusRef: (node: HTMLElement | null) => void;
  /** For <form onSubmit>: sends the form's own fields. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** For a button outside a form: sends these fields. */
  submit: (formData: FormData) => void;
}

/**
 * The submit of every members-area form: the fields go to the server action in a transition, a
 * refused result shows its messages and moves the focus to the first field it names (else to the
 * status region), and a thrown error says `unexpected` there, so nothing she typed is lost.
 */
export function useActionForm<T>(
  action: (formData: FormData) => Promise<ActionResult<T>>,
  options: ActionFormOptions<T>,
): ActionForm {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<ActionForm["status"]>(null);
  const [fieldErrors, setFieldErrors] = useState<ActionForm["fieldErrors"]>({});
  // The focus moves after the answer is on screen: the status region is hidden while empty.
  const [focusRequest, setFocusRequest] = useState<{ target: HTMLElement | null } | null>(null);
  const statusRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (focusRequest) (focusRequest.target ?? statusRef.current)?.focus();
  }, [focusRequest]);

  function submit(formData: FormData, form: HTMLFormElement | null = null) {
    setStatus(null);
    startTransition(async () => {
      options.before?.();
      let result: ActionResult<T>;
      try {
        result = await action(formData);
      } catch {
        setFieldErrors({});
        setStatus({ ok: false, text: options.unexpected });
        setFocusRequest({ target: null });
        return;
      }
      // An action that redirects (account deletion) resolves with nothing while the page moves on.
      if (result === undefined) return;
      if (result.ok) {
        setFieldErrors({});
        const said = await options.onSuccess?.(result.data);
        if (said) {
          setStatus({ ok: true, text: said });
          setFocusRequest({ target: null });
        }
        return;
      }
      setFieldErrors(result.fieldErrors);
      setStatus({ ok: false, text: result.error });
      const firstInvalid = Object.keys(result.fieldErrors)[0];
      const field = firstInvalid ? form?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`) : null;
      setFocusRequest({ target: field ?? null });
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(new FormData(event.currentTarget), event.currentTarget);
  }

  return {
    pending,
    status,
    fieldErrors,
    statusRef: (node) => {
      statusRef.current = node;
    },
    onSubmit,
    submit: (formData) => submit(formData),
  };
}
