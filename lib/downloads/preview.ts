import "server-only";
import { execFile } from "node:child_process";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { settings } from "@/lib/env";
import { log } from "@/lib/log";
import { findDownload } from "./queries";
import { defaultStorage } from "./storage";

const run = promisify(execFile);

/** Preview width in pixels: twice the card's 160 px, for sharp phone screens. */
const PREVIEW_WIDTH = 320;

/**
 * The first page of a catalogue file as a PNG, drawn once with poppler's pdftoppm and kept under
 * the data folder, named by the file's sha256 so a new version of the file gets a new picture.
 * Only a slug in the catalogue reaches the disk: anything else is null before any file is made.
 * Null too when pdftoppm is missing or fails (the card then shows no picture).
 */
export async function downloadPreview(slug: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const download = await findDownload(slug);
  if (!download || download.mimeType !== "application/pdf" || !/^[a-f0-9]{64}$/.test(download.sha256)) {
    return null;
  }
  const dir = path.join(/*turbopackIgnore: true*/ settings().dataDir, "download-previews");
  const file = path.join(dir, `${download.sha256}.png`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not drawn yet.
  }
  const work = path.join(dir, `.${download.sha256}-${process.pid}-${Date.now()}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(`${work}.pdf`, await defaultStorage().read(download.storageKey));
    await run(
      "pdftoppm",
      [
        "-png",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        "-scale-to-x",
        String(PREVIEW_WIDTH),
        "-scale-to-y",
        "-1",
        `${work}.pdf`,
        work,
      ],
      {
        timeout: 20_000,
      },
    );
    // Renamed into place, so a concurrent request never reads half a file.
    await rename(`${work}.png`, file);
    return new Uint8Array(await readFile(file));
  } catch (error) {
    log.warn(
      `[downloads] no preview for ${slug}: ${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}`,
    );
    return null;
  } finally {
    await rm(`${work}.pdf`, { force: true });
    await rm(`${work}.png`, { force: true });
  }
}
