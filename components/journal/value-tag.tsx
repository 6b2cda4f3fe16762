import { isCustomKey, valueLabel } from "@/lib/journal/values";

/** A value on an entry, read-only. Her own tags are marked so she can tell them from the list. */
export function ValueTag({ valueKey }: { valueKey: string }) {
  const custom = isCustomKey(valueKey);
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm leading-6 ${
        custom ? "border-line bg-card text-muted" : "border-sage/30 bg-sage-soft text-sage"
      }`}
    >
      {custom ? <span aria-hidden="true">#</span> : null}
      {valueLabel(valueKey)}
    </span>
  );
}

export function ValueTags({ keys, className = "" }: { keys: readonly string[]; className?: string }) {
  if (keys.length === 0) return null;
  return (
    <ul aria-label="価値観" className={`flex flex-wrap gap-1.5 ${className}`}>
      {keys.map((key) => (
        <li key={key}>
          <ValueTag valueKey={key} />
        </li>
      ))}
    </ul>
  );
}
