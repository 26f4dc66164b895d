/**
 * Where a node is in the note's source (its offsets and line), and a block's indentation taken off its
 * lines, as backs are cut from the note as written.
 */
import type { Node } from 'mdast';

export function start(node: Node): number {
  return node.position?.start.offset ?? 0;
}

export function end(node: Node): number {
  return node.position?.end.offset ?? 0;
}

export function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

/** The patterns of dedent by indent, made once each rather than for every part of every back. */
const DEDENT_PATTERNS = new Map<number, RegExp>();

/**
 * Remove a block's indentation from its continuation lines (the first line starts at the block).
 * Leading tabs count to the next multiple of four columns, as in CommonMark.
 */
export function dedent(text: string, indent: number): string {
  if (indent <= 0 || !text.includes('\n')) return text; // no continuation line: nothing to remove
  let pattern = DEDENT_PATTERNS.get(indent);
  if (pattern === undefined) DEDENT_PATTERNS.set(indent, (pattern = new RegExp(`^ {0,${indent}}`)));
  return text
    .split('\n')
    .map((line, n) => (n === 0 ? line : expandLeadingTabs(line).replace(pattern, '')))
    .join('\n');
}

function expandLeadingTabs(line: string): string {
  const leading = /^[ \t]*/.exec(line)![0];
  if (!leading.includes('\t')) return line;
  let columns = 0;
  for (const char of leading) columns = char === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return ' '.repeat(columns) + line.slice(leading.length);
}
