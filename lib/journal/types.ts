// Shapes the journal hands to pages and to the browser (the list travels as JSON).

export interface EntrySummary {
  id: string;
  title: string | null;
  /** The first words of the body: what an untitled entry is called (excerpt.ts leadOf). */
  lead: string;
  excerpt: string;
  entryDate: string;
  mood: number | null;
  values: string[];
  promptText: string | null;
}

export interface EntryDetail {
  id: string;
  title: string | null;
  body: string;
  entryDate: string;
  mood: number | null;
  promptId: string | null;
  promptText: string | null;
  values: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface EntryPage {
  items: EntrySummary[];
  nextCursor: string | null;
}

export interface Ranking {
  id: string;
  keys: string[];
  createdAt: Date;
}
