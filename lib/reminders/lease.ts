import "server-only";
import { db } from "@/lib/db/client";

// A lease in the database, so that of several instances on one database only one runs a job at a
// time. Taking it is one conditional UPDATE: on SQLite writes are serialized; on PostgreSQL a
// concurrent UPDATE of the same row waits for the first and then re-checks the WHERE against the
// row the first one wrote, so of two instances racing for an expired lease exactly one sees its
// row updated. The lease only keeps ticks from overlapping; the unique claim on each reminder
// (ReminderSend) is what makes a double send impossible even if a tick outlives its lease.

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

async function ensureLeaseRow(name: string): Promise<void> {
  if (await db.schedulerLease.findUnique({ where: { name }, select: { name: true } })) return;
  try {
    await db.schedulerLease.create({ data: { name, holder: "", expiresAt: new Date(0) } });
  } catch (error) {
    // Another instance created it first: the row is there, which is all this needed.
    if (!isUniqueViolation(error)) throw error;
  }
}

/** Takes (or renews) the lease for `ttlMs` from `now`; false when another holder has it. */
export async function acquireLease(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  await ensureLeaseRow(name);
  const { count } = await db.schedulerLease.updateMany({
    where: { name, OR: [{ expiresAt: { lt: now } }, { holder }] },
    data: { holder, expiresAt: new Date(now.getTime() + ttlMs) },
  });
  return count === 1;
}

/** Gives the lease up early, if this holder still has it (never another holder's). */
export async function releaseLease(name: string, holder: string): Promise<void> {
  await db.schedulerLease.updateMany({
    where: { name, holder },
    data: { holder: "", expiresAt: new Date(0) },
  });
}
