/**
 * Obsidian's wikilinks and highlights, read as Obsidian shows them. CommonMark reads both as text:
 * after parsing, `[[노트]]`, `[[노트|별칭]]` and `[[노트#제목]]` become links marked `wikilink`, whose
 * text is what Obsidian shows (the alias, else the note, `노트 › 제목` for a heading), and `==text==`
 * becomes a highlight (an emphasis that HTML draws as `<mark>`), also around other markup (`==**굵게**==`,
 * its marks then in the text on either side). Code is no text node, so neither is
 * read there. A pass over the text nodes of the few notes that hold `[[` or `==`, rather than a
 * micromark extension, which would be tried at every `[` and `=` of every note (README, Performance).
 */
import type { Emphasis, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { pushAll } from '../util/arrays.js';
import { positionAt, textPart } from './obsidian-embeds.js';
import { parseMarkdown } from './parse-note.js';

declare module 'mdast' {
  interface LinkData {
    /** `[[노트]]`: a link to another note of the vault, which no card or Anki has; shown as its text. */
    wikilink?: boolean;
  }
}

// `![[…]]` is an embed (obsidian-embeds.ts), no link. A name holds no bracket, and is at most 300
// characters: a link left open is not searched to the end of its line from every `[[`.
const WIKILINK = /(?<!!)\[\[([^[\]|\n]{1,300}?)(?:\|([^[\]\n]{0,300}))?\]\]/;
// No space just inside the marks (`a == b` compares), nor a `=` (`===`).
const HIGHLIGHT = /==(?![\s=])((?:[^=\n]|=(?!=)){0,500}?[^\s=])==/;
const WHOLE_WIKILINK = new RegExp(`^${WIKILINK.source}$`);
// `![[VPC]]` left as text after parsing embeds a note (an image embed is an image by then, see
// obsidian-embeds.ts): a card cannot show another note, so it names it.
const NOTE_EMBED = /!\[\[([^[\]|\n]{1,300}?)(?:\|([^[\]\n]{0,300}))?\]\]/g;

/** What a card shows for an embedded note (`![[VPC]]`): `[노트: VPC]`, as a missing image shows `[그림 없음: …]`. */
export function noteEmbedText(target: string, alias: string | undefined): string {
  return `[노트: ${wikilinkText(target, alias)}]`;
}

/** A note embed as written, where (offsets and line), and what a card shows for it. */
export interface NoteEmbed {
  from: number;
  to: number;
  line: number;
  written: string;
  shown: string;
}

/** The note embeds (`![[VPC]]`) a text holds outside code, in order. */
export function noteEmbeds(markdown: string): NoteEmbed[] {
  if (!markdown.includes('![[')) return [];
  const found: NoteEmbed[] = [];
  const pending: Nodes[] = [parseMarkdown(markdown)];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'text' && node.value.includes('![[')) {
      const start = node.position?.start;
      if (start?.offset === undefined) continue;
      for (const match of node.value.matchAll(NOTE_EMBED)) {
        const from = start.offset + match.index!;
        const to = from + match[0].length;
        // Where an escape before it (`\![[…]]`, shown as text) shifted the offsets, it is left as written.
        if (markdown.slice(from, to) !== match[0] || markdown[from - 1] === '\\') continue;
        const line = start.line + (node.value.slice(0, match.index!).match(/\n/g)?.length ?? 0);
        found.push({ from, to, line, written: match[0], shown: noteEmbedText(match[1]!, match[2]) });
      }
    } else if ('children' in node) pushAll(pending, node.children as Nodes[]);
  }
  return found.sort((a, b) => a.from - b.from);
}
const MARKUP = new RegExp(`${WIKILINK.source}|${HIGHLIGHT.source}`, 'g');

/** Whether `text` may hold a wikilink or a highlight: most notes hold neither, and are not walked. */
export function mayHoldObsidianMarkup(text: string): boolean {
  return text.includes('[[') || text.includes('==');
}

/** What Obsidian shows for `[[target|alias]]`: the alias; else the note, `노트 › 제목` for a heading, the note for a block (`#^id`). */
export function wikilinkText(target: string, alias: string | undefined): string {
  // In a table, `|` is written `\|`: the backslash is no part of the name.
  const name = target.replace(/\\$/, '').trim();
  if (alias !== undefined && alias.trim() !== '') return alias.trim();
  const [note = '', ...headings] = name.split('#').map((part) => part.trim());
  const shown = [note.replace(/\.md$/i, ''), ...headings.filter((heading) => heading !== '' && !heading.startsWith('^'))].filter((part) => part !== '');
  return shown.length > 0 ? shown.join(' › ') : name;
}

/** A title's wikilinks as their text and its highlights without their marks: a front is plain text. */
export function obsidianMarkupAsText(text: string): string {
  if (!mayHoldObsidianMarkup(text)) return text;
  return text.replace(MARKUP, (_match, target: string | undefined, alias: string | undefined, highlighted: string | undefined) =>
    target !== undefined ? wikilinkText(target, alias) : highlighted!,
  );
}

/** Turn the wikilinks and highlights in the tree's text into links and highlights, in place. */
export function readObsidianMarkup(tree: Root): void {
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('children' in node)) continue;
    const parent = node as Parent;
    // A link's text links nowhere else: a wikilink in it stays text (its highlights are still read).
    const inLink = parent.type === 'link' || parent.type === 'linkReference';
    const children: PhrasingContent[] = [];
    let changed = false;
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'text' && mayHoldObsidianMarkup(child.value)) {
        const parts = split(child, inLink);
        changed ||= parts.length !== 1 || parts[0] !== child;
        pushAll(children, parts);
      } else {
        children.push(child);
        pending.push(child as Nodes);
      }
    }
    // `==**굵게**==`: a highlight around other markup, whose marks are in the text on either side of it.
    const spanning = children.some((child) => child.type === 'text' && child.value.includes('==')) ? highlightsAcross(children) : undefined;
    if (spanning) parent.children = spanning as Parent['children'];
    else if (changed) parent.children = children as Parent['children'];
  }
}

/**
 * A parent's children with each highlight whose `==` marks are in two of its text nodes (`==` before
 * `**굵게**`, `==` after it) made one, around the nodes between; or undefined where there is none. As in
 * one text node, no blank just inside the marks, and it does not go on past the line.
 */
function highlightsAcross(children: PhrasingContent[]): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = [];
  let found = false;
  let n = 0;
  // The text node still to read, which may be the part of one left after a highlight's closing `==`.
  let pendingText: Text | undefined;
  while (n < children.length || pendingText) {
    const child = pendingText ?? children[n]!;
    const fromPending = pendingText !== undefined;
    pendingText = undefined;
    if (!fromPending) n++;
    const opening = child.type === 'text' ? openingMark(child.value) : undefined;
    const closeAt = child.type === 'text' && opening !== undefined ? closingIndex(children, n, child.value.length > opening + 2) : -1;
    if (child.type !== 'text' || opening === undefined || closeAt < 0) {
      out.push(child);
      continue;
    }
    const opener = child;
    const closer = children[closeAt] as Text;
    const mark = closingMark(closer.value)!;
    if (opening > 0) out.push(textPart(opener, 0, opening));
    const inner: PhrasingContent[] = [];
    if (opener.value.length > opening + 2) inner.push(textPart(opener, opening + 2, opener.value.length));
    pushAll(inner, children.slice(n, closeAt));
    if (mark > 0) inner.push(textPart(closer, 0, mark));
    const highlight: Emphasis = { type: 'emphasis', data: { hName: 'mark' }, children: inner };
    const start = positionAt(opener, opening, opening + 2)?.start;
    const end = positionAt(closer, mark, mark + 2)?.end;
    if (start && end) highlight.position = { start, end };
    out.push(highlight);
    found = true;
    n = closeAt + 1;
    if (closer.value.length > mark + 2) pendingText = textPart(closer, mark + 2, closer.value.length);
  }
  return found ? out : undefined;
}

/** Where a text node's last `==` opens a highlight that goes on past it: nothing after it but the highlight's own text. */
function openingMark(value: string): number | undefined {
  const at = value.lastIndexOf('==');
  if (at < 0 || value[at - 1] === '=') return undefined;
  const after = value.slice(at + 2);
  return after.includes('=') || after.includes('\n') || /^\s/.test(after) ? undefined : at;
}

/** Where a text node's first `==` closes a highlight opened before it. */
function closingMark(value: string): number | undefined {
  const at = value.indexOf('==');
  if (at < 0 || value[at + 2] === '=' || value.slice(0, at).includes('\n') || (at > 0 && /\s/.test(value[at - 1]!))) return undefined;
  return at;
}

/**
 * The index of the text node, after `from`, whose `==` closes a highlight opened just before `from`
 * (with text after the mark when `openedWithText`), past at least one node of other markup; or -1.
 */
function closingIndex(children: readonly PhrasingContent[], from: number, openedWithText: boolean): number {
  // Markup at once after an opening `==` with no text: it must not start with a blank either.
  if (!openedWithText && (children[from] === undefined || children[from]!.type === 'text' || children[from]!.type === 'break')) return -1;
  for (let k = from; k < children.length; k++) {
    const child = children[k]!;
    if (child.type === 'break') return -1;
    if (child.type !== 'text') continue;
    if (k > from && closingMark(child.value) !== undefined) return k;
    // Text between with no mark of its own: the highlight goes on over it, within the line.
    if (child.value.includes('\n') || child.value.includes('==')) return -1;
  }
  return -1;
}

/** Whether a node is a highlight (`==text==`). */
export function isHighlight(node: Nodes): boolean {
  return node.type === 'emphasis' && node.data?.hName === 'mark';
}

function split(node: Text, inLink: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const match of node.value.matchAll(MARKUP)) {
    const [written, target, alias, highlighted] = match;
    if (target !== undefined && inLink) continue;
    const index = match.index!;
    if (index > at) out.push(textPart(node, at, index));
    const position = positionAt(node, index, index + written.length);
    if (target !== undefined) {
      const link: Link = { type: 'link', url: target.replace(/\\$/, '').trim(), children: [{ type: 'text', value: wikilinkText(target, alias) }], data: { wikilink: true } };
      if (position) link.position = position;
      out.push(link);
    } else {
      // Its text may hold wikilinks (`==[[TCP]]==`): read as the text around it.
      const inner = textPart(node, index + 2, index + 2 + highlighted!.length);
      const highlight: Emphasis = { type: 'emphasis', data: { hName: 'mark' }, children: split(inner, inLink) };
      if (position) highlight.position = position;
      out.push(highlight);
    }
    at = index + written.length;
  }
  if (at === 0) return [node];
  if (at < node.value.length) out.push(textPart(node, at, node.value.length));
  return out;
}

/**
 * A card's back with its wikilinks written as their text (`[[HTTP|하이퍼텍스트 전송]]` → `하이퍼텍스트
 * 전송`): Markdown any reader shows as Obsidian does. A note it embeds (`![[VPC]]`), which no card can
 * show, is named in its place (`[노트: VPC]`). Code keeps them as written.
 */
export function wikilinksAsText(markdown: string): string {
  if (!markdown.includes('[[')) return markdown;
  const links: { from: number; to: number; text: string }[] = noteEmbeds(markdown).map(({ from, to, shown }) => ({ from, to, text: shown }));
  const pending: Nodes[] = [parseMarkdown(markdown)];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'link' && node.data?.wikilink) {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      // Where an escape before it shifted the offsets, the link is left as written rather than cut wrong.
      if (from !== undefined && to !== undefined && WHOLE_WIKILINK.test(markdown.slice(from, to))) {
        links.push({ from, to, text: (node.children[0] as Text).value });
      }
    } else if ('children' in node) pushAll(pending, node.children as Nodes[]);
  }
  links.sort((a, b) => b.from - a.from);
  let out = markdown;
  for (const { from, to, text } of links) out = out.slice(0, from) + text.replace(/[\\`*_[\]<>~=|]/g, '\\$&') + out.slice(to);
  return out;
}
