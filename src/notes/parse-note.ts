import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CHUNK_CHARS, parseWith, plain, needsGfm } from './markdown.js';
import remarkGfmTable from './remark-gfm-table.js';

export { assertNestingWithinLimit, CHUNK_CHARS, chunkStarts, MAX_NESTING_COLUMNS, needsGfm, tooDeepLine } from './markdown.js';

// Two processors: GFM tables cost a noticeable share of parse time, so notes without a table
// delimiter row are parsed by the plain CommonMark one (markdown.ts).
const withGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmTable).freeze();

/** Parse normalised note text (see readNote) into mdast with positions (see parseWith). */
export function parseMarkdown(text: string, chunkChars = CHUNK_CHARS): Root {
  return parseWith(needsGfm(text) ? withGfm : plain, text, chunkChars);
}
