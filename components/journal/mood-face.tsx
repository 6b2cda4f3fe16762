// Drawn faces rather than emoji: the same line on every phone, and no missing glyphs. Each mood
// differs from its neighbours in brows, eyes and mouth at once, so the five read apart at a
// glance and at badge size; the colour (MOODS[].color) is painted by the container.
interface Face {
  strokes: string[];
  /** Round eyes as [cx, cy, r]. */
  dots?: [number, number, number][];
  fills?: string[];
}

const FACES: Record<number, Face> = {
  // Screwed-shut eyes under steep worried brows, a deep frown and a tear.
  1: {
    strokes: [
      "M6.4 7.6 L10 6.2",
      "M17.6 7.6 L14 6.2",
      "M7.2 9.4 L9.8 10.6 L7.2 11.8",
      "M16.8 9.4 L14.2 10.6 L16.8 11.8",
      "M7.6 18.4 Q12 12.8 16.4 18.4",
    ],
    fills: ["M6.3 13.2 Q5.2 14.9 6.3 15.7 Q7.4 14.9 6.3 13.2 Z"],
  },
  // Tilted brows, open eyes, a small frown.
  2: {
    strokes: ["M6.8 7.8 L9.8 7", "M17.2 7.8 L14.2 7", "M8.6 17 Q12 14.4 15.4 17"],
    dots: [
      [8.8, 10.4, 1.3],
      [15.2, 10.4, 1.3],
    ],
  },
  // Level brows, open eyes, a straight mouth.
  3: {
    strokes: ["M7 7.6 H10.2", "M13.8 7.6 H17", "M8.6 15.6 H15.4"],
    dots: [
      [8.6, 10.4, 1.2],
      [15.4, 10.4, 1.2],
    ],
  },
  // No brows, open eyes and a smile.
  4: {
    strokes: ["M8 14.4 Q12 18.6 16 14.4"],
    dots: [
      [8.8, 10, 1.3],
      [15.2, 10, 1.3],
    ],
  },
  // Raised brows, eyes closed in laughter, a wide open grin.
  5: {
    strokes: [
      "M6.8 6 L9.8 5.2",
      "M17.2 6 L14.2 5.2",
      "M6.6 10.6 Q8.6 7.6 10.6 10.6",
      "M13.4 10.6 Q15.4 7.6 17.4 10.6",
    ],
    fills: ["M6.8 13.4 H17.2 Q16.6 19.4 12 19.4 Q7.4 19.4 6.8 13.4 Z"],
  },
};

export function MoodFace({ mood, className = "size-7" }: { mood: number; className?: string }) {
  const face = FACES[mood] ?? FACES[3];
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className} fill="none">
      <circle cx="12" cy="12" r="10.6" stroke="currentColor" strokeWidth="1.6" />
      {face?.strokes.map((d) => (
        <path
          key={d}
          d={d}
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ))}
      {face?.dots?.map(([cx, cy, r]) => (
        <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r={r} fill="currentColor" />
      ))}
      {face?.fills?.map((d) => (
        <path key={d} d={d} fill="currentColor" />
      ))}
    </svg>
  );
}
