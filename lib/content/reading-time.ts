/**
 * Japanese is read by characters, not words: about 500 characters a minute is the usual figure
 * for careful reading of an essay on a screen.
 */
export const CHARACTERS_PER_MINUTE = 500;

export function readingMinutes(characters: number): number {
  return Math.max(1, Math.round(characters / CHARACTERS_PER_MINUTE));
}
