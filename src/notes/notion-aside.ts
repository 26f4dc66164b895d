/**
 * Notion's callout, exported to Markdown as `<aside>` around its text (`<aside>⏎💡 VPC는 …⏎</aside>`):
 * read as the quote `> 💡 VPC는 …` it stands for, so that it is a callout like any other, and no
 * literal tags reach a card. Its text is Markdown (Notion writes `**굵게**` there), read by the parser
 * that read the rest: the note's, or a back's in the export and review session (with math and `~~`).
 */
import type { Blockquote, Nodes, Root, RootContent } from 'mdast';
import { shiftPositions } from './parse-note.js';

export function mayHoldAside(text: string): boolean {
  return /<aside[\s>]/i.test(text);
}

/** An HTML block that is one `<aside>` and its text, the closing tag at its end. */
const ASIDE_BLOCK = /^<aside\s*>[ \t]*\n?([^]*?)\n?[ \t]*<\/aside\s*>[ \t]*$/i;

/** Each `<aside>…</aside>` block of the tree as a blockquote of its text as `parse` reads it, in place. */
export function asidesAsQuotes(tree: Root, parse: (markdown: string) => Root): void {
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    children.forEach((child, n) => {
      const inner = child.type === 'html' ? ASIDE_BLOCK.exec(child.value) : null;
      if (child.type !== 'html' || !inner || child.position?.start.offset === undefined) {
        pending.push(child);
        return;
      }
      const text = inner[1]!;
      const innerStart = child.value.indexOf(text, inner[0].indexOf('>') + 1);
      const body = parse(text);
      // Positions in the note: the text starts `innerStart` characters into the block.
      const before = child.value.slice(0, innerStart);
      shiftPositions(body, child.position.start.offset + innerStart, child.position.start.line - 1 + (before.match(/\n/g)?.length ?? 0));
      const quote: Blockquote = { type: 'blockquote', children: body.children as Blockquote['children'], position: child.position };
      children[n] = quote as RootContent as Nodes;
    });
  }
}
