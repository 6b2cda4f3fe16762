import catalogue from "@/content/prompts.json";

/** A reflection prompt. Entries keep the text they answered, so editing one here is safe. */
export interface Prompt {
  id: string;
  text: string;
  /** The article the prompt grows out of, or null for a general prompt. */
  articleSlug: string | null;
}

const prompts: readonly Prompt[] = catalogue;

export function listPrompts(): readonly Prompt[] {
  return prompts;
}

export function getPrompt(id: string): Prompt | undefined {
  return prompts.find((prompt) => prompt.id === id);
}

export function promptsForArticle(slug: string): Prompt[] {
  return prompts.filter((prompt) => prompt.articleSlug === slug);
}

/** The same prompt for everyone on a given Tokyo calendar day (YYYY-MM-DD). */
export function promptOfTheDay(day: string): Prompt {
  let hash = 0;
  for (const char of day) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const prompt = prompts[hash % prompts.length];
  if (!prompt) throw new Error("The prompt catalogue is empty.");
  return prompt;
}
