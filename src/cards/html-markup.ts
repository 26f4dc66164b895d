/**
 * Raw HTML that notes write (to size or centre an image), as card extraction, the Anki export and the
 * review session read it: one set of rules for all three. Pure, and light to load (the export's
 * threads and the review's answer renderer load it).
 */
import { decodeCharacterReferences } from '../util/text.js';

export interface ImgTag {
  /** The whole tag, as written. */
  tag: string;
  index: number;
  /** The attributes' values, their character references decoded (`&amp;` is `&`). */
  src: string;
  alt: string;
}

/** HTML `<img>` tags in raw HTML (notes use them to size or centre images), with their `src` and `alt`. */
export function imgTags(html: string): ImgTag[] {
  const tags: ImgTag[] = [];
  for (const match of html.matchAll(/<img\s[^>]*?>/gis)) {
    const src = /\ssrc\s*=\s*(["'])(.*?)\1/is.exec(match[0])?.[2];
    const alt = /\salt\s*=\s*(["'])(.*?)\1/is.exec(match[0])?.[2] ?? '';
    if (src !== undefined) tags.push({ tag: match[0], index: match.index, src: decodeCharacterReferences(src), alt: decodeCharacterReferences(alt) });
  }
  return tags;
}

/** Tags that only lay out what they wrap (`<p align="center">`, `</div>`, `<center>`). */
const LAYOUT_TAG = /<\/?(p|div|center|span|figure|picture|figcaption)(\s[^<>]*)?>/gi;

/** A `<br>`, which stays a line break wherever it is written. */
export const BR_TAG = /<\/?br\s*\/?>/gi;

/**
 * Whether a piece of raw HTML lays out a picture, so that its layout tags are noise to drop rather
 * than text to show: it holds an `<img>`, or it is an HTML block of its own (`<p align="center">` on
 * its own line, above an image). A tag inside a sentence (`<div>는 블록 요소`) is the note's subject,
 * shown as written.
 */
export function laysOutImages(html: string, blockLevel: boolean): boolean {
  return blockLevel || /<img\s/i.test(html);
}

/** Text between a picture's tags, without the tags that only lay it out. */
export function withoutLayoutTags(html: string): string {
  return html.replace(LAYOUT_TAG, '');
}
