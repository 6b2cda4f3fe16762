export function MembersOnlyBadge() {
  return (
    <span className="inline-block rounded-full bg-sage-soft px-3 py-0.5 text-xs font-bold text-sage">
      メンバー限定
    </span>
  );
}
