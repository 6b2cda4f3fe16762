/** Thrown when the session has ended and the members' JSON came back as the sign-in page. */
export class SignedOutError extends Error {
  constructor() {
    super("Signed out");
    this.name = "SignedOutError";
  }
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  // requireUser() answers a signed-out request with a redirect to sign-in, which fetch follows.
  if (response.redirected && new URL(response.url).pathname.startsWith("/signin")) throw new SignedOutError();
  if (!response.ok || !response.headers.get("content-type")?.includes("application/json")) {
    throw new Error(`Request failed with ${response.status}`);
  }
  return (await response.json()) as T;
}
