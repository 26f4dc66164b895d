/**
 * Field HTML without the Markdown parser: plain text, and Markdown that is only plain paragraphs,
 * tight lists, quotes of plain paragraphs and fenced code. Exactly what html.ts's pipeline gives for the same text (the tests
 * compare the two on every card of source-notes/ and the shared corpus), without loading unified
 * (about 0.2 s) or parsing: most backs are such text, and parsing dominated the export of large decks.
 */

/** Where an image of the note is in the export, or undefined when the file is missing. */
export type MediaResolver = (src: string) => string | undefined;

/**
 * Characters and line starts that can make Markdown out of plain text, need escaping in HTML, or are
 * changed by the parser (NUL, a BOM); and any white space at a line's start or end (the parser trims
 * it, Unicode spaces included). `==` may open a highlight, `$` TeX math. A line starting with `:` can be a one-column table's delimiter row.
 */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>!#|~&$\t\0\uFEFF\f\v]|==|\r(?!\n)|^[\s\-+=>:]|^\d{1,9}[.)]|\s\r?$/m;

/** An opening code fence at the line's start: backticks and at most a plain language name. */
const FENCE = /^(`{3,})([\w+#.-]*)$/;
/** A line that can close a fence (if long enough): up to 3 spaces, backticks, spaces or tabs. */
const CLOSING_FENCE = /^ {0,3}(`{3,})[ \t]*$/;
/** In code, what the parser may change (NUL, a BOM, tabs, other white space) is left to it. */
const CODE_UNSAFE = /[\t\0\uFEFF\f\v]/;

/**
 * The HTML of text made only of plain paragraphs, tight `- ` lists of plain items and fenced code
 * blocks: one `<p>` per paragraph with soft breaks as `<br>`, one `<ul>` per list, one `<pre><code>`
 * per code block with its lines joined by `<br>`. Undefined when anything could be read as other
 * syntax; two lists in a row are left to the parser too (a blank line between items makes one loose
 * list), and so are code blocks that are indented, not closed, or in text with carriage returns.
 */
export function plainParagraphsHtml(markdown: string): string | undefined {
  // Most backs are one paragraph of one line: one test and no splitting.
  if (!markdown.includes('\n') && !markdown.startsWith('- ') && !markdown.startsWith('> ')) return MARKDOWN_SYNTAX.test(markdown) ? undefined : markdown === '' ? '' : `<p>${markdown}</p>`;
  const lines = markdown.split(/\r?\n/);
  let html = '';
  let previousWasList = false;
  let n = 0;
  while (n < lines.length) {
    if (lines[n] === '') {
      n++;
      continue;
    }
    const fence = FENCE.exec(lines[n]!);
    if (fence) {
      const code = markdown.includes('\r') ? undefined : fencedCode(lines, n, fence[1]!.length, fence[2]!);
      if (!code) return undefined;
      html += code.html;
      n = code.next;
      previousWasList = false;
      continue;
    }
    // A block runs to the next blank line; a fence inside it is syntax, so the parser gets the text.
    const start = n;
    while (n < lines.length && lines[n] !== '') n++;
    const block = lines.slice(start, n);
    if (block.every((line) => line === '>' || line.startsWith('> '))) {
      // A quote of plain lines (prose a note boxed, see cards/prose-box.ts): its paragraphs, `>` alone between them.
      const quoted = plainQuoteHtml(block);
      if (quoted === undefined) return undefined;
      html += quoted;
      previousWasList = false;
    } else if (block.every((line) => line.startsWith('- '))) {
      if (previousWasList) return undefined;
      let items = '';
      for (const line of block) {
        const item = line.slice(2);
        if (item === '' || MARKDOWN_SYNTAX.test(item)) return undefined;
        items += `<li>${item}</li>`;
      }
      html += `<ul>${items}</ul>`;
      previousWasList = true;
    } else {
      if (MARKDOWN_SYNTAX.test(block.join('\n'))) return undefined;
      html += `<p>${block.join('<br>')}</p>`;
      previousWasList = false;
    }
  }
  return html;
}

/** `<blockquote>` around the plain paragraphs of `> ` lines, or undefined where any could be read as syntax. */
function plainQuoteHtml(block: readonly string[]): string | undefined {
  const paragraphs: string[][] = [[]];
  for (const line of block) {
    if (line === '>') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(line.slice(2));
  }
  let html = '';
  for (const paragraph of paragraphs) {
    if (paragraph.length === 0) continue;
    if (paragraph.some((line) => line === '') || MARKDOWN_SYNTAX.test(paragraph.join('\n'))) return undefined;
    html += `<p>${paragraph.join('<br>')}</p>`;
  }
  return html === '' ? undefined : `<blockquote>${html}</blockquote>`;
}

/**
 * A fenced code block from its opening line: its HTML and the line after its closing fence, or
 * undefined for what is left to the parser. `&`, `<` and `>` are escaped, as html.ts escapes text,
 * and the language becomes the class rehype-sanitize keeps.
 */
function fencedCode(lines: readonly string[], open: number, fenceLength: number, language: string): { html: string; next: number } | undefined {
  const code: string[] = [];
  for (let n = open + 1; n < lines.length; n++) {
    const line = lines[n]!;
    const closing = CLOSING_FENCE.exec(line);
    if (closing && closing[1]!.length >= fenceLength) {
      if (line !== closing[1]) return undefined; // indented, or followed by spaces
      return { html: `<pre><code${language ? ` class="language-${language}"` : ''}>${code.join('<br>')}</code></pre>`, next: n + 1 };
    }
    if (CODE_UNSAFE.test(line)) return undefined;
    code.push(line.replace(/[&<>]/g, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;')));
  }
  return undefined; // never closed: the block runs to the end of the text
}

/** A card's front is plain text: escaped, on one line. */
export function textToFieldHtml(text: string): string {
  const escaped = escapeHtml(text);
  return escaped.includes('\n') ? escaped.replace(/\r?\n/g, '<br>') : escaped;
}

export function escapeHtml(text: string): string {
  // Most text has nothing to escape: one test instead of four passes.
  if (!/[&<>"]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
