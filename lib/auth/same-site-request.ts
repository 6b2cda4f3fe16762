import { serverEnv } from "@/lib/env";

/** Whether a POST comes from a page of this site (browsers send Origin and Sec-Fetch-Site). */
export function fromThisSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin !== null && origin !== new URL(serverEnv().publicUrl).origin) return false;
  const site = headers.get("sec-fetch-site");
  return site === null || site === "same-origin";
}
