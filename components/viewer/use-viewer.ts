"use client";

import { useSyncExternalStore } from "react";
import type { Viewer } from "@/lib/viewer/types";

/** null while the answer is on its way. */
type ViewerState = Viewer | null;

// One request per page load, shared by the header and every call to action on the page. The
// public pages are prerendered, so the sign-in state is asked for from the browser; written out
// rather than taken from next-auth/react, which would add about 9 KiB to every page.
let state: ViewerState = null;
let requested = false;
const listeners = new Set<() => void>();

function publish(next: ViewerState) {
  state = next;
  for (const listener of listeners) listener();
}

function request() {
  if (requested) return;
  requested = true;
  fetch("/api/viewer", { cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<Viewer>) : { signedIn: false as const }))
    .then(publish)
    .catch(() => publish({ signedIn: false }));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  request();
  return () => listeners.delete(listener);
}

/** Who is reading: null until known, then signed in (with her answered prompts) or not. */
export function useViewer(): ViewerState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => null,
  );
}

/** The session ended in this tab (signed out, account deleted): every part of the page follows. */
export function endViewerSession() {
  requested = true;
  publish({ signedIn: false });
}
