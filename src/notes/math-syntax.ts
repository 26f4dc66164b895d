/**
 * What remark-math.ts loads only when a text holds `$` (see loadMathSyntax), in one module so that the
 * bundle makes it one chunk, loaded then. Named imports: the package's HTML renderer, which would load
 * KaTeX (about 20 ms), stays out of the bundle.
 */
export { math } from 'micromark-extension-math';
export { mathFromMarkdown } from 'mdast-util-math';
export { default as remarkParse } from 'remark-parse';
export { unified } from 'unified';
