import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

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

/**
 * Each line of `text` without the spaces and tabs it ends with (any line break ends a line, as `$`
 * reads it in a multiline pattern). Cut from each line's end: `/[ \t]+$/gm` would scan a long blank
 * run from each of its blanks.
 */
export function withoutTrailingBlanks(text: string): string {
  // Most texts end no line in a blank: told by one scan, without splitting them into lines.
  if (!/[ \t](?:[\n\r\u2028\u2029]|$)/.test(text)) return text;
  return text
    .split(/(?=[\n\r\u2028\u2029])/)
    .map((line) => {
      let end = line.length;
      while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
      return line.slice(0, end);
    })
    .join('');
}

/**
 * `text` without the run of characters `trimmed` accepts at its end (and at its start, for `trimWhere`):
 * one scan, where a pattern `[…]+$` would scan a long run again from each of its characters. A character
 * is a code point, as a `u` pattern reads it: `trimmed` is given both halves of a surrogate pair at once.
 */
export function trimEndWhere(text: string, trimmed: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0) {
    const size = end > 1 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
    if (!trimmed(text.slice(end - size, end))) break;
    end -= size;
  }
  return text.slice(0, end);
}

export function trimWhere(text: string, trimmed: (char: string) => boolean): string {
  let start = 0;
  while (start < text.length) {
    const size = isHighSurrogate(text.charCodeAt(start)) && isLowSurrogate(text.charCodeAt(start + 1)) ? 2 : 1;
    if (!trimmed(text.slice(start, start + size))) break;
    start += size;
  }
  return trimEndWhere(text.slice(start), trimmed);
}

/**
 * The length of a text in characters (code points), as `[...text].length` counts it, without making an
 * array of them: title rules measure every line they are asked of (a tenth of titleLikeLength's time).
 */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let at = 0; at < text.length - 1; at++) {
    if (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) {
      length--;
      at++;
    }
  }
  return length;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Remove HTML comments, which notes use for private remarks that must not reach a card. */
export function stripHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

const CHARACTER_REFERENCE = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * The value an HTML attribute means: `alt="A &amp; B"` is `A & B`. Unknown names stay as written,
 * as browsers leave them.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (reference, body: string) => {
    if (body[0] !== '#') return decodeNamedCharacterReference(body) || reference;
    const hex = body[1] === 'x' || body[1] === 'X';
    return decodeNumericCharacterReference(body.slice(hex ? 2 : 1), hex ? 16 : 10);
  });
}

