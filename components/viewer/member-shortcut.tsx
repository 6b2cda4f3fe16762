import Link from "next/link";

/** What a signed-in member sees where a visitor is invited to join: the way to her journal. */
export function MemberShortcut({ headingId }: { headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-card p-6 sm:p-8">
      <h2 id={headingId} className="text-xl leading-relaxed font-bold">
        あなたのジャーナル
      </h2>
      <p className="mt-3 leading-loose">読んで考えたことを、忘れないうちに書きとめておきませんか。</p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link href="/members/journal" className="btn-primary">
          ジャーナルを開く
        </Link>
        <Link href="/members" className="btn-secondary">
          メンバーホームへ
        </Link>
      </p>
    </section>
  );
}
