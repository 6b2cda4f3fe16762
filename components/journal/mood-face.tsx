// Drawn faces rather than emoji: the same calm line on every phone, and no missing glyphs.
const MOUTHS: Record<number, string> = {
  1: "M8 17.2 Q12 13.2 16 17.2",
  2: "M8.5 16.2 Q12 14.4 15.5 16.2",
  3: "M8.5 15.5 H15.5",
  4: "M8.5 14.6 Q12 17.2 15.5 14.6",
  5: "M7.8 14 Q12 19 16.2 14",
};

export function MoodFace({ mood, className = "size-7" }: { mood: number; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className} fill="none">
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8.8" cy="10" r="1.1" fill="currentColor" />
      <circle cx="15.2" cy="10" r="1.1" fill="currentColor" />
      <path d={MOUTHS[mood] ?? MOUTHS[3]} stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
