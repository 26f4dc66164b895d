/** Collapse runs of white space to one space and trim: the form used to compare titles. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The key two titles are compared by: NFC, collapsed white space, lower case. */
export function comparableText(text: string): string {
  return collapseWhitespace(text.normalize('NFC')).toLowerCase();
}

/** Remove HTML comments, which notes use for private remarks that must not reach a card. */
export function stripHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}
