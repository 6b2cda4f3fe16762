import Link from "next/link";

/** A members page's heading, with an optional way back above it. */
export function PageHeader({
  title,
  back,
  children,
}: {
  title: React.ReactNode;
  back?: { href: string; label: string };
  children?: React.ReactNode;
}) {
  return (
    <header className="mb-6">
      {back ? (
        <p className="mb-2 text-sm">
          <Link href={back.href} className="text-muted no-underline hover:text-accent hover:underline">
            <span aria-hidden="true">← </span>
            {back.label}
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl leading-snug font-bold">{title}</h1>
        {children}
      </div>
    </header>
  );
}
