/** What footnotes.ts loads only for a note holding `[^` (see loadFootnoteSyntax), in one module: one chunk of the bundle. */
export { gfmFootnote } from 'micromark-extension-gfm-footnote';
export { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
