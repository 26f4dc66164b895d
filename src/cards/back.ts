/** The back of a card: its explanation as Markdown, cut from the note so lists, code, tables and images keep their form. */
import { withoutInlineTags } from '../notes/note-tags.js';
import { wikilinksAsText } from '../notes/obsidian-markup.js';
import { stripHtmlComments, withoutTrailingBlanks } from '../util/text.js';
import { dedent } from './extract/source.js';
import { unboxedProse } from './prose-box.js';
import { stripAlertMarker } from './title-rules/alerts.js';
import { isAnswerRevealLabel } from './title-rules/question-labels.js';
import type { BackPart, GeneratedMarkdown } from './types.js';

export function renderBack(parts: readonly BackPart[], source: string): string {
  const back = renderParts(parts, source);
  // A title asking what a thing is left with only a table (of kinds by phase) after its sections' names
  // were taken out is answered by nothing: the names come back, as they were before (see `sectionNames`).
  if (back === '' || saysInWords(back) || !parts.some((part) => part.type === 'markdown' && part.sectionNames !== undefined)) return back;
  const withNames = parts.map((part): BackPart => (part.type === 'markdown' && part.sectionNames !== undefined ? { type: 'markdown', markdown: part.sectionNames } : part));
  return renderParts(withNames, source);
}

/** Whether a back says something in words: more than tables, fenced code, images and tags. */
function saysInWords(markdown: string): boolean {
  const words = markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[ \t]*$|(?![\s\S]))/gmu, '')
    .replace(/^\s*\|.*$/gmu, '')
    .replace(/!\[[^\]]*\]\([^)]*\)|<[^>]+>/gu, '');
  return /[\p{L}\p{N}]/u.test(words);
}

function renderParts(parts: readonly BackPart[], source: string): string {
  const pieces: string[] = [];
  let saysSomething = false;
  for (const part of answerFirst(parts)) {
    let markdown = part.type === 'markdown' ? part.markdown : dedent(source.slice(part.start, part.end), part.indent);
    if (part.type === 'slice' && part.stripAlertMarker) markdown = stripAlertMarker(markdown);
    // Obsidian's `#aws` tags the note (see note-tags.ts): it is no word of the explanation.
    markdown = withoutEmptyListItems(withoutTrailingBlanks(withoutInlineTags(stripHtmlComments(markdown)))).trim();
    // Prose boxed in a fence with no language (`정답 C` over a sentence) is a quote, which wraps: see prose-box.ts.
    markdown = unboxedProse(markdown, pieces.at(-1)) ?? markdown;
    // A `<br>` a note puts between sections for space says nothing: alone, it is no explanation.
    if (markdown && !/^(<br\s*\/?>\s*)+$/i.test(markdown)) {
      pieces.push(markdown);
      saysSomething ||= part.type === 'slice' || listsAnAnswer(part);
    }
  }
  if (!saysSomething) return '';
  // `[[TCP]]` as Obsidian shows it, so that review, exports and any Markdown reader show its text.
  return wikilinksAsText(withoutAnswerBoxes(pieces.join('\n\n')).replace(/\n{3,}/g, '\n\n'));
}

/**
 * `<details><summary>정답</summary>…</details>` written inside a question's own block (a numbered question's
 * item): the box only hides the answer, which the back shows (see extract/html.ts for one after the question).
 */
function withoutAnswerBoxes(markdown: string): string {
  if (!/<details/iu.test(markdown)) return markdown;
  return markdown.replace(/<details[^>]*>\s*<summary[^>]*>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/giu, (box: string, summary: string, answer: string) =>
    isAnswerRevealLabel(summary.replace(/<[^>]*>/gu, '')) ? answer.trim() : box,
  );
}

/**
 * Whether a list amgi wrote is any answer: not where it only names parts that are cards of their own and
 * answer nothing together (aspect labels, a table of contents, the terms under a label asking nothing).
 */
export function listsAnAnswer(part: GeneratedMarkdown): boolean {
  return !(part.aspectLabelsOnly || part.subTopicsOnly || part.cardsUnderLabel);
}

/**
 * An interview answer template written intent first (`> 배경 & 질문 의도`, then `> 답변`, then
 * `> 키워드 & 꼬리 질문`): the answer's section goes first, since it is what the card asks; the others
 * follow in the note's order, labels kept, as help to the answer.
 */
function answerFirst(parts: readonly BackPart[]): readonly BackPart[] {
  const labelOf = (part: BackPart) => (part.type === 'slice' ? part.templateLabel : undefined);
  const answerAt = parts.findIndex((part) => labelOf(part) === 'answer');
  const firstLabelAt = parts.findIndex((part) => labelOf(part) !== undefined);
  if (answerAt < 0 || answerAt === firstLabelAt) return parts;
  let answerEnd = answerAt + 1;
  while (answerEnd < parts.length && labelOf(parts[answerEnd]!) === undefined) answerEnd++;
  return [...parts.slice(0, firstLabelAt), ...parts.slice(answerAt, answerEnd), ...parts.slice(firstLabelAt, answerAt), ...parts.slice(answerEnd)];
}

/**
 * A list item with nothing after its marker (`- ` left to fill in later) is a stray bullet on the card:
 * it is left out, but not inside a fenced block, where a lone `-` may be the code's own, nor where the
 * item's content starts on the next line, indented under it (`-` over `  시간 지역성`): without its
 * marker, that content would join the item above.
 */
function withoutEmptyListItems(markdown: string): string {
  // Most backs have no bare marker at all: told by one scan, without reading them line by line.
  if (!/^\s*(?:[-*+]|\d+[.)])$/m.test(markdown)) return markdown;
  let fence: string | undefined;
  const lines = markdown.split('\n');
  const indent = (line: string) => /^\s*/.exec(line)![0].length;
  return lines
    .filter((line, n) => {
      const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      // Only a bare fence closes one (```` ```js ```` inside it is code), as CommonMark reads it.
      const closes = opening !== undefined && fence !== undefined && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening;
      if (opening && (fence === undefined || closes)) {
        fence = fence === undefined ? opening : undefined;
        return true;
      }
      if (fence !== undefined || !/^\s*(?:[-*+]|\d+[.)])$/.test(line)) return true;
      const next = lines[n + 1];
      return next !== undefined && next.trim() !== '' && indent(next) > indent(line);
    })
    .join('\n');
}
