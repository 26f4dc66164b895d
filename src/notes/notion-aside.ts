/**
 * Notion's callout, exported to Markdown as `<aside>` around its text (`<aside>⏎💡 VPC는 …⏎</aside>`):
 * read as the quote `> 💡 VPC는 …` it stands for, so that it is a callout like any other, and no
 * literal tags reach a card. Its text is Markdown (Notion writes `**굵게**` there), read by the parser
 * that read the rest: the note's, or a back's in the export and review session (with math and `~~`).
 */
import type { Blockquote, Nodes, Root, RootContent } from 'mdast';
import { shiftPositions } from './parse-note.js';
import { replaceNodes } from './replace-nodes.js';

export function mayHoldAside(text: string): boolean {
  return /<aside[\s>]/i.test(text);
}

/**
 * The text of an HTML block that is one `<aside>` and its text, the closing tag at its end, with where
 * it starts in the block; undefined for any other block. The tags are matched apart and the text
 * sliced between them, as one pattern around a lazy text would try every split of a long blank run.
 */
function asideText(block: string): { text: string; start: number } | undefined {
  const open = /^<aside\s*>/i.exec(block);
  const close = open ? /<\/aside\s*>[ \t]*$/i.exec(block) : null;
  if (!open || !close || close.index < open[0].length) return undefined;
  let start = open[0].length;
  let end = close.index;
  // The blanks, then one line break, after the opening tag; one line break, then the blanks, before the closing one.
  while (start < end && (block[start] === ' ' || block[start] === '\t')) start++;
  if (block[start] === '\n' && start < end) start++;
  while (end > start && (block[end - 1] === ' ' || block[end - 1] === '\t')) end--;
  if (block[end - 1] === '\n' && end > start) end--;
  return { text: block.slice(start, end), start };
}

/** Each `<aside>…</aside>` block of the tree as a blockquote of its text as `parse` reads it, in place. */
export function asidesAsQuotes(tree: Root, parse: (markdown: string) => Root): void {
  replaceNodes(tree, (child) => {
    const inner = child.type === 'html' ? asideText(child.value) : undefined;
    if (child.type !== 'html' || !inner || child.position?.start.offset === undefined) return undefined;
    const { text, start: innerStart } = inner;
    const body = parse(text);
    // Positions in the note: the text starts `innerStart` characters into the block.
    const before = child.value.slice(0, innerStart);
    shiftPositions(body, child.position.start.offset + innerStart, child.position.start.line - 1 + (before.match(/\n/g)?.length ?? 0));
    const quote: Blockquote = { type: 'blockquote', children: body.children as Blockquote['children'], position: child.position };
    return quote as RootContent as Nodes;
  });
}
