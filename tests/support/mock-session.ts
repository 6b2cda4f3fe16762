// NextAuth's request context (cookies, headers) does not exist in Vitest, so the one thing
// replaced is getServerSession: requireUser(), the actions, pages and route handlers run for real.
// Import this module before anything that imports next-auth; a test signs a member in by setting
// `session.user` and out by setting it to null.
import { vi } from "vitest";

/** The member getServerSession reports in a test; null is signed out. */
export interface TestSession {
  user: { id: string; email: string } | null;
}

export const session: TestSession = { user: null };

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () =>
    session.user ? { user: session.user, expires: new Date(Date.now() + 3_600_000).toISOString() } : null,
}));
