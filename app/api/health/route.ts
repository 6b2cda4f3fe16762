import { db } from "@/lib/db/client";
import { databaseHealth } from "@/lib/db/health";

// A health check must ask the database every time: never prerendered, never cached.
export const dynamic = "force-dynamic";

/** GET /api/health: 200 `{ ok: true }` when the database answers, 503 with the reason when not. */
export async function GET(): Promise<Response> {
  const health = await databaseHealth(db);
  return Response.json(health, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
