/**
 * TeX math as Typora and Obsidian write it, `$O(\log n)$` and `$$…$$` blocks, for showing a card's
 * back (the Anki export and the review session) and a front in Anki, not for reading notes: the back is
 * cut from the note as written. Only a text holding `$` is parsed with it (see mayHoldMath), and its
 * syntax is loaded only then: whoever shows such a text awaits loadMathSyntax() first, and the parse
 * itself stays synchronous.
 *
 * A `$` before a price is no math: `$5 and $10`, `$0.023/GB` (AWS notes are full of them). As Pandoc
 * reads `$…$`, an opening `$` is followed by a non-space, a closing one follows a non-space and is not
 * followed by a digit; micromark-extension-math pairs dollars as it pairs code span backticks, so such
 * pairs are turned back into their text (see pricesAsText).
 */
import type { InlineMath, Math } from 'mdast-util-math';
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import type { Processor } from 'unified';

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

/** Each `$5 and $` the parser took for math, back to the text it is (see the module comment). */
export function pricesAsText(tree: Root, markdown: string): void {
  visitMath(tree, (node) => {
    if (node.type !== 'inlineMath') return node;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return node;
    const source = markdown.slice(start, end);
    if (source.startsWith('$$')) return node; // `$$x$$` inside a sentence: never a price
    const isMath = /^\$\S/.test(source) && /\S\$$/.test(source) && !/^\d/.test(markdown.slice(end));
    return isMath ? node : ({ type: 'text', value: source, position: node.position } satisfies Text);
  });
}

/**
 * Math as Anki's MathJax reads it: `\(…\)` inline and `\[…\]` for a block, as text. A block's lines are
 * joined by spaces: Anki shows a field's line breaks as `<br>`, which MathJax would not read as TeX.
 */
export function mathAsMathJax(tree: Root): void {
  visitMath(tree, (node) => {
    if (node.type === 'inlineMath') return { type: 'text', value: `\\(${node.value}\\)` } satisfies Text;
    const display = node.value.split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
    return { type: 'paragraph', children: [{ type: 'text', value: `\\[${display}\\]` }] } satisfies Paragraph;
  });
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
  const tree = frontParser.parse(text);
  pricesAsText(tree, text);
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
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    children.forEach((child, n) => {
      if (child.type === 'inlineMath' || child.type === 'math') children[n] = replace(child);
      else pending.push(child);
    });
  }
}
