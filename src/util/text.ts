/**
 * White space that collapsing changes: a run of two or more, or one character other than a space.
 * Replacing only these (instead of every run, `/\s+/g`) gives the same text without rebuilding a
 * string for each single space between words, which made this the build's costliest text function.
 */
const UNCOLLAPSED_WHITESPACE = /\s{2,}|[^\S ]/g;

/** Collapse runs of white space to one space and trim: the form used to compare titles. */
export function collapseWhitespace(text: string): string {
  return text.replace(UNCOLLAPSED_WHITESPACE, ' ').trim();
}

/** The key two titles are compared by: NFC, collapsed white space, lower case. */
export function comparableText(text: string): string {
  return collapseWhitespace(text.normalize('NFC')).toLowerCase();
}

/** Remove HTML comments, which notes use for private remarks that must not reach a card. */
export function stripHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}
