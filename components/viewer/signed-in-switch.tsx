"use client";

import { useViewer } from "./use-viewer";

/**
 * Shows `children` (what a visitor should see, prerendered) unless she is signed in, then
 * `signedIn`. Until the answer arrives the visitor's version stays, so crawlers and the many
 * first-time readers never wait for it.
 */
export function SignedInSwitch({
  children,
  signedIn = null,
}: {
  children: React.ReactNode;
  signedIn?: React.ReactNode;
}) {
  const viewer = useViewer();
  return viewer?.signedIn ? signedIn : children;
}
