/**
 * GFM footnotes, `…자료구조이다[^1]` with `[^1]: Database System Concepts` at the end of the note (Typora
 * and Obsidian write them). A definition is no card and no part of the card above it: its text goes on
 * the back of each card that refers to it, after what the card says, and the reference becomes a
 * superscript number (`<sup>1</sup>`, drawn `^1` in the review session). Only a note holding `[^` is
 * parsed with the footnote syntax (see mayHoldFootnotes).
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Processor } from 'unified';

export default function remarkFootnotes(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

export function mayHoldFootnotes(text: string): boolean {
  return text.includes('[^');
}

/**
 * The text of each footnote of the note, by normalised label (as mdast's `identifier`), cut from the
 * note without its `[^1]:` marker; the lines of a footnote of several lines are joined by spaces.
 */
export function footnoteTexts(tree: Root, source: string): Map<string, string> {
  const texts = new Map<string, string>();
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'footnoteDefinition') {
      const text = definitionText(node, source);
      if (text && !texts.has(node.identifier)) texts.set(node.identifier, text);
    } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') {
      for (let n = node.children.length - 1; n >= 0; n--) pending.push(node.children[n] as Nodes);
    }
  }
  return texts;
}

function definitionText(node: FootnoteDefinition, source: string): string {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return '';
  return source
    .slice(first, last)
    .split('\n')
    .map((line) => line.replace(/^[ \t>]*/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** `[^label]`, its label without blanks or brackets, as GFM writes it. */
const REFERENCE = /\[\^([^\]\s[]+)\](?!:)/g;

/**
 * A card's back with its footnote references as superscript labels, and the text of the footnotes
 * they name after it, each in a paragraph of its own, in the order they are first referred to. A
 * reference to no footnote of the note stays as written, and so does any in code.
 */
export function withFootnotes(markdown: string, texts: ReadonlyMap<string, string>): string {
  if (texts.size === 0 || !markdown.includes('[^')) return markdown;
  const used = new Map<string, string>();
  const replaced = outsideCode(markdown, (text) =>
    text.replace(REFERENCE, (written, label: string) => {
      const footnote = texts.get(normalizeIdentifier(label).toLowerCase());
      if (footnote === undefined) return written;
      used.set(label, footnote);
      return `<sup>${label}</sup>`;
    }),
  );
  if (used.size === 0) return markdown;
  return `${replaced}\n\n${[...used].map(([label, text]) => `<sup>${label}</sup> ${text}`).join('\n\n')}`;
}

/** `markdown` with `change` applied to what is outside fenced code blocks and code spans. */
function outsideCode(markdown: string, change: (text: string) => string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (opening && (fence === undefined || (opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening))) {
        fence = fence === undefined ? opening : undefined;
        return line;
      }
      if (fence !== undefined) return line;
      // Code spans (`…`) keep what they hold: only the text between them changes.
      return line
        .split(/(`+[^`]*`+)/)
        .map((piece, n) => (n % 2 === 1 ? piece : change(piece)))
        .join('');
    })
    .join('\n');
}
