import type { EntryDetail } from "@/lib/journal/types";
import type { BookInput } from "./render";

/** What the typesetting thread is given at start: the book's input but the database reads. */
export type WorkerBookInput = Omit<BookInput, "entriesOf">;

export type ToWorker = { kind: "next" } | { kind: "entries"; entries: EntryDetail[] };

export type FromWorker =
  | { kind: "month"; month: string }
  | { kind: "chunk"; bytes: Uint8Array }
  | { kind: "done" }
  | { kind: "error"; name: string };
