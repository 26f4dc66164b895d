/**
 * GFM footnotes, `…자료구조이다[^1]` with `[^1]: Database System Concepts` at the end of the note (Typora
 * and Obsidian write them). A definition is no card and no part of the card above it: its text goes on
 * the back of each card that refers to it, after what the card says, and the reference becomes a
 * superscript number (`<sup>1</sup>`, drawn `^1` in the review session). Only a note holding `[^` is
 * parsed with the footnote syntax (see mayHoldFootnotes), and its syntax is loaded only then: whoever
 * reads such a note awaits loadFootnoteSyntax() first (`amgi build`, `amgi explain`), and the parse
 * itself stays synchronous.
 */
import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Processor } from 'unified';

interface FootnoteSyntax {
  micromark: ReturnType<typeof import('./footnote-syntax.js').gfmFootnote>;
  fromMarkdown: ReturnType<typeof import('./footnote-syntax.js').gfmFootnoteFromMarkdown>;
}

let syntax: FootnoteSyntax | undefined;
let loading: Promise<void> | undefined;

/** Load the footnote syntax, once; resolved at once when it is loaded. */
export function loadFootnoteSyntax(): Promise<void> {
  loading ??= import('./footnote-syntax.js').then(({ gfmFootnote, gfmFootnoteFromMarkdown }) => {
    syntax = { micromark: gfmFootnote(), fromMarkdown: gfmFootnoteFromMarkdown() };
  });
  return loading;
}

export function footnoteSyntaxLoaded(): boolean {
  return syntax !== undefined;
}

/** The unified plugin; its syntax must be loaded (loadFootnoteSyntax) before a processor using it is built. */
export default function remarkFootnotes(this: Processor): void {
  const data = this.data();
  const loaded = syntax;
  if (!loaded) throw new Error('footnote syntax is not loaded: await loadFootnoteSyntax() before parsing with it');
  (data.micromarkExtensions ??= []).push(loaded.micromark);
  (data.fromMarkdownExtensions ??= []).push(loaded.fromMarkdown);
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
 * they name after it, each in a paragraph of its own, in the order they are first referred to: first
 * those of `titleLabels`, the references in the card's title (`## UDP[^2]`), which its front does not
 * show. Labels that differ only in case or blanks (`[^Note]`, `[^note]`) name one footnote, given once
 * and shown with its label as first written. A reference to no footnote of the note stays as written,
 * and so does any in code. An empty back stays empty: a title's footnote is no card of its own.
 */
export function withFootnotes(markdown: string, texts: ReadonlyMap<string, string>, titleLabels: readonly string[] = []): string {
  if (texts.size === 0 || markdown === '' || (!markdown.includes('[^') && titleLabels.length === 0)) return markdown;
  /** By normalised label: the label as first written, and the footnote's text. */
  const used = new Map<string, { label: string; text: string }>();
  const use = (label: string): string | undefined => {
    const key = normalizeIdentifier(label).toLowerCase();
    const text = texts.get(key);
    if (text === undefined) return undefined;
    if (!used.has(key)) used.set(key, { label, text });
    return used.get(key)!.label;
  };
  for (const label of titleLabels) use(label);
  const replaced = !markdown.includes('[^')
    ? markdown
    : outsideCode(markdown, (text) =>
        text.replace(REFERENCE, (written, label: string) => {
          const shown = use(label);
          return shown === undefined ? written : `<sup>${shown}</sup>`;
        }),
      );
  if (used.size === 0) return markdown;
  return `${replaced}\n\n${[...used.values()].map(({ label, text }) => `<sup>${label}</sup> ${text}`).join('\n\n')}`;
}

/** The labels of the footnote references in `line` (a title's), outside code, in order. */
export function referenceLabels(line: string): string[] {
  if (!line.includes('[^')) return [];
  const labels: string[] = [];
  outsideCode(line, (text) => {
    for (const match of text.matchAll(REFERENCE)) labels.push(match[1]!);
    return text;
  });
  return labels;
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
