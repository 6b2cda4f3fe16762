// The address a link was just sent to, kept in this tab only (sessionStorage), so the
// check-your-email page can name it and resend without putting the address in a URL.

export interface PendingSignIn {
  email: string;
  callbackPath: string;
  /** When the last link was requested (ms since epoch), for the resend cooldown. */
  sentAt: number;
  /** How many links this tab has asked for, to explain the limit when it matters. */
  count: number;
}

const KEY = "sentaku:pending-sign-in";

/** The stored value as a string: stable between reads, as useSyncExternalStore needs. */
export function readPendingSignInRaw(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function readPendingSignIn(): PendingSignIn | null {
  return parsePendingSignIn(readPendingSignInRaw());
}

export function parsePendingSignIn(raw: string | null): PendingSignIn | null {
  try {
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<PendingSignIn>;
    if (typeof value.email !== "string" || typeof value.sentAt !== "number") return null;
    return {
      email: value.email,
      callbackPath: typeof value.callbackPath === "string" ? value.callbackPath : "/members",
      sentAt: value.sentAt,
      count: typeof value.count === "number" ? value.count : 1,
    };
  } catch {
    return null;
  }
}

export function rememberSignIn(email: string, callbackPath: string): PendingSignIn {
  const previous = readPendingSignIn();
  const pending: PendingSignIn = {
    email,
    callbackPath,
    sentAt: Date.now(),
    count: previous?.email === email ? previous.count + 1 : 1,
  };
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(pending));
  } catch {
    // Private modes may refuse storage; the page then simply cannot name the address.
  }
  return pending;
}
