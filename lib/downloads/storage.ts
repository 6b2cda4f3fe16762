import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { settings } from "@/lib/env";

/**
 * Where the downloadable files live. Pages and routes see only this interface, so object storage
 * can be added beside the local folder without touching them.
 */
export interface FileStorage {
  read(key: string): Promise<Uint8Array>;
  size(key: string): Promise<number>;
}

/** Keys are plain file names: no folders, no dots in front, nothing a path could be built from. */
const SAFE_KEY = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9]+)?$/;

export class InvalidStorageKeyError extends Error {
  constructor() {
    super("Invalid storage key.");
  }
}

/** A folder outside public/, so no URL reaches it except the gated download route. */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(/*turbopackIgnore: true*/ root);
  }

  #path(key: string): string {
    if (!SAFE_KEY.test(key)) throw new InvalidStorageKeyError();
    const file = path.resolve(/*turbopackIgnore: true*/ this.root, key);
    // Belt and braces: even a key that passed the pattern must stay inside the root.
    if (path.dirname(file) !== this.root) throw new InvalidStorageKeyError();
    return file;
  }

  async read(key: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.#path(key)));
  }

  async size(key: string): Promise<number> {
    return (await stat(this.#path(key))).size;
  }
}

export function downloadsRoot(): string {
  return settings().downloadsDir;
}

export function defaultStorage(): FileStorage {
  return new LocalFileStorage(downloadsRoot());
}
