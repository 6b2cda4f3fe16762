import { MOODS } from "@/lib/journal/limits";
import { MoodFace } from "./mood-face";

export function MoodBadge({ mood }: { mood: number | null }) {
  const found = MOODS.find((m) => m.value === mood);
  if (!found) return null;
  return (
    <span className="inline-flex items-center gap-1 text-sm text-muted">
      <MoodFace mood={found.value} className="size-5" />
      <span>気分: {found.label}</span>
    </span>
  );
}
