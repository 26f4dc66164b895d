/**
 * Raw HTML that notes write (to size or centre an image), as card extraction, the Anki export and the
 * review session read it: one set of rules for all three. Pure, and light to load (the export's
 * threads and the review's answer renderer load it).
 */
import { shownImageSource } from '../notes/image-files.js';
import { decodeCharacterReferences } from '../util/text.js';

export interface ImgTag {
  /** The whole tag, as written. */
  tag: string;
  index: number;
  /** The attributes' values, their character references decoded (`&amp;` is `&`). */
  src: string;
  alt: string;
  /** A width or height in pixels the tag gives (`width="300"`), kept in Anki fields. */
  width?: string;
  height?: string;
}

/** An `<img>` tag, whose quoted attribute values may hold `>` (`alt="a > b"`). */
export const IMG_TAG = `<img\\s(?:[^>"']|"[^"]*"|'[^']*')*>`;

/** HTML `<img>` tags in raw HTML (notes use them to size or centre images), with their `src` and `alt`. */
export function imgTags(html: string): ImgTag[] {
  const tags: ImgTag[] = [];
  for (const match of html.matchAll(new RegExp(IMG_TAG, 'gi'))) {
    const attributes = imgAttributes(match[0]);
    const src = attributes.get('src');
    const alt = attributes.get('alt') ?? '';
    // A size in pixels, not zero (which would hide the picture).
    const size = (name: string) => /^0*([1-9]\d{0,3})(px)?$/i.exec(attributes.get(name)?.trim() ?? '')?.[1];
    const width = size('width');
    const height = size('height');
    if (src !== undefined) {
      tags.push({ tag: match[0], index: match.index, src: decodeCharacterReferences(src), alt: decodeCharacterReferences(alt), ...(width ? { width } : {}), ...(height ? { height } : {}) });
    }
  }
  return tags;
}

/** An `<img>` tag's attributes, read one after another (so `alt=" width=9 "` is the alt text alone), by lower-case name. */
function imgAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of tag.slice(4).matchAll(/([^\s=/>"']+)(?:\s*=\s*("([^"]*)"|'([^']*)'|[^\s>"']+))?/g)) {
    const name = attribute[1]!.toLowerCase();
    const value = attribute[3] ?? attribute[4] ?? attribute[2] ?? '';
    if (!attributes.has(name)) attributes.set(name, value);
  }
  return attributes;
}

/** Tags that only lay out what they wrap (`<p align="center">`, `</div>`, `<center>`). */
const LAYOUT_TAG = /<\/?(p|div|center|span|figure|picture|figcaption)(\s[^<>]*)?>/gi;
const LAYOUT_ONLY = /^(\s|<\/?(p|div|center|span|figure|picture|figcaption)(\s[^<>]*)?>)*$/i;
const IMG_OR_BR = new RegExp(`(${IMG_TAG}|<\\/?br\\s*\\/?>)`, 'gi');

/**
 * Tags that only style the text between them (`x<sup>2</sup>`, `<u>중요</u>`), written without
 * attributes: kept as such in Anki fields, and drawn as their text in the terminal. Any other tag a
 * note writes in a sentence is shown as text.
 */
export const TEXT_STYLE_TAGS: ReadonlySet<string> = new Set(['sup', 'sub', 'u', 'ins', 'mark', 'kbd', 'b', 'i', 'strong', 'em', 'del', 's']);

/** The style tag a piece of raw HTML is, alone: `<sup>` → { name: 'sup', closing: false }. */
export function textStyleTag(html: string): { name: string; closing: boolean } | undefined {
  const match = /^<(\/?)([a-z]+)\s*>$/i.exec(html.trim());
  if (!match || !TEXT_STYLE_TAGS.has(match[2]!.toLowerCase())) return undefined;
  return { name: match[2]!.toLowerCase(), closing: match[1] === '/' };
}

/**
 * Style tags paired among a paragraph's inline nodes: for each opening `<sup>`, the index of the
 * `</sup>` that closes it among the same siblings. An unpaired tag is none (it stays text).
 */
export function pairedStyleTags(nodes: readonly { type: string; value?: string }[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: { name: string; index: number }[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'html') return;
    const tag = textStyleTag(node.value ?? '');
    if (!tag) return;
    if (!tag.closing) {
      open.push({ name: tag.name, index });
      return;
    }
    const at = open.map((entry) => entry.name).lastIndexOf(tag.name);
    if (at < 0) return;
    pairs.set(open[at]!.index, index);
    open.splice(at); // tags opened inside it and not closed stay text
  });
  return pairs;
}

/**
 * How a card names an image, in the review and, for a missing one, in Anki: its description and where
 * the file was to be (`구성도 · ./image/az.png`). The alt text alone (often just `img`) says too little
 * to find the file by.
 */
export function imageLabel(alt: string | null | undefined, src: string): string {
  const shown = shownImageSource(src);
  return alt ? `${alt} · ${shown}` : shown;
}

/** What a card shows in place of an image whose file is missing. */
export function missingImageText(alt: string | null | undefined, src: string): string {
  return `[그림 없음: ${imageLabel(alt, src)}]`;
}
const MISSING_IMAGE = /\[그림 없음: [^\]\n]*\]/;

/** Raw HTML as shown on a card: text, a line break, or an image. */
export type HtmlPiece = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'image'; img: ImgTag };

/**
 * Raw HTML of a note as a card shows it: each `<img>` an image and each `<br>` a line break; other
 * markup is shown as text (a `<script>`, or `<div>` in `<div>는 블록 요소이다`, which is what the
 * sentence is about).
 *
 * `layout`: the HTML lays out a picture (an HTML block of its own, or HTML around an `<img>`), and is
 * read as a browser reads it: a line with an image, or one holding only tags that lay things out
 * (`<p align="center">`, `</div>`), loses those tags, and line ends are spaces. A line of text
 * without an image keeps its tags as text.
 */
export function htmlPieces(html: string, layout: boolean): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  const push = (text: string) => {
    for (const part of text.split(IMG_OR_BR)) {
      if (part === '') continue;
      if (/^<img\s/i.test(part)) {
        const [img] = imgTags(part);
        if (img) pieces.push({ kind: 'image', img });
        else pieces.push({ kind: 'text', text: part });
      } else if (/^<\/?br/i.test(part)) pieces.push({ kind: 'break' });
      else pieces.push({ kind: 'text', text: part });
    }
  };
  if (!layout) {
    push(html);
    return pieces;
  }
  for (const line of html.split('\n')) {
    // An image the export found missing is its placeholder here, and lays out as the image would.
    const withImage = /<img\s/i.test(line) || MISSING_IMAGE.test(line);
    const shown = withImage || LAYOUT_ONLY.test(line.replace(IMG_OR_BR, '')) ? line.replace(LAYOUT_TAG, '') : line;
    if (!shown.trim()) continue;
    if (pieces.length > 0) pieces.push({ kind: 'text', text: ' ' });
    push(shown.trim());
  }
  // Spaces next to a line break or at either end show nothing.
  return pieces.filter((piece, n) => {
    if (piece.kind !== 'text' || piece.text.trim()) return true;
    const before = pieces[n - 1];
    const after = pieces[n + 1];
    return before !== undefined && after !== undefined && before.kind !== 'break' && after.kind !== 'break';
  });
}

/** Whether raw HTML among `siblings` lays out a picture: it holds an `<img>`, or all of them are HTML and one does (`<span><img …></span>`, a table cell's `<p align="center"><img …></p>`). */
export function aroundImage(html: string, siblings: readonly { type: string; value?: string }[]): boolean {
  if (/<img\s/i.test(html)) return true;
  const onlyHtml = siblings.every((node) => node.type === 'html' || (node.type === 'text' && !node.value?.trim()));
  return onlyHtml && siblings.some((node) => node.type === 'html' && /<img\s/i.test(node.value ?? ''));
}
