/**
 * TeX math as Typora and Obsidian write it, `$O(\log n)$` and `$$…$$` blocks, for showing a card's
 * back (the Anki export and the review session) and a front in Anki, not for reading notes: the back is
 * cut from the note as written. Only a text holding `$` is parsed with it (see mayHoldMath), and its
 * syntax is loaded only then: whoever shows such a text awaits loadMathSyntax() first, and the parse
 * itself stays synchronous.
 *
 * A `$` before a price is no math: `$5 and $10`, `$0.023/GB` (AWS notes are full of them). As Pandoc
 * reads `$…$`, an opening `$` is followed by a non-space, a closing one follows a non-space and is not
 * followed by a digit; micromark-extension-math pairs dollars as it pairs code span backticks, so a
 * text is parsed again where it paired them otherwise (see parseWithMath).
 */
import type { InlineMath, Math } from 'mdast-util-math';
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import type { Processor } from 'unified';
import { replaceNodes } from './replace-nodes.js';

interface MathSyntax {
  micromark: ReturnType<typeof import('./math-syntax.js').math>;
  fromMarkdown: ReturnType<typeof import('./math-syntax.js').mathFromMarkdown>;
}

let syntax: MathSyntax | undefined;
/** Plain text with math, for a front (see inlineMathSpans). */
let frontParser: { parse(text: string): Root } | undefined;
let loading: Promise<void> | undefined;

/** Load the math syntax, once; resolved at once when it is loaded. */
export function loadMathSyntax(): Promise<void> {
  loading ??= (async () => {
    const { math, mathFromMarkdown, remarkParse, unified } = await import('./math-syntax.js');
    syntax = { micromark: math({ singleDollarTextMath: true }), fromMarkdown: mathFromMarkdown() };
    frontParser = unified().use(remarkParse).use(remarkMath).freeze();
  })();
  return loading;
}

export function mathSyntaxLoaded(): boolean {
  return syntax !== undefined;
}

/** The unified plugin; its syntax must be loaded (loadMathSyntax) before a processor using it parses. */
export default function remarkMath(this: Processor): void {
  const data = this.data();
  const loaded = syntax;
  // Processors are built on first use, after the load: unloaded here is a caller that skipped it.
  if (!loaded) throw new Error('TeX math syntax is not loaded: await loadMathSyntax() before parsing with it');
  (data.micromarkExtensions ??= []).push(loaded.micromark);
  (data.fromMarkdownExtensions ??= []).push(loaded.fromMarkdown);
}

export function mayHoldMath(markdown: string): boolean {
  return markdown.includes('$');
}

/**
 * `markdown` as `parse` (a parser using remarkMath) reads it, its `$…$` math as Pandoc reads it (see the
 * module comment). A pair the parser took for math that Pandoc would not (`$5 이고 수식은 $`) starts
 * with a `$` that opens no math, as Pandoc reads it: the text is parsed again with that `$` escaped, so
 * that the next `$` may open math (`가격은 $5 이고 수식은 $x$ 이다`: `$x$`). Positions are `markdown`'s.
 */
export function parseWithMath(parse: (text: string) => Root, markdown: string): Root {
  /** Offsets in `markdown` of each `$` escaped, ascending. */
  const escaped: number[] = [];
  let text = markdown;
  for (;;) {
    const tree = parse(text);
    const rejected = notPandocMath(tree, text);
    if (rejected.length === 0) {
      if (escaped.length > 0) unescapePositions(tree, markdown, escaped);
      return tree;
    }
    escaped.push(...rejected.map((offset) => markdownOffset(offset, escaped)));
    escaped.sort((a, b) => a - b);
    text = escaped.reduceRight((escaping, offset) => `${escaping.slice(0, offset)}\\${escaping.slice(offset)}`, markdown);
  }
}

/** Where the inline math spans of `tree` that Pandoc reads as no math start, in `text`. */
function notPandocMath(tree: Root, text: string): number[] {
  const starts: number[] = [];
  visitMath(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== 'inlineMath' || start === undefined || end === undefined) return node;
    const source = text.slice(start, end);
    if (source.startsWith('$$')) return node; // `$$x$$` inside a sentence: never a price
    const isMath = /^\$\S/.test(source) && /\S\$$/.test(source) && !/^\d/.test(text.slice(end));
    if (!isMath) starts.push(start);
    return node;
  });
  return starts;
}

/** The offset in the note of `offset` in its text with a backslash before each `escaped` offset. */
function markdownOffset(offset: number, escaped: readonly number[]): number {
  // The backslash escaping the n-th `$` (from 0) is at `escaped[n] + n` of the text.
  return offset - escaped.filter((at, n) => at + n < offset).length;
}

/** Positions in the text with escapes, as positions in `markdown` (the escapes add no line). */
function unescapePositions(tree: Root, markdown: string, escaped: readonly number[]): void {
  const lineOf = (offset: number) => markdown.slice(0, offset).split('\n').length;
  const escapeLines = escaped.map(lineOf);
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (point.offset === undefined) continue;
      const at = point.offset;
      point.column -= escaped.filter((offset, n) => offset + n < at && escapeLines[n] === point.line).length;
      point.offset = markdownOffset(at, escaped);
    }
    if ('children' in node) pending.push(...(node.children as Nodes[]));
  }
}

/**
 * Math as Anki's MathJax reads it: `\(…\)` inline and `\[…\]` for a block, as text, on one line (see
 * texOnOneLine).
 */
export function mathAsMathJax(tree: Root): void {
  visitMath(tree, (node) => {
    if (node.type === 'inlineMath') return { type: 'text', value: `\\(${texOnOneLine(node.value)}\\)` } satisfies Text;
    return { type: 'paragraph', children: [{ type: 'text', value: `\\[${texOnOneLine(node.value)}\\]` }] } satisfies Paragraph;
  });
}

/**
 * TeX's lines joined by spaces: a field's line breaks are `<br>`, which MathJax would not read as TeX.
 * A `%` comment goes with its line's end, which ended it (`\%` is a percent sign): on one line, it would
 * comment out all that follows.
 */
export function texOnOneLine(tex: string): string {
  return tex
    .split('\n')
    .map((line) => line.replace(/(?<!\\)((?:\\\\)*)%.*$/, '$1').trim())
    .filter(Boolean)
    .join(' ');
}

/** Where plain text (a card's front) holds inline math, read as a back's is: `$O(n)$`, not `$5와 $10`. */
export interface MathSpan {
  start: number;
  end: number;
  tex: string;
}

/** The math spans of `text`; a text holding `$` needs the syntax loaded (loadMathSyntax). */
export function inlineMathSpans(text: string): MathSpan[] {
  if (!mayHoldMath(text)) return [];
  if (!frontParser) throw new Error('TeX math syntax is not loaded: await loadMathSyntax() before reading a front holding `$`');
  const parser = frontParser;
  const tree = parseWithMath((source) => parser.parse(source), text);
  const spans: MathSpan[] = [];
  visitMath(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'inlineMath' && start !== undefined && end !== undefined) spans.push({ start, end, tex: node.value });
    return node;
  });
  return spans.sort((a, b) => a.start - b.start);
}

/** Replace each math node (inline or block) by what `replace` gives. */
function visitMath(tree: Root, replace: (node: InlineMath | Math) => Nodes): void {
  replaceNodes(tree, (node) => (node.type === 'inlineMath' || node.type === 'math' ? replace(node) : undefined));
}
