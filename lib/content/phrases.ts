import { loadDefaultJapaneseParser } from "budoux";

const parser = loadDefaultJapaneseParser();

// Characters that must not begin a line (closing brackets, stops, and the bar the author uses as a
// separator in headings): BudouX may start a phrase with one; it belongs to the phrase before.
const NO_LINE_START = /^[|｜、。，．,.!！?？:：;；)）」』】〕〉》]+/;

/** Splits Japanese text into phrases (BudouX), the places where a line may break inside a heading. */
export function phrases(text: string): string[] {
  const result: string[] = [];
  for (const phrase of parser.parse(text)) {
    const lead = NO_LINE_START.exec(phrase)?.[0] ?? "";
    const previous = result.length - 1;
    if (lead && previous >= 0) {
      result[previous] += lead;
      if (phrase.length > lead.length) result.push(phrase.slice(lead.length));
    } else {
      result.push(phrase);
    }
  }
  return result;
}
