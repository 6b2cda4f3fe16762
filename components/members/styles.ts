// Shared form classes. 16px text keeps phones from zooming into a field on focus.
export const inputClass =
  "block w-full rounded-xl border border-line bg-card px-3.5 py-2.5 text-base text-ink placeholder:text-muted/70 focus-visible:border-accent aria-invalid:border-danger aria-invalid:bg-[#fff7f6]";

export const cardClass = "rounded-2xl border border-line bg-card p-4 sm:p-6";
