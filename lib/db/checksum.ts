import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "./client";
import { CHECKSUM_IGNORED_FIELDS, type Row, readInBatches } from "./copy-tables";

/**
 * A value as the same text on either database: SQLite and PostgreSQL hand Prisma back the same
 * JavaScript types for the same model (Date, number, string, null), so only the types JSON does
 * not spell alike are turned into strings first.
 */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (value !== null && typeof value === "object" && "toFixed" in value) return String(value);
  return value ?? null;
}

/** SHA-256 of one row: its fields sorted by name, so the order Prisma lists them in does not matter. */
export function rowDigest(model: string, row: Row): Buffer {
  const ignored = CHECKSUM_IGNORED_FIELDS[model as Prisma.ModelName] ?? [];
  const fields = Object.keys(row)
    .filter((field) => !ignored.includes(field))
    .sort()
    .map((field) => [field, normalise(row[field])]);
  return createHash("sha256").update(model).update("\0").update(JSON.stringify(fields)).digest();
}

const MODULUS = 1n << 256n;

/**
 * A checksum of a table's rows that does not depend on the order they are read in: the sum, modulo
 * 2^256, of each row's SHA-256. The order cannot be relied on, because SQLite sorts text keys by
 * their bytes and PostgreSQL by the database's collation, so the same ids come back in different
 * orders. Rows are unique by their key, so a changed, missing or extra row changes the sum.
 */
export async function tableChecksum(
  client: Db,
  model: Prisma.ModelName,
): Promise<{ rows: number; checksum: string }> {
  let sum = 0n;
  let rows = 0;
  for await (const batch of readInBatches(client, model, 1000)) {
    for (const row of batch) {
      sum = (sum + BigInt(`0x${rowDigest(model, row).toString("hex")}`)) % MODULUS;
      rows += 1;
    }
  }
  return { rows, checksum: sum.toString(16).padStart(64, "0") };
}
