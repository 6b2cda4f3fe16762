import { signInHref } from "@/lib/content/links";

/** In place of a members-only article's body, for a visitor: sign in and come back here. */
export function MembersOnlyNotice({ returnTo }: { returnTo: string }) {
  return (
    <section
      aria-labelledby="members-only-heading"
      className="mt-10 rounded-lg border-2 border-sage bg-sage-soft px-5 py-6 sm:px-6"
    >
      <h2 id="members-only-heading" className="text-lg leading-relaxed font-bold">
        この先は
        <wbr />
        メンバー限定です
      </h2>
      <p className="mt-2 leading-loose">
        無料のメンバー登録（メールアドレスだけ）で、続きを読めます。ログインすると、このページに戻ってきます。
      </p>
      <p className="mt-4">
        <a href={signInHref(returnTo)} className="btn-primary">
          ログインして続きを読む
        </a>
      </p>
    </section>
  );
}
