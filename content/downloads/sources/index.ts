import type { DownloadSource } from "@/lib/downloads/pdf/types";
import fukugyoChecklist from "./fukugyo-checklist";
import tsuyomiWorksheet from "./tsuyomi-worksheet";

/** Every member PDF; scripts/build-pdfs.ts renders them and writes the manifest in `order`. */
export const SOURCES: readonly DownloadSource[] = [fukugyoChecklist, tsuyomiWorksheet];
