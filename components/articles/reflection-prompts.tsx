import { PromptAction } from "@/components/viewer/prompt-action";
import { SignedInSwitch } from "@/components/viewer/signed-in-switch";
import type { Prompt } from "@/lib/content/prompts";

/**
 * The article's reflection prompts, each leading to a new journal entry on that prompt. The
 * journal sends a visitor through sign-in and back to the prompt; a member who already answered
 * one sees so (the page stays static: the browser asks who is reading).
 */
export function ReflectionPrompts({ prompts }: { prompts: Prompt[] }) {
  if (prompts.length === 0) return null;
  return (
    <section aria-labelledby="reflect-heading" className="mt-12">
      <h2 id="reflect-heading" className="text-xl leading-relaxed font-bold">
        読んだあとに、
        <wbr />
        書いてみる
      </h2>
      <p className="mt-2 text-muted">
        問いに答えて、あなただけのジャーナルに残せます
        <SignedInSwitch>（無料のメンバー登録が必要です）</SignedInSwitch>。
      </p>
      <ul className="mt-4 space-y-3">
        {prompts.map((prompt) => (
          <li key={prompt.id} className="rounded-lg border border-line bg-card px-5 py-4">
            <p id={`prompt-${prompt.id}`} className="leading-loose">
              {prompt.text}
            </p>
            <PromptAction promptId={prompt.id} describedBy={`prompt-${prompt.id}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
