/**
 * Obsidian's image embeds, `![[구성도.png]]` and `![[구성도.png|300]]`, read as the images they show.
 * CommonMark reads them as text; after parsing, each becomes an mdast `image` whose url is the name as
 * written (where the file is, image-files.ts finds, as Obsidian does, from the note or the vault). Only
 * names with an image extension: `![[다른 노트]]` embeds a note, which a card cannot show: its back names it (`[노트: 다른 노트]`, obsidian-markup.ts).
 */
import type { Image, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { pushAll } from '../util/arrays.js';

// The name holds no bracket and is at most 300 characters: an embed left open is not searched to the
// end of its line from every `![[` (which made a line of many quadratic).
const EMBED = /!\[\[([^[\]|\n]{1,300}?\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|avif|heic))(?:\|([^[\]\n]{0,300}))?\]\]/gi;

/** Whether `text` may hold an embed: most notes hold none, and their trees are not walked. */
export function mayHoldEmbeds(text: string): boolean {
  return text.includes('![[');
}

/**
 * Turn the embeds in the tree's text into images, in place. With the text the tree was parsed from, an
 * embed written escaped (`\![[로고.png]]`) stays text, as Obsidian shows it.
 */
export function embedImages(tree: Root, source?: string): void {
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('children' in node)) continue;
    const parent = node as Parent;
    if (!parent.children.some((child) => child.type === 'text' && child.value.includes('![['))) {
      for (const child of parent.children) pending.push(child as Nodes);
      continue;
    }
    const children: PhrasingContent[] = [];
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'text' && child.value.includes('![[')) pushAll(children, split(child, escapedEmbeds(child, source)));
      else {
        children.push(child);
        pending.push(child as Nodes);
      }
    }
    parent.children = children as Parent['children'];
  }
}

/**
 * Which of a text node's embeds, counted in order, are written escaped in the source (`\![[…]]`): the
 * node's value has lost the backslash, so each is found in order in the node's own source.
 */
function escapedEmbeds(node: Text, source: string | undefined): Set<number> {
  const escaped = new Set<number>();
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (source === undefined || from === undefined || to === undefined || !source.slice(from, to).includes('\\![[')) return escaped;
  const raw = source.slice(from, to);
  let at = 0;
  let count = 0;
  for (const match of node.value.matchAll(EMBED)) {
    const found = raw.indexOf(match[0], at);
    // Not found as written (an escape inside it): taken as not escaped, and the search goes on from here.
    if (found >= 0) {
      // An odd run of backslashes escapes the `!`; `\\` is a backslash shown before the image.
      let backslashes = 0;
      while (found - backslashes > 0 && raw[found - backslashes - 1] === '\\') backslashes++;
      if (backslashes % 2 === 1) escaped.add(count);
      at = found + match[0].length;
    }
    count++;
  }
  return escaped;
}

/** A text node cut into text and images at its embeds (but those in `escaped`, by their order). */
function split(node: Text, escaped: ReadonlySet<number>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  let count = 0;
  for (const match of node.value.matchAll(EMBED)) {
    const index = match.index!;
    if (escaped.has(count++)) continue;
    if (index > at) out.push(textPart(node, at, index));
    const label = match[2]?.trim() ?? '';
    // `|300` or `|300x200` sets the width in Obsidian; any other label is the description.
    const size = /^(\d+)(?:x(\d+))?$/.exec(label);
    const alt = label === '' || size ? '' : label;
    const image: Image = { type: 'image', url: match[1]!.trim(), alt };
    // The width (and height) go to the HTML the export writes, as Obsidian shows the picture.
    if (size) image.data = { hProperties: { width: size[1]!, ...(size[2] ? { height: size[2] } : {}) } };
    const position = positionAt(node, index, index + match[0].length);
    if (position) image.position = position;
    out.push(image);
    at = index + match[0].length;
  }
  if (at < node.value.length) out.push(textPart(node, at, node.value.length));
  return out;
}

/** A part of a text node, with its place in the note. */
export function textPart(node: Text, from: number, to: number): Text {
  const part: Text = { type: 'text', value: node.value.slice(from, to) };
  const position = positionAt(node, from, to);
  if (position) part.position = position;
  return part;
}

/** Where a part of a text node is, counted from the node's start (exact where the text is as written). */
export function positionAt(node: Text, from: number, to: number): Text['position'] {
  const start = node.position?.start;
  if (!start || start.offset === undefined) return undefined;
  const point = (index: number) => {
    const before = node.value.slice(0, index);
    const lines = before.split('\n');
    const line = start.line + lines.length - 1;
    const column = lines.length === 1 ? start.column + index : lines[lines.length - 1]!.length + 1;
    return { line, column, offset: start.offset! + index };
  };
  return { start: point(from), end: point(to) };
}
