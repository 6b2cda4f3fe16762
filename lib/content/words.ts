/**
 * The one name of the action that opens a new entry on a prompt, wherever a prompt is offered
 * (the article's reflection prompts, the members home's prompt of the day).
 */
export const ANSWER_PROMPT = "この問いに答える";
