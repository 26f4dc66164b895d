/**
 * A card's Markdown back, drawn for a terminal: lists, emphasis, code, tables and quotes keep their
 * shape; lines wrap to the width with Hangul counted as two columns; images become a named placeholder.
 */
import type { List, Nodes, PhrasingContent, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Colors } from 'picocolors/types.js';
import { aroundImage, htmlPieces, imageLabel, imgTags, missingImageText, pairedStyleTags, textStyleTag } from '../cards/html-markup.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { dropDefinitions, mayHoldDefinitions, resolveReferences } from '../notes/link-references.js';
import { embedImages, mayHoldEmbeds } from '../notes/obsidian-embeds.js';
import { isHighlight, mayHoldObsidianMarkup, readObsidianMarkup } from '../notes/obsidian-markup.js';
import { asidesAsQuotes, mayHoldAside } from '../notes/notion-aside.js';
import type { ImageProblem } from '../notes/image-files.js';
import { parseMarkdown } from '../notes/parse-note.js';
import remarkGfmTable from '../notes/remark-gfm-table.js';
import remarkStrikethrough from '../notes/remark-strikethrough.js';
import remarkMath, { mathSyntaxLoaded, mayHoldMath, parseWithMath } from '../notes/remark-math.js';
import { wrap } from './wrap.js';
import { pushAll } from '../util/arrays.js';
import { displayWidth, padEndToWidth, repeatToWidth } from '../util/columns.js';

/** The narrowest a nested list or quote is drawn with its markers; deeper, its text goes without them. */
const MIN_NESTED_WIDTH = 8;

/** What a quote's lines begin with: three columns where ambiguous characters are drawn wide. */
const QUOTE_BAR = '▎ ';

/** Colours, and why an image cannot be shown (no file, or a file that is no image), as `o` and build say it. */
type Painter = Colors & { imageProblem?: (src: string) => ImageProblem | undefined };

/**
 * A back with `~~취소선~~` is read with strikethrough too (see remark-strikethrough.ts), one with `$` with
 * TeX math (remark-math.ts) once the session has loaded its syntax (it does for a card holding `$`);
 * others as notes are.
 */
const withStrikethrough = unified().use(remarkParse).use(remarkGfmTable).use(remarkStrikethrough).freeze();
let withMath: typeof withStrikethrough | undefined;

export function renderMarkdown(markdown: string, width: number, colors: Colors, imageProblem?: (src: string) => ImageProblem | undefined): string[] {
  const math = mayHoldMath(markdown) && mathSyntaxLoaded();
  const ownParse = math || markdown.includes('~~');
  let tree: Root;
  if (ownParse) {
    const parser = math ? (withMath ??= withStrikethrough().use(remarkMath).freeze()) : withStrikethrough;
    const parse = (text: string): Root => (math ? parseWithMath((source) => parser.parse(source), text) : parser.parse(text));
    tree = parse(markdown);
    // What parseMarkdown does; an `<aside>`'s text first, read as the rest, so that the others read it too.
    if (mayHoldAside(markdown)) asidesAsQuotes(tree, parse);
    if (mayHoldEmbeds(markdown)) embedImages(tree, markdown);
    if (mayHoldObsidianMarkup(markdown)) readObsidianMarkup(tree);
    if (mayHoldDefinitions(markdown)) resolveReferences(tree);
  } else {
    tree = parseMarkdown(markdown);
  }
  // As in Anki fields: a numbered item that held only a definition is no number of its own.
  if (mayHoldDefinitions(markdown)) dropDefinitions(tree);
  return blocks(tree.children, Math.max(20, width), { ...colors, imageProblem });
}

/** The images a card's Markdown shows, in order, as written: `![…](src)` and `<img src>`. */
export function imageSources(markdown: string): string[] {
  const sources: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'image') sources.push(node.url);
    else if (node.type === 'html') for (const img of imgTags(node.value)) sources.push(img.src);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(parseMarkdown(markdown) as Root);
  return [...new Set(sources)];
}

function blocks(nodes: readonly Nodes[], width: number, c: Painter): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'definition') continue; // `[arch]: ./arch.png` shows nothing; its images and links do
    const lines = block(node, width, c);
    if (lines.length === 0) continue; // a quote that held only a definition: no blank line for it
    if (out.length > 0 && node.type !== 'listItem') out.push('');
    pushAll(out, lines);
  }
  return out;
}

function block(node: Nodes, width: number, c: Painter): string[] {
  switch (node.type) {
    case 'paragraph':
      return wrap(inline(node.children, c), width);
    case 'heading':
      return wrap(c.bold(inline(node.children, c)), width);
    case 'list':
      return list(node, width, c);
    case 'code': {
      // A code line too long for the screen goes on after `↳`, so that it does not look like the next line. (`↪` is an emoji to string-width, two columns, where terminals draw one.)
      const bar = c.dim('│ ');
      const more = c.dim('↳ ');
      return node.value.split('\n').flatMap((line) => wrap(c.cyan(line), width, bar).map((row, k) => (k === 0 ? row : more + row.slice(bar.length))));
    }
    case 'math':
      // TeX is shown as written, as in the note: a terminal cannot typeset it.
      return [c.dim('$$'), ...node.value.split('\n').flatMap((line) => wrap(c.cyan(line), width)), c.dim('$$')];
    case 'blockquote':
      // Nested too deep for the screen, a quote is drawn without its bar rather than wider than the screen.
      if (width - displayWidth(QUOTE_BAR) < MIN_NESTED_WIDTH) return blocks(node.children, width, c);
      return blocks(node.children, width - displayWidth(QUOTE_BAR), c).map((line) => `${c.dim(QUOTE_BAR)}${line}`);
    case 'table':
      return table(node, width, c);
    case 'thematicBreak':
      return [c.dim(repeatToWidth('─', Math.min(width, 40)))];
    case 'html':
      return wrap(htmlText(node.value, c, true), width);
    default:
      return 'children' in node ? blocks(node.children as Nodes[], width, c) : wrap(toString(node), width);
  }
}

function list(node: List, width: number, c: Painter): string[] {
  const out: string[] = [];
  node.children.forEach((item, n) => {
    const marker = node.ordered ? `${(node.start ?? 1) + n}. ` : '• ';
    const pad = ' '.repeat(displayWidth(marker));
    if (width - pad.length < MIN_NESTED_WIDTH) {
      // Nested too deep for the screen: the items' text at the width left, without markers or indentation.
      pushAll(out, blocks(item.children, width, c).filter((line) => line !== ''));
      return;
    }
    const inner = blocks(item.children, width - pad.length, c);
    const lines = node.spread ? inner : inner.filter((line) => line !== ''); // a tight list has no blank lines
    lines.forEach((line, k) => out.push((k === 0 ? c.dim(marker) : pad) + line));
  });
  return out;
}

function table(node: Table, width: number, c: Painter): string[] {
  const rows = node.children.map((row) => row.children.map((cell) => inline(cell.children, c)));
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, k) => Math.max(...rows.map((row) => displayWidth(row[k] ?? ''))));
  const separator = ' │ ';
  const total = widths.reduce((sum, w) => sum + w, 0) + displayWidth(separator) * (columns - 1);
  if (total > width) {
    // Too wide for the terminal: one block per row, its first cell as its title and the others under
    // it as `header: value` lines (`배치 방식` over `  Cluster: 한 AZ 안에`). A value that wraps goes on
    // indented under it, so that its next row is not read as a line of its own.
    const [header = [], ...body] = rows;
    return body.flatMap((row, n) => [
      ...(n > 0 ? [''] : []),
      ...wrap(c.bold(row[0] ?? ''), width),
      ...row.slice(1).flatMap((cell, k) => wrap(`${c.dim(`${header[k + 1] ?? ''}:`)} ${cell}`, width - 4).map((line, r) => `${r === 0 ? '  ' : '    '}${line.trimEnd()}`)),
    ]);
  }
  const line = (row: string[]) => row.map((cell, k) => cell + ' '.repeat(widths[k]! - displayWidth(cell))).join(c.dim(separator)).trimEnd();
  // Rules as wide as the cells and separators they underline: `─` and `┼` are two columns where ambiguous characters are drawn wide.
  const rule = (columns: number) => padEndToWidth(repeatToWidth('─', columns), columns);
  const side = Math.max(0, (displayWidth(separator) - displayWidth('┼')) / 2);
  const [header, ...body] = rows;
  return [c.bold(line(header ?? [])), c.dim(widths.map(rule).join(`${rule(Math.floor(side))}┼${rule(Math.ceil(side))}`)), ...body.map(line)];
}

function inline(nodes: readonly PhrasingContent[], c: Painter): string {
  // Paired style tags (`x<sup>2</sup>`) are drawn as their text: `^` before a superscript, `_` before a subscript.
  const pairs = nodes.some((node) => node.type === 'html') ? pairedStyleTags(nodes) : undefined;
  const closing = new Set(pairs?.values());
  return nodes
    .map((node, n): string => {
      if (pairs?.has(n)) {
        const name = textStyleTag((node as { value: string }).value)!.name;
        return name === 'sup' ? '^' : name === 'sub' ? '_' : '';
      }
      if (closing.has(n)) return '';
      switch (node.type) {
        case 'text':
          return node.value;
        case 'strong':
          return c.bold(inline(node.children, c));
        case 'delete':
          return c.strikethrough(inline(node.children, c));
        case 'emphasis':
          // `==신뢰성==` drawn as a highlighter marks it: reversed, whatever the terminal's colours.
          return isHighlight(node) ? c.inverse(inline(node.children, c)) : c.italic(inline(node.children, c));
        case 'inlineCode':
          return c.cyan(node.value);
        case 'inlineMath':
          return c.cyan(`$${node.value}$`);
        case 'break':
          return '\n';
        case 'link':
          // `[[TCP]]` leads to another note of the vault: its text, as `o` could not follow it.
          if (node.data?.wikilink) return inline(node.children, c);
          return `${c.underline(inline(node.children, c))}${node.url.startsWith('#') ? '' : c.dim(` (${node.url})`)}`;
        case 'image':
          return c.magenta(imagePlaceholder(node.alt, node.url, c));
        case 'html':
          return htmlText(node.value, c, aroundImage(node.value, nodes));
        default:
          return toString(node);
      }
    })
    .join('');
}

/** Raw HTML in a note, as the Anki export shows it (cards/html-markup.ts): images as named placeholders, `<br>` a line break. */
function htmlText(html: string, c: Painter, layout: boolean): string {
  return htmlPieces(html, layout)
    .map((piece) => (piece.kind === 'break' ? '\n' : piece.kind === 'image' ? c.magenta(imagePlaceholder(piece.img.alt, piece.img.src, c)) : piece.text))
    .join('');
}

/** An image in the terminal: its description and where the file is, to open it beside the session; or that it has none. */
function imagePlaceholder(alt: string | null | undefined, src: string, c: Painter): string {
  const problem = c.imageProblem?.(src);
  if (problem === 'missing') return missingImageText(alt, src);
  if (problem === 'not-an-image') return `[그림 파일 아님: ${imageLabel(alt, src)}]`;
  return `[그림: ${imageLabel(alt, src)}]`;
}
