/**
 * GFM tables and nothing else of GFM. remark-gfm also brings autolink literals, whose tree walk over
 * every text node costs more than the tables themselves, and amgi's cards need only the tables.
 * Wiring as in remark-gfm: register the micromark syntax and the mdast builder on the processor.
 */
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

export default function remarkGfmTable(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
