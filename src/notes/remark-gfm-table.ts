/**
 * GFM tables and nothing else of GFM. remark-gfm also brings autolink literals, whose tree walk over
 * every text node costs more than the tables themselves, and amgi's cards need only the tables.
 * Wiring as in remark-gfm: register the micromark syntax and the mdast builder on the processor.
 *
 * The mdast builder is that of mdast-util-gfm-table, written out here: that package also holds the
 * Markdown writer for tables, whose imports (mdast-util-to-markdown and more, ~80 modules) took a third
 * of the parser's loading time, paid by every build that parses a note and by each of its workers.
 */
import type { InlineCode } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Inside a table, where `\|` in code stands for a pipe. */
    inTable?: boolean | undefined;
  }
}

export default function remarkGfmTable(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/** As mdast-util-gfm-table 2.0's `gfmTableFromMarkdown`: the same nodes, in the same shape. */
export function gfmTableFromMarkdown(): Extension {
  return {
    enter: { table: enterTable, tableData: enterCell, tableHeader: enterCell, tableRow: enterRow },
    exit: { codeText: exitCodeText, table: exitTable, tableData: exit, tableHeader: exit, tableRow: exit },
  };
}

function enterTable(this: CompileContext, token: Token): void {
  const align = (token._align ?? []).map((value) => (value === 'none' ? null : value));
  // `position` is set by enter(); listing it here keeps the node's shape stable, as the package does.
  this.enter({ type: 'table', align, children: [], position: undefined }, token);
  this.data.inTable = true;
}

function exitTable(this: CompileContext, token: Token): void {
  this.exit(token);
  this.data.inTable = undefined;
}

function enterRow(this: CompileContext, token: Token): void {
  this.enter({ type: 'tableRow', children: [], position: undefined }, token);
}

function enterCell(this: CompileContext, token: Token): void {
  this.enter({ type: 'tableCell', children: [], position: undefined }, token);
}

function exit(this: CompileContext, token: Token): void {
  this.exit(token);
}

/** Code in a table cell: `\|` is a pipe (a backslash before anything else stays). */
function exitCodeText(this: CompileContext, token: Token): void {
  let value = this.resume();
  if (this.data.inTable) value = value.replace(/\\([\\|])/g, (whole, escaped: string) => (escaped === '|' ? escaped : whole));
  (this.stack[this.stack.length - 1] as InlineCode).value = value;
  this.exit(token);
}
