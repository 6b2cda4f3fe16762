import { MOODS } from "@/lib/journal/limits";

export function MoodBadge({ mood }: { mood: number | null }) {
  const found = MOODS.find((m) => m.value === mood);
  if (!found) return null;
  return (
    <span className="inline-flex items-center gap-1 text-sm text-muted">
      <span aria-hidden="true">{found.face}</span>
      <span>気分: {found.label}</span>
    </span>
  );
}
