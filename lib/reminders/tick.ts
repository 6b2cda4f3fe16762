import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db } from "@/lib/db/client";
import { privateErrorSummary } from "@/lib/db/scrub-errors";
import { tokyoParts } from "@/lib/dates";
import { tokyoDay, weekdayOf } from "@/lib/journal/dates";
import { log } from "@/lib/log";
import { type MailTransport, mailTransport } from "@/lib/mail";
import { acquireLease, releaseLease } from "./lease";
import { reminderMessage } from "./message";

// One tick of the reminder sender: who is due now, claim each member's reminder for today, send
// it, and note how it went. Due means: reminders on, today (Japan time) one of her weekdays, her
// hour reached, nothing claimed for her today yet, and no entry of hers about today.

export const LEASE_NAME = "reminders";
/** Far longer than a tick takes; a crashed holder blocks the others this long at most. */
export const LEASE_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 4;
/** A claim still "sending" after this long belongs to a tick that died: it is retried. */
export const STALE_CLAIM_MS = 10 * 60_000;
const BATCH = 50;

/** This process, as a lease holder. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Minutes before the next try after `attempts` failed ones: 5, 15, 45, then hourly. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(5 * 3 ** Math.max(attempts - 1, 0), 60);
}

export interface TickOptions {
  /** The reminder clock (reminderNow() in the server); tests pass any instant. */
  now: Date;
  transport?: MailTransport;
}

export interface TickResult {
  sent: number;
  failed: number;
}

interface Claimed {
  id: string;
  userId: string;
  email: string;
  slot: string;
  attempts: number;
}

function isClaimConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // P2002: someone else claimed the slot first; P2003: her account was deleted meanwhile.
  return code === "P2002" || code === "P2003";
}

function clockOf(now: Date) {
  const day = tokyoDay(now);
  return { day, hour: Number(tokyoParts(now).hour), weekday: String(weekdayOf(day)) };
}

// The journal's own tables are read here through relation filters, so that "already wrote today"
// is part of the one query that picks who is due, rather than a second query per member.
async function dueMembers(now: Date): Promise<{ userId: string; email: string }[]> {
  const { day, hour, weekday } = clockOf(now);
  const rows = await db.reminderSchedule.findMany({
    where: {
      enabled: true,
      hour: { lte: hour },
      weekdays: { contains: weekday },
      user: {
        email: { not: null },
        journalEntries: { none: { entryDate: day } },
        reminderSends: { none: { slot: day } },
      },
    },
    select: { userId: true, user: { select: { email: true } } },
    orderBy: { userId: "asc" },
    take: BATCH,
  });
  return rows.flatMap((row) => (row.user.email ? [{ userId: row.userId, email: row.user.email }] : []));
}

/** Claims her reminder for the day; false when it was already claimed (by any instance). */
async function claim(userId: string, slot: string, now: Date): Promise<string | null> {
  try {
    const row = await db.reminderSend.create({
      data: { userId, slot, status: "sending", attempts: 1, claimedAt: now },
      select: { id: true },
    });
    return row.id;
  } catch (error) {
    if (isClaimConflict(error)) return null;
    throw error;
  }
}

/** A claim whose tick died mid-send becomes a failed attempt, to be retried like one. */
async function releaseStaleClaims(now: Date): Promise<void> {
  await db.reminderSend.updateMany({
    where: { status: "sending", claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    data: { status: "failed", lastError: "interrupted", nextAttemptAt: now },
  });
}

/** Failed reminders of today that may be tried again now, each re-claimed by one conditional update. */
async function reclaimRetries(now: Date): Promise<Claimed[]> {
  const { day, weekday } = clockOf(now);
  const rows = await db.reminderSend.findMany({
    where: {
      status: "failed",
      slot: day,
      attempts: { lt: MAX_ATTEMPTS },
      nextAttemptAt: { lte: now },
      user: {
        email: { not: null },
        reminder: { is: { enabled: true, weekdays: { contains: weekday } } },
        journalEntries: { none: { entryDate: day } },
      },
    },
    select: { id: true, userId: true, slot: true, attempts: true, user: { select: { email: true } } },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  const claimed: Claimed[] = [];
  for (const row of rows) {
    if (!row.user.email) continue;
    const { count } = await db.reminderSend.updateMany({
      where: { id: row.id, status: "failed", attempts: row.attempts },
      data: { status: "sending", attempts: row.attempts + 1, claimedAt: now, nextAttemptAt: null },
    });
    if (count === 1) {
      claimed.push({
        id: row.id,
        userId: row.userId,
        email: row.user.email,
        slot: row.slot,
        attempts: row.attempts + 1,
      });
    }
  }
  return claimed;
}

async function deliver(send: Claimed, now: Date, transport: MailTransport): Promise<boolean> {
  try {
    await transport.send(reminderMessage(send.email, send.userId, send.slot));
  } catch (error) {
    const last = send.attempts >= MAX_ATTEMPTS;
    await db.reminderSend.update({
      where: { id: send.id },
      data: {
        status: "failed",
        lastError: privateErrorSummary(error).slice(0, 200),
        nextAttemptAt: last ? null : new Date(now.getTime() + retryDelayMinutes(send.attempts) * 60_000),
      },
    });
    log.warn(
      `[reminders] The reminder for ${send.slot} to member ${send.userId} failed (attempt ${send.attempts} of ${MAX_ATTEMPTS}, ${privateErrorSummary(error)})${last ? "; giving up for the day" : "; it will be tried again"}.`,
    );
    return false;
  }
  await db.reminderSend.update({
    where: { id: send.id },
    data: { status: "sent", sentAt: now, lastError: null, nextAttemptAt: null },
  });
  log.info(
    `[reminders] Sent the reminder for ${send.slot} to member ${send.userId} (attempt ${send.attempts}).`,
  );
  return true;
}

/**
 * Sends every reminder due at `now`, without the lease: each one is claimed first, so two of these
 * running at once still send each reminder once. The server calls runReminderTick().
 */
export async function sendDueReminders({
  now,
  transport = mailTransport(),
}: TickOptions): Promise<TickResult> {
  const result: TickResult = { sent: 0, failed: 0 };
  await releaseStaleClaims(now);
  const slot = tokyoDay(now);
  const fresh: Claimed[] = [];
  for (const member of await dueMembers(now)) {
    const id = await claim(member.userId, slot, now);
    if (id) fresh.push({ id, ...member, slot, attempts: 1 });
  }
  for (const send of [...fresh, ...(await reclaimRetries(now))]) {
    if (await deliver(send, now, transport)) result.sent++;
    else result.failed++;
  }
  return result;
}

/**
 * One tick as an instance runs it: with the lease, or not at all (null) when another instance
 * holds it. The lease keeps to the real clock whatever `now` says.
 */
export async function runReminderTick(
  options: TickOptions & { holder?: string },
): Promise<TickResult | null> {
  const holder = options.holder ?? INSTANCE_ID;
  if (!(await acquireLease(LEASE_NAME, holder, new Date(), LEASE_MS))) return null;
  try {
    return await sendDueReminders(options);
  } finally {
    await releaseLease(LEASE_NAME, holder);
  }
}
