/**
 * A note's own tags, as Obsidian gives them: in its front matter (`tags: [aws, saa]`, TOML's `tags =
 * ["aws"]`) and in its text (`#aws #네트워크` on a line of their own, `… #aws/vpc` in a sentence).
 * Obsidian files them all under the note, wherever they are written, so each goes on every card of the
 * note (beside its section's tag), as Anki tags: nested `aws/vpc` is `aws::vpc`. In the text they are
 * markup, not words: a line of only tags is no block of a card's back, and a tag in a sentence is left
 * out of it.
 */
import type { Nodes, Root } from 'mdast';
import { pushAll } from '../util/arrays.js';
import { parseMarkdown } from './parse-note.js';

/**
 * Obsidian's inline tag: `#` then letters, digits, `_`, `-` and `/` (at least one letter: `#1` is a
 * number), after the start of a line or a blank (`C#`, `[[노트#제목]]` and `a.com/#id` are none).
 */
const INLINE_TAG = /(?<=^|\s)#([\p{L}\p{M}\p{N}_/-]{1,200})(?![\p{L}\p{M}\p{N}_/-])/gu;

/** Written like a tag but meant otherwise: a colour (`#fff`, `#1a2b3c`) and C's preprocessor lines. */
const NOT_A_TAG = /^(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8}|include|define|undef|ifn?def|endif|elif|pragma)$/i;

function isTagName(name: string): boolean {
  return /\p{L}/u.test(name) && !NOT_A_TAG.test(name);
}

/** Whether `text` may hold an inline tag: most notes hold none, and their trees are not walked for one. */
export function mayHoldInlineTags(text: string): boolean {
  return /(?:^|\s)#[\p{L}\p{M}\p{N}_/-]/u.test(text);
}

/** A tag as written (`aws/vpc`, `"#시험 대비"`) as an Anki tag (`aws::vpc`, `시험_대비`), or undefined if nothing is left. */
export function ankiTag(written: string): string | undefined {
  const levels = written
    .normalize('NFC')
    .replace(/^["']|["']$/g, '')
    .replace(/^#/, '')
    .split('/')
    .map((level) => level.replace(/["']/g, '').trim().replace(/\s+/g, '_'))
    .filter((level) => level !== '');
  return levels.length > 0 ? levels.join('::') : undefined;
}

/** The note's own tags, front matter's first, then those of its text in order; each once. */
export function noteTags(root: Root, source: string): string[] {
  return [...new Set([...frontMatterTags(root), ...inlineTags(root, source)])];
}

/**
 * The tags of a note's front matter, as Anki tags (see `ankiTag`). YAML: `tags: [aws, saa]`, a list of
 * `- aws` lines under `tags:`, or `tags: aws saa` (also `tag:`, Obsidian's older key). TOML (`+++`):
 * `tags = ["aws", "saa"]`, on one line or several. Empty where the note has no front matter or no tags in it.
 */
export function frontMatterTags(root: Root): string[] {
  const first = root.children[0];
  // remark-frontmatter also makes `toml` nodes, which mdast's types do not list.
  const toml = (first?.type as string) === 'toml';
  if (first?.type !== 'yaml' && !toml) return [];
  const lines = (first as { value: string }).value.split('\n');
  const key = toml ? /^tags?[ \t]*=/i : /^tags?[ \t]*:/i;
  const at = lines.findIndex((line) => key.test(line));
  if (at < 0) return [];
  const inline = withoutComment(lines[at]!.replace(key, '')).trim();
  let written: string[];
  if (inline.startsWith('[')) {
    // A list (TOML's array, YAML's flow list `[aws, "시험 대비"]`), which may go on over the lines below up
    // to its `]`: its items are between the commas, a blank within one is part of it (`시험_대비`).
    let list = inline;
    for (let n = at + 1; !list.includes(']') && n < lines.length; n++) list += ` ${withoutComment(lines[n]!)}`;
    written = list.replace(/^\[|\].*$/g, '').split(',');
  } else if (toml) {
    written = inline.split(',');
  } else if (inline !== '') {
    // A plain value: blanks part its tags as commas do (`aws saa`, `aws, saa`), as Obsidian reads it.
    written = inline.split(/[,\s]+/);
  } else {
    written = [];
    for (const line of lines.slice(at + 1)) {
      const item = /^[ \t]*-[ \t]+(.*)$/.exec(line);
      if (!item) break;
      written.push(withoutComment(item[1]!));
    }
  }
  const tags = new Set<string>();
  for (const tag of written) {
    const anki = ankiTag(tag.trim());
    if (anki !== undefined) tags.add(anki);
  }
  return [...tags];
}

/**
 * A front matter line without its comment (` # …`, after a blank): cut at the first ` #`, where a
 * pattern `\s+#.*$` would scan a long blank run again from each of its blanks.
 */
function withoutComment(line: string): string {
  const comment = line.search(/\s#/);
  return comment < 0 ? line : line.slice(0, comment).trimEnd();
}

/** A tag found in a note's text: where it is written (offsets), and its name as written (`aws/vpc`). */
interface WrittenTag {
  from: number;
  to: number;
  name: string;
}

/**
 * The inline tags of `markdown` (parsed as `root`), in order. Only in text: a heading's (its card's
 * title, which names the card, stays as written), code's, a link's and HTML's `#` are none.
 */
function writtenTags(root: Root, markdown: string): WrittenTag[] {
  if (!mayHoldInlineTags(markdown)) return [];
  const found: WrittenTag[] = [];
  const pending: Nodes[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      if (start === undefined || !node.value.includes('#')) continue;
      // Where the match's line of the text starts in the note: a paragraph's next line (`…이다.\n  #aws`)
      // is in the text without its indentation or a quote's `>`, which the note has.
      let lineInValue = 0;
      let lineInNote = start;
      for (const match of node.value.matchAll(INLINE_TAG)) {
        for (let newline = node.value.indexOf('\n', lineInValue); newline >= 0 && newline < match.index!; newline = node.value.indexOf('\n', lineInValue)) {
          lineInValue = newline + 1;
          const noteNewline = markdown.indexOf('\n', lineInNote);
          if (noteNewline < 0) break;
          lineInNote = noteNewline + 1;
          while (lineInNote < markdown.length && /[ \t>]/.test(markdown[lineInNote]!)) lineInNote++;
        }
        const from = lineInNote + match.index! - lineInValue;
        const to = from + match[0].length;
        // As written (no escape shifted it: `\#aws` is text), after a blank or a line's start in the note too
        // (a text node may follow `**굵게**` or inline code directly).
        if (markdown.slice(from, to) !== match[0] || (from > 0 && !/\s/.test(markdown[from - 1]!))) continue;
        if (isTagName(match[1]!)) found.push({ from, to, name: match[1]! });
      }
    } else if ('children' in node && node.type !== 'heading' && node.type !== 'link' && node.type !== 'linkReference') {
      pushAll(pending, node.children as Nodes[]);
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

/** The inline tags of a note (its text, parsed as `root`), as Anki tags, in order, each once. */
export function inlineTags(root: Root, source: string): string[] {
  const tags = new Set<string>();
  for (const { name } of writtenTags(root, source)) {
    const anki = ankiTag(name);
    if (anki !== undefined) tags.add(anki);
  }
  return [...tags];
}

/** Whether a block's text is nothing but tags (`#aws #네트워크`): no explanation, but the note's tags. */
export function isTagLine(markdown: string): boolean {
  const words = markdown.trim().split(/\s+/);
  return words.length > 0 && words.every((word) => /^#[\p{L}\p{M}\p{N}_/-]{1,200}$/u.test(word) && isTagName(word.slice(1)));
}

/**
 * A card's back without its inline tags: a tag in a sentence goes with the blank before it (`VPC는 가상
 * 네트워크다 #aws` → `VPC는 가상 네트워크다`), and a line left with nothing goes whole. Code keeps its `#`.
 */
export function withoutInlineTags(markdown: string): string {
  if (!mayHoldInlineTags(markdown)) return markdown;
  const tags = writtenTags(parseMarkdown(markdown), markdown);
  if (tags.length === 0) return markdown;
  const isBlank = (offset: number) => markdown[offset] === ' ' || markdown[offset] === '\t';
  // One pass over the tags in order, the lines counted as it goes. A cut stays within its line, so a
  // line keeps its number.
  const cuts: { from: number; to: number }[] = [];
  const atLineStart: boolean[] = [];
  const emptied = new Set<number>();
  let line = 0;
  let lineStart = 0;
  let lineEnd = markdown.indexOf('\n');
  for (const [n, { from, to }] of tags.entries()) {
    let firstOnLine = n === 0;
    while (lineEnd >= 0 && lineEnd < from) {
      line++;
      lineStart = lineEnd + 1;
      lineEnd = markdown.indexOf('\n', lineStart);
      firstOnLine = true;
    }
    emptied.add(line);
    // At a line's start (after nothing but its indentation or quote marks; a tag before it is something),
    // the blank after it goes instead, so that the words after it stay where they were.
    atLineStart.push(firstOnLine && /^[\s>]*$/.test(markdown.slice(lineStart, from)));
    let cutFrom = from;
    if (!atLineStart[n]) while (cutFrom > lineStart && isBlank(cutFrom - 1)) cutFrom--;
    cuts.push({ from: cutFrom, to });
  }
  // A tag at a line's start takes the blanks after it, up to the first word the line keeps: the blanks
  // and tags after it on its line go with it.
  for (let n = 0; n < tags.length; n++) {
    if (!atLineStart[n]) continue;
    let end = cuts[n]!.to;
    for (let next = n + 1; ; ) {
      if (next < cuts.length && cuts[next]!.from <= end) end = Math.max(end, cuts[next++]!.to);
      else if (isBlank(end)) end++;
      else break;
    }
    cuts[n]!.to = end;
  }
  const kept: string[] = [];
  let keptFrom = 0;
  for (const { from, to } of cuts) {
    if (from > keptFrom) kept.push(markdown.slice(keptFrom, from));
    keptFrom = Math.max(keptFrom, to);
  }
  kept.push(markdown.slice(keptFrom));
  // A line that held only tags (and its indentation or quote marks) is no line of the back.
  return kept
    .join('')
    .split('\n')
    .filter((text, n) => !(emptied.has(n) && /^[\s>]*$/.test(text)))
    .join('\n');
}
