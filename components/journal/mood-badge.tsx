import { MOODS } from "@/lib/journal/limits";
import { MoodFace } from "./mood-face";

/** A mood where an entry is shown: its face on its own colour, as in the picker and calendar. */
export function MoodBadge({ mood }: { mood: number | null }) {
  const found = MOODS.find((m) => m.value === mood);
  if (!found) return null;
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full py-0.5 pr-2.5 pl-1 text-sm"
      style={{ backgroundColor: found.color, color: found.ink }}
    >
      <MoodFace mood={found.value} className="size-5" />
      <span>気分: {found.label}</span>
    </span>
  );
}
