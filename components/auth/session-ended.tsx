"use client";

import { useEffect } from "react";
import { endViewerSession } from "@/components/viewer/use-viewer";

/**
 * Tells the header the session is over. The page it sits on is reached by a client navigation too
 * (the account deletion's redirect), where the header kept its signed-in state from before.
 */
export function SessionEnded() {
  useEffect(() => endViewerSession(), []);
  return null;
}
