/** What /api/viewer tells a public page about the person reading it. */
export type Viewer =
  | { signedIn: false }
  | {
      signedIn: true;
      email: string;
      /** Prompt id → her latest entry on it (entryDate is YYYY-MM-DD, Asia/Tokyo). */
      answered: Record<string, { entryId: string; entryDate: string }>;
    };
