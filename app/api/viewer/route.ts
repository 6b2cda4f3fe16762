import { getCurrentUser } from "@/lib/auth/session";
import { answeredPrompts } from "@/lib/journal/answered-prompts";
import type { Viewer } from "@/lib/viewer/types";

// Who is reading, asked by the browser: the public pages stay static and cacheable, and this small
// private answer decides their calls to action.
export const dynamic = "force-dynamic";

/** GET /api/viewer: `{ signedIn: false }`, or her address and the prompts she has answered. */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  const viewer: Viewer = user
    ? { signedIn: true, email: user.email, answered: await answeredPrompts(user.id) }
    : { signedIn: false };
  return Response.json(viewer, { headers: { "Cache-Control": "private, no-store" } });
}
