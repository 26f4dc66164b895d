import type { Node, Parent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { NoteError } from '../util/errors.js';
import remarkGfmTable from './remark-gfm-table.js';
import remarkFootnotes, { footnoteSyntaxLoaded, loadFootnoteSyntax, mayHoldFootnotes } from './footnotes.js';
import { pushAll } from '../util/arrays.js';
import { embedImages, mayHoldEmbeds } from './obsidian-embeds.js';
import { mayHoldObsidianMarkup, readObsidianMarkup } from './obsidian-markup.js';
import { mayHoldDefinitions, resolveReferences } from './link-references.js';
import { asidesAsQuotes, mayHoldAside } from './notion-aside.js';

// Processors, built once each, the first time a note needs one: GFM tables cost a noticeable share of
// parse time, so notes without a table delimiter row are parsed by the plain CommonMark one, and only
// a note holding `[^` is read with footnotes (see loadNoteSyntax). A note whose front matter is never
// closed is parsed without front matter: given one, micromark-extension-frontmatter reads the rest of such a note
// wrongly (its lists and quotes come out as paragraphs).
type Parser = ReturnType<typeof buildProcessor>;
const processors = new Map<string, Parser>();

function buildProcessor(frontMatter: boolean, table: boolean, footnotes: boolean) {
  const plugins: PluggableList = [];
  if (frontMatter) plugins.push([remarkFrontmatter, ['yaml', 'toml']]);
  if (table) plugins.push(remarkGfmTable);
  if (footnotes) plugins.push(remarkFootnotes);
  return unified().use(remarkParse).use(plugins).freeze();
}

function processorFor(frontMatter: boolean, table: boolean, footnotes: boolean): Parser {
  const key = `${frontMatter}${table}${footnotes}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = buildProcessor(frontMatter, table, footnotes)));
  return processor;
}

/**
 * Load what parsing `text`, a whole note, needs beyond CommonMark: the footnote syntax for a note holding
 * `[^`. Awaited before parseMarkdown (or cardsFromText) by whoever reads a note, so that a note without
 * footnotes never loads it. Unloaded, `[^1]` is read as text: right for a card's back, which holds no
 * footnote definition (see footnotes.ts), wrong for a note.
 */
export async function loadNoteSyntax(text: string): Promise<void> {
  if (mayHoldFootnotes(text)) await loadFootnoteSyntax();
}

/**
 * The line of a front matter fence (`---` or `+++` on the first line) that no line closes, or
 * undefined. Such a note is read as Markdown from its first line, and `amgi build` warns.
 */
export function unclosedFrontMatter(text: string): number | undefined {
  const fence = /^(---|\+\+\+)[ \t]*(\n|$)/.exec(text);
  if (!fence) return undefined;
  const closing = fence[1] === '---' ? /\n---[ \t]*(\n|$)/ : /\n\+\+\+[ \t]*(\n|$)/;
  return closing.test(text.slice(fence[0].length - 1)) ? undefined : 1;
}

/**
 * A line opening or closing a code fence, after any indentation and quote markers: its fence and what
 * follows. Each run of blanks is before a `>` or before the fence, never both, so a long line of
 * spaces is tried in one pass, not once per split of it.
 */
const FENCE_LINE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})(.*)$/;

/**
 * The line of a code fence (```` ``` ````, `~~~`) that no line closes, or undefined. Markdown reads all
 * that follows it as code, up to the end of the note (or of the list or quote it is in), so headings
 * and lists there make no card: a build warns. Fences are matched as CommonMark does: a closing fence
 * is the opening's character, at least as many, and nothing after it; a backtick fence's info string
 * holds no backtick (```` ```a``` ```` is inline code).
 */
export function unclosedCodeFence(text: string): number | undefined {
  let open: { fence: string; line: number } | undefined;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const match = FENCE_LINE.exec(lines[n]!);
    if (!match) continue;
    const [, fence, rest] = match as unknown as [string, string, string];
    if (open === undefined) {
      if (!(fence[0] === '`' && rest.includes('`'))) open = { fence, line: n + 1 };
    } else if (fence[0] === open.fence[0] && fence.length >= open.fence.length && rest.trim() === '') {
      open = undefined;
    }
  }
  return open?.line;
}

/**
 * Where a note was read otherwise than it seems written: front matter, or a code fence, opened on `line`
 * and never closed. Kept in the note's deck (so that a build says it of an unchanged note too), and
 * said in the same words by `amgi build` and `amgi explain` (see `readingNoticeMessage`).
 */
export type ReadingNotice =
  /** `fence`: the line it opened with (TOML's `+++`), which must close it too; `---` where a deck kept none. */
  | { kind: 'unclosed-front-matter'; line: number; fence?: FrontMatterFence }
  | { kind: 'unclosed-code-fence'; line: number };

export type FrontMatterFence = '---' | '+++';

/** What a build and `amgi explain` warn of the way a note was read, in line order. */
export function readingNotices(text: string): ReadingNotice[] {
  const notices: ReadingNotice[] = [];
  const frontMatterLine = unclosedFrontMatter(text);
  if (frontMatterLine !== undefined) notices.push({ kind: 'unclosed-front-matter', line: frontMatterLine, fence: text.startsWith('+++') ? '+++' : '---' });
  const fenceLine = unclosedCodeFence(text);
  if (fenceLine !== undefined) notices.push({ kind: 'unclosed-code-fence', line: fenceLine });
  return notices;
}

/** The warning a reading notice gives, on its line. */
export function readingNoticeMessage(notice: ReadingNotice): string {
  switch (notice.kind) {
    case 'unclosed-front-matter':
      return `front matter opened here is never closed, so the note was read as Markdown from this line. Close it with a \`${notice.fence ?? '---'}\` line (or remove this one).`;
    case 'unclosed-code-fence':
      return 'code block opened here is never closed, so the rest of the note (or of its list or quote) was read as code: headings there make no card. Close it with a ``` line.';
  }
}

/**
 * A GFM table needs a delimiter row such as `|---|:--:|` (leading and trailing pipes optional). Each
 * optional pipe comes with the blanks after it: two blank runs side by side (`[ \t]*\|?[ \t]*`) would
 * split a long blank run every way before failing.
 */
const TABLE_DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+(?:\|[ \t]*)?$/m;

export function needsGfm(text: string): boolean {
  return TABLE_DELIMITER_ROW.test(text);
}

/**
 * How deep a line may nest (indentation plus `>` and list markers, in columns). Parsing time grows
 * faster than linearly with nesting, so a pathological note is refused instead of hanging the build.
 */
export const MAX_NESTING_COLUMNS = 256;


/** Refuse a note nested deeper than MAX_NESTING_COLUMNS, naming the line. */
export function assertNestingWithinLimit(path: string, text: string): void {
  const deep = tooDeepLine(text);
  if (deep) {
    throw new NoteError(path, deep.line, `nested too deeply: more than ${MAX_NESTING_COLUMNS} columns of indentation, '>' and list markers. Flatten this part of the note.`);
  }
}

/** The first line nested deeper than MAX_NESTING_COLUMNS, or undefined. */
export function tooDeepLine(text: string): { line: number } | undefined {
  let line = 1;
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    if (to - from > MAX_NESTING_COLUMNS && containerColumns(text, from, to) > MAX_NESTING_COLUMNS) return { line };
    if (newline < 0) break;
    from = newline + 1;
    line++;
  }
  return undefined;
}

/**
 * Parse normalised note text (see readNote) into mdast with positions.
 *
 * micromark's event edit map is quadratic in the number of containers (blockquotes, lists) in one
 * document: one note of 5,000 callouts takes seconds. So a long note is parsed in chunks of about
 * CHUNK_CHARS, cut only where a new top-level block must begin, and the positions are shifted back:
 * linear, and the same tree for everything amgi reads.
 */
export function parseMarkdown(text: string, chunkChars = CHUNK_CHARS): Root {
  const tree = parseChunks(text, chunkChars);
  if (mayHoldEmbeds(text)) embedImages(tree, text);
  if (mayHoldObsidianMarkup(text)) readObsidianMarkup(tree);
  if (mayHoldDefinitions(text)) resolveReferences(tree);
  if (mayHoldAside(text)) asidesAsQuotes(tree, (aside) => parseMarkdown(aside, chunkChars));
  return tree;
}

function parseChunks(text: string, chunkChars: number): Root {
  const frontMatterOk = !(text.startsWith('---') || text.startsWith('+++')) || unclosedFrontMatter(text) === undefined;
  const footnotes = mayHoldFootnotes(text) && footnoteSyntaxLoaded();
  const processor = processorFor(frontMatterOk, needsGfm(text), footnotes);
  // A reference link (`[글][1]`) or footnote (`[^1]`) is one only in the document that holds its
  // definition: such notes are parsed whole.
  const starts = mayHoldDefinitions(text) || footnotes ? [0] : chunkStarts(text, chunkChars);
  if (starts.length === 1) return processor.parse(text);
  const root: Root = { type: 'root', children: [] };
  let line = 1;
  let lineCountedTo = 0;
  for (let n = 0; n < starts.length; n++) {
    const from = starts[n]!;
    const to = starts[n + 1] ?? text.length;
    line += countNewlines(text, lineCountedTo, from);
    lineCountedTo = from;
    const chunk = processor.parse(text.slice(from, to));
    if (from > 0) shiftPositions(chunk, from, line - 1);
    pushAll(root.children, chunk.children);
  }
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: line + countNewlines(text, lineCountedTo, text.length), column: text.length - text.lastIndexOf('\n') , offset: text.length },
  };
  return root;
}

export const CHUNK_CHARS = 4096;

/**
 * Offsets where a chunk may start: an ATX heading at column 0, or a non-indented line after a blank
 * line that is not a list item (which could continue a loose list). Never inside front matter, fenced
 * code or an HTML block that spans blank lines.
 */
export function chunkStarts(text: string, chunkChars: number): number[] {
  const starts = [0];
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let inFrontMatter = (text.startsWith('---\n') || text.startsWith('+++\n')) && unclosedFrontMatter(text) === undefined;
  let previousBlank = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const blank = line.trim() === '';
    const afterBlank = previousBlank;
    previousBlank = blank;
    if (inFrontMatter) {
      if (lineStart > 0 && /^(---|\+\+\+)\s*$/.test(line)) inFrontMatter = false;
      continue;
    }
    if (fence !== undefined) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (htmlEnd !== undefined) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      continue;
    }
    const canStart =
      lineStart - starts[starts.length - 1]! >= chunkChars &&
      (/^#{1,6}(\s|$)/.test(line) || (afterBlank && /^[^\s]/.test(line) && !/^([-*+]|\d{1,9}[.)])(\s|$)/.test(line)));
    if (canStart) starts.push(lineStart);
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = open[1]!;
      continue;
    }
    const html = /^ {0,3}<(!--|pre|script|style|textarea)/i.exec(line);
    if (html) {
      const closing = html[1] === '!--' ? /-->/ : new RegExp(`</${html[1]}>`, 'i');
      if (!closing.test(line.slice(html[0].length))) htmlEnd = closing;
    }
  }
  return starts;
}

/**
 * Columns of container markup at the start of a line: indentation, `>` and list markers (`-`, `*`, `+`,
 * `1.` followed by a space). A long rule of dashes is not nesting.
 */
function containerColumns(text: string, from: number, to: number): number {
  let columns = 0;
  let i = from;
  while (i < to && columns <= MAX_NESTING_COLUMNS) {
    const char = text[i]!;
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else if (char === '>') columns++;
    else {
      const marker = /^([-*+]|\d{1,9}[.)])[ \t]/.exec(text.slice(i, i + 11));
      if (!marker) break;
      columns += marker[1]!.length;
      i += marker[1]!.length;
      continue;
    }
    i++;
  }
  return columns;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

export function shiftPositions(tree: Root, offset: number, lines: number): void {
  const pending: Node[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const position = node.position;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    const children = (node as Parent).children;
    if (children) pushAll(pending, children);
  }
}
