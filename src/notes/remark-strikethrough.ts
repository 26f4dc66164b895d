/**
 * GFM strikethrough, `~~취소선~~`, for showing a card's back (the review session and the Anki export),
 * not for reading notes: the cards made from a note do not depend on it. Only double tildes: Korean
 * notes write ranges with one (`1~10`, `3~5일`), which GFM's single-tilde form would strike through.
 */
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import type { Processor } from 'unified';

export default function remarkStrikethrough(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown());
}
