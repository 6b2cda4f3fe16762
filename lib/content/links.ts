/**
 * Where the public pages send a reader into the members area. Members pages check the session
 * themselves and send a visitor through sign-in and back, so these are plain paths.
 */
export function signInHref(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/** The journal's new-entry page, opened on one reflection prompt. */
export function journalPromptHref(promptId: string): string {
  return `/members/journal/new?prompt=${encodeURIComponent(promptId)}`;
}

/**
 * An article's address. Members-only articles have their own route, rendered per request for
 * the reader who asks, so that every public article stays a static page.
 */
export function articlePath(article: { slug: string; membersOnly: boolean }): string {
  return article.membersOnly ? `/articles/members/${article.slug}` : `/articles/${article.slug}`;
}

/** The article's Open Graph image (app/(site)/articles/[slug]/og-image.png/route.tsx). */
export function articleImagePath(slug: string): string {
  return `/articles/${slug}/og-image.png`;
}
