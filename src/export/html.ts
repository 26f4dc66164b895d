/**
 * Card Markdown → the HTML of an Anki field, through the unified ecosystem:
 * remark-parse → remark-rehype → rehype-sanitize → rehype-stringify.
 *
 * Anki's rules (see README, "Anki export") shape three steps of our own:
 * - raw HTML written in a note is shown as text (a `<script>` in a note appears as text on the card);
 *   only `<br>` and `<img>`, which notes use for layout, are kept as elements;
 * - a link to a heading of the note (`#…`) or to a file by its path (`./동기화.md`) is its text: a card has
 *   no such heading, and Anki no such file;
 * - images point at flat media names, or become a visible placeholder naming the file when it is missing;
 * - no raw newline is left in a field: line breaks become `<br>`, also inside code blocks;
 * - TeX math (`$…$`, `$$…$$`) becomes `\(…\)` and `\[…\]`, which Anki's MathJax shows.
 */
import { dropDefinitions, mayHoldDefinitions, resolveReferences } from '../notes/link-references.js';
import { embedImages, mayHoldEmbeds } from '../notes/obsidian-embeds.js';
import { mayHoldObsidianMarkup, readObsidianMarkup } from '../notes/obsidian-markup.js';
import { asidesAsQuotes, mayHoldAside } from '../notes/notion-aside.js';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Html, Image, Link, Nodes as MdastNodes, PhrasingContent, Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype, { defaultHandlers, type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { aroundImage, htmlPieces, IMG_TAG, imgTags, missingImageText, pairedStyleTags, textStyleTag } from '../cards/html-markup.js';
import { pushAll } from '../util/arrays.js';
import remarkGfmTable from '../notes/remark-gfm-table.js';
import remarkStrikethrough from '../notes/remark-strikethrough.js';
import remarkMath, { mathAsMathJax, mayHoldMath, parseWithMath } from '../notes/remark-math.js';
import { escapeHtml, plainParagraphsHtml, type MediaResolver } from './plain-html.js';

export { escapeHtml, plainParagraphsHtml, textToFieldHtml, type MediaResolver } from './plain-html.js';

/** Raw HTML from a note, as cards/html-markup.ts says it is shown: images, line breaks and text. */
const handlers: RemarkRehypeOptions['handlers'] = {
  html(_state, node: Html, parent): ElementContent[] {
    const siblings = parent && 'children' in parent ? (parent.children as { type: string; value?: string }[]) : [];
    const layout = parent === undefined || BLOCK_PARENTS.has(parent.type) || aroundImage(node.value, siblings);
    return htmlPieces(node.value, layout).map((piece): ElementContent => {
      if (piece.kind === 'break') return { type: 'element', tagName: 'br', properties: {}, children: [] };
      if (piece.kind === 'image') {
        const { src, alt, width, height } = piece.img;
        return { type: 'element', tagName: 'img', properties: { src, alt, ...(width ? { width } : {}), ...(height ? { height } : {}) }, children: [] };
      }
      return { type: 'text', value: piece.text };
    });
  },
  // `[페이지](#paging)` leads to a heading of the note, which no card has, and `[동기화 노트](./동기화.md)` or
  // `[[동기화]]` to a note beside it, which Anki does not have: dead links, so their text alone (an image inside stays).
  link(state, node: Link): ElementContent | ElementContent[] {
    return node.data?.wikilink || leadsOffTheCard(node.url) ? state.all(node) : defaultHandlers.link(state, node);
  },
};

/**
 * A link that leads nowhere from a card: to a heading of the note (`#…`), or to a file by its path
 * (`./동기화.md`, `../os/README.md`, `/docs/a.md`), with no scheme (`https:`, `mailto:`) or host (`//…`).
 */
export function leadsOffTheCard(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim());
}

/** Nodes whose raw HTML children are blocks of their own, not tags inside a sentence. */
const BLOCK_PARENTS: ReadonlySet<string> = new Set(['root', 'blockquote', 'listItem']);

const schema = { ...defaultSchema, clobberPrefix: '', tagNames: [...(defaultSchema.tagNames ?? []), 'u', 'mark'] };

/** Nodes whose children are text and inline markup. */
const PHRASING_PARENTS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * `x<sup>2</sup>`, `<u>중요</u>`: a style tag and the tag closing it, among one paragraph's nodes, wrap
 * what is between them as that element (see TEXT_STYLE_TAGS); other raw HTML stays text.
 */
function styleTagsAsElements(tree: MdastRoot): void {
  const pending: MdastNodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as MdastNodes[];
    // Only inside a paragraph's text (or a heading's, a cell's): tags around whole blocks stay text.
    const pairs = PHRASING_PARENTS.has(node.type) ? pairedStyleTags(children as { type: string; value?: string }[]) : new Map<number, number>();
    if (pairs.size === 0) {
      pushAll(pending, children);
      continue;
    }
    const wrapped: MdastNodes[] = [];
    for (let n = 0; n < children.length; n++) {
      const close = pairs.get(n);
      if (close === undefined) {
        wrapped.push(children[n]!);
        pending.push(children[n]!);
        continue;
      }
      const name = textStyleTag((children[n] as Html).value)!.name;
      // Any phrasing node will do: remark-rehype makes it the element `data.hName` names.
      const element = { type: 'emphasis', data: { hName: name }, children: children.slice(n + 1, close) } as unknown as MdastNodes;
      wrapped.push(element);
      pending.push(element);
      n = close;
    }
    (node as { children: MdastNodes[] }).children = wrapped;
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfmTable)
  .use(remarkStrikethrough)
  .use(remarkRehype, { handlers })
  .use(rehypeSanitize, schema)
  // Raw HTML only as pushEscapingGreaterThan makes it: a note's own raw HTML is text by then.
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true }, allowDangerousHtml: true })
  .freeze();

/**
 * A back holding `$` is read with TeX math too (see remark-math.ts), built the first time one is: its
 * syntax is loaded (loadMathSyntax) by the export only when some card holds `$`.
 */
let withMath: typeof processor | undefined;

export interface FieldHtml {
  html: string;
  /** Image sources as written in the Markdown, in order. */
  images: string[];
}

export function markdownToFieldHtml(markdown: string, resolveMedia: MediaResolver): FieldHtml {
  const plain = plainParagraphsHtml(markdown);
  return plain !== undefined ? { html: plain, images: [] } : parsedFieldHtml(markdown, resolveMedia);
}

/** The full pipeline, for any Markdown. */
export function parsedFieldHtml(markdown: string, resolveMedia: MediaResolver): FieldHtml {
  const math = mayHoldMath(markdown);
  const parser = math ? (withMath ??= processor().use(remarkMath).freeze()) : processor;
  const parse = (text: string): MdastRoot => (math ? parseWithMath((source) => parser.parse(source), text) : parser.parse(text));
  const mdast = parse(markdown);
  // Notion's `<aside>` callout, as the note's parse reads it; its text read as the rest (math, `~~`), and
  // first, so that the passes below read it too.
  if (mayHoldAside(markdown)) asidesAsQuotes(mdast, parse);
  if (mayHoldEmbeds(markdown)) embedImages(mdast, markdown); // `![[구성도.png]]`, as the note's parse reads it
  if (mayHoldObsidianMarkup(markdown)) readObsidianMarkup(mdast); // `==신뢰성==` as `<mark>`, `[[TCP]]` its text
  if (mayHoldDefinitions(markdown)) {
    resolveReferences(mdast); // `![구성도][arch]`, its definition appended to the back
    dropDefinitions(mdast);
  }
  // `$O(\log n)$` as `\(O(\log n)\)`, which Anki's MathJax shows. Last: until then the math is a node of
  // its own, which the passes above never read (`$a==b$` holds no highlight, `$x_{[[1]]}$` no wikilink).
  if (math) mathAsMathJax(mdast);
  if (markdown.includes('<')) styleTagsAsElements(mdast);
  const images = rewriteImages(mdast, resolveMedia);
  const hast = processor.runSync(mdast) as HastRoot;
  removeNewlines(hast);
  return { html: processor.stringify(hast), images };
}

/** Point images at their media names; a missing image becomes a visible `[그림 없음: 구성도 · ./image/az.png]`. */
function rewriteImages(tree: MdastRoot, resolveMedia: MediaResolver): string[] {
  const images: string[] = [];
  const pending: MdastNodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('children' in node)) continue;
    node.children.forEach((child, n) => {
      if (child.type === 'image') {
        images.push(child.url);
        const name = resolveMedia(child.url);
        if (name !== undefined) (child as Image).url = name;
        else (node.children as PhrasingContent[])[n] = { type: 'text', value: missingImageText(child.alt, child.url) }; // an image's parent holds phrasing content
      } else if (child.type === 'html') {
        // Rewrite each <img> in place: a flat media name, or a visible placeholder.
        child.value = child.value.replace(new RegExp(IMG_TAG, 'gi'), (tag) => {
          const [img] = imgTags(tag);
          if (!img) return tag;
          images.push(img.src);
          const name = resolveMedia(img.src);
          const size = `${img.width ? ` width="${img.width}"` : ''}${img.height ? ` height="${img.height}"` : ''}`;
          return name !== undefined ? `<img src="${escapeHtml(name)}" alt="${escapeHtml(img.alt)}"${size}>` : missingImageText(img.alt, img.src);
        });
      } else {
        pending.push(child);
      }
    });
  }
  return images;
}

/**
 * No raw newline may stay in a field: Anki's legacy importer would cut the row at it, and in HTML it
 * renders as a space. Newlines between blocks go; inside text and code they become `<br>`.
 */
function removeNewlines(tree: HastRoot | Element, inPre = false): void {
  const children: (HastRoot | Element)['children'] = [];
  tree.children.forEach((child, n) => {
    if (child.type === 'element') {
      removeNewlines(child, inPre || child.tagName === 'pre');
      children.push(child);
    } else if (child.type === 'text') {
      // Between blocks a newline goes; between two inline elements (`**A**⏎**B**`) it is a line break.
      if (!inPre && /^\s*$/.test(child.value) && child.value.includes('\n')) {
        let last = children.length - 1;
        while (children[last]?.type === 'text' && /^\s*$/.test((children[last] as Text).value)) last--;
        const previous = children[last];
        const afterBreak = previous?.type === 'element' && previous.tagName === 'br';
        if (!afterBreak && betweenInlines(tree.children, n)) children.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
        return;
      }
      const value = inPre ? child.value.replace(/\n$/, '') : child.value;
      value.split(/\r?\n/).forEach((line, n) => {
        if (n > 0) children.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
        if (line) pushEscapingGreaterThan(children, line);
      });
    } else {
      children.push(child as ElementContent);
    }
  });
  tree.children = children as typeof tree.children;
}

/**
 * Text, with each `>` as `&gt;`: Anki's importer rules ask for `&`, `<` and `>` escaped in text and
 * code, and rehype-stringify escapes only the first two. The reference is written as raw HTML, made
 * here after rehype-sanitize, and is the only raw HTML a field has.
 */
function pushEscapingGreaterThan(children: (HastRoot | Element)['children'], text: string): void {
  text.split('>').forEach((part, n) => {
    if (n > 0) children.push({ type: 'raw', value: '&gt;' } as unknown as ElementContent);
    if (part) children.push({ type: 'text', value: part } satisfies Text);
  });
}

const BLOCK_TAGS: ReadonlySet<string> = new Set(
  'address article aside blockquote details dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/** Whether the nodes on both sides of `index` are inline: text, or an element that is neither a block nor a `<br>`. */
function betweenInlines(nodes: readonly (HastRoot | Element)['children'][number][], index: number): boolean {
  const inline = (node: (typeof nodes)[number] | undefined): boolean =>
    node !== undefined && (node.type === 'text' || (node.type === 'element' && node.tagName !== 'br' && !BLOCK_TAGS.has(node.tagName)));
  const blank = (node: (typeof nodes)[number] | undefined): boolean => node?.type === 'text' && /^\s*$/.test(node.value);
  let before = index - 1;
  while (blank(nodes[before])) before--;
  let after = index + 1;
  while (blank(nodes[after])) after++;
  return inline(nodes[before]) && inline(nodes[after]);
}
