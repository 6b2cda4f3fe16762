/**
 * The career-values catalogue. The ids are shared with the downloadable worksheets and stored in
 * EntryValue.key and ValueRanking.keys, so an id is never renamed; only its label may change.
 */
export const VALUE_CATALOGUE = [
  { id: "family", label: "家族との時間" },
  { id: "health", label: "健康" },
  { id: "growth", label: "成長・学び" },
  { id: "income", label: "収入" },
  { id: "stability", label: "安定" },
  { id: "autonomy", label: "自由・裁量" },
  { id: "contribution", label: "貢献" },
  { id: "expertise", label: "専門性" },
  { id: "relationships", label: "人間関係" },
  { id: "challenge", label: "挑戦" },
  { id: "authenticity", label: "自分らしさ" },
  { id: "recognition", label: "評価・承認" },
] as const;

export type CatalogueValueId = (typeof VALUE_CATALOGUE)[number]["id"];

/** A member's own tag is stored as "custom:<label>". */
export const CUSTOM_PREFIX = "custom:";
export const CUSTOM_TAG_MAX_LENGTH = 20;

const catalogueLabels: ReadonlyMap<string, string> = new Map(VALUE_CATALOGUE.map((v) => [v.id, v.label]));

export function isCatalogueId(key: string): key is CatalogueValueId {
  return catalogueLabels.has(key);
}

/** Characters as a person counts them (an emoji is one), not UTF-16 code units. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** Trims and folds runs of spaces so "仕事  と 家庭" and "仕事 と 家庭" are the same tag. */
export function normaliseCustomLabel(label: string): string {
  return label.normalize("NFC").replace(/\s+/gu, " ").trim();
}

// Control characters would make the Markdown export and the chips render oddly; bidirectional
// overrides and isolates (and the invisible marks) would make a tag display as other text than it
// is, in her list and in the export.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export type CustomLabelProblem = "empty" | "too-long" | "invalid";

export function customLabelProblem(label: string): CustomLabelProblem | null {
  if (label.length === 0) return "empty";
  if (CONTROL.test(label)) return "invalid";
  if (characterCount(label) > CUSTOM_TAG_MAX_LENGTH) return "too-long";
  return null;
}

export function customKey(label: string): string {
  return `${CUSTOM_PREFIX}${normaliseCustomLabel(label)}`;
}

export function isCustomKey(key: string): boolean {
  return key.startsWith(CUSTOM_PREFIX);
}

/** Whether a stored key is one this version understands: a catalogue id or a valid own tag. */
export function isValidValueKey(key: string): boolean {
  if (isCatalogueId(key)) return true;
  if (!isCustomKey(key)) return false;
  const label = key.slice(CUSTOM_PREFIX.length);
  return label === normaliseCustomLabel(label) && customLabelProblem(label) === null;
}

/** The Japanese label for a key; an own tag shows as she wrote it. */
export function valueLabel(key: string): string {
  if (isCustomKey(key)) return key.slice(CUSTOM_PREFIX.length);
  return catalogueLabels.get(key) ?? key;
}

/** Catalogue order first, then own tags in the Japanese collation order. */
export function sortValueKeys(keys: Iterable<string>): string[] {
  const order = new Map<string, number>(VALUE_CATALOGUE.map((v, i) => [v.id, i]));
  const collator = new Intl.Collator("ja");
  return [...new Set(keys)].sort((a, b) => {
    const ia = order.get(a);
    const ib = order.get(b);
    if (ia !== undefined && ib !== undefined) return ia - ib;
    if (ia !== undefined) return -1;
    if (ib !== undefined) return 1;
    return collator.compare(valueLabel(a), valueLabel(b));
  });
}

export interface ValueOption {
  key: string;
  label: string;
}

export function valueOption(key: string): ValueOption {
  return { key, label: valueLabel(key) };
}
