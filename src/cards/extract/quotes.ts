/**
 * Blockquotes: a callout (`> TCP` over its explanation) is a sub-title, an alert (`> [!note] 제목`) a box
 * with a title of its own, a quote of `용어 : 설명` lines a list of terms, and `> 답변` a label of an
 * interview answer's template. Any other quote is explanation.
 */
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { alertTitle, alertType, isGenericAlertTitle } from '../title-rules/alerts.js';
import { cleanTitle } from '../title-rules/clean.js';
import { isAnswerLabel, isAnswerTemplateLabel, isNotATerm } from '../title-rules/labels.js';
import { CALLOUT_TITLE_MAX, isTitleLike } from '../title-rules/names.js';
import { isReferenceLine } from '../title-rules/references.js';
import { splitTerm } from '../title-rules/terms.js';
import { labelsAValue } from '../title-rules/values.js';
import type { Concept } from '../types.js';
import { markLabelledValue } from './list-items.js';
import { isLinkList, isNavigation } from './navigation.js';
import { boldTerms } from './paragraphs.js';
import { end, lineOf, start } from './source.js';
import { CALLOUT_LEVEL, type ExtractionState } from './state.js';

export function readBlockquote(state: ExtractionState, node: Blockquote, next: RootContent | undefined): void {
  const first = node.children[0];
  const firstLine = first?.type === 'paragraph' ? state.firstLine(first) : '';
  if (alertType(firstLine) !== undefined) {
    readAlert(state, node, firstLine);
    return;
  }
  if (isNavigation(node) || isLinkList(node) || (first?.type === 'paragraph' && isReferenceLine(toString(first)))) {
    state.decide(node, 'dropped', undefined, 'navigation or references');
    return;
  }
  if (first?.type === 'paragraph' && isCalloutTitle(state, node)) {
    const owner = state.current();
    if ((owner?.kind === 'question' || owner?.kind === 'heading' || owner?.kind === 'qa') && isAnswerTemplateLabel(cleanTitle(firstLine))) {
      // `> 배경 & 질문 의도` left empty, the next label or title right after it: a blank of the template.
      // (`> 답변` over `> 타입을 …` in the same quote is no blank: its answer follows on the next line.)
      const blank = state.afterFirstLine(first) === undefined;
      if (blank && (next === undefined || next.type === 'heading' || (next.type === 'blockquote' && isAnswerTemplateLabelQuote(state, next)))) {
        state.decide(node, 'dropped', undefined, 'a label of the answer template with nothing under it');
        return;
      }
      state.explain(node); // `> 답변` under `### 질문?`: the heading's own answer follows
      markTemplateLabel(owner, firstLine);
      state.followUps = /키워드|꼬리\s*질문/.test(firstLine);
      return;
    }
    const rest = lazyRest(state, first);
    if (rest !== null) {
      state.close(CALLOUT_LEVEL);
      const concept = state.open('callout', cleanTitle(firstLine), lineOf(node), CALLOUT_LEVEL, state.sectionPath());
      state.decide(node, 'title', concept);
      state.markDemotable(concept, node);
      if (rest) state.addSlice(concept, rest.start, end(first), 0, first);
      return;
    }
  }
  state.explain(node);
  // `> 배경 & 질문 의도` with its content in the same quote (`> - …` right under it): a part of the template all the same.
  const owner = state.current();
  if ((owner?.kind === 'question' || owner?.kind === 'heading' || owner?.kind === 'qa') && first?.type === 'paragraph' && isAnswerTemplateLabel(cleanTitle(firstLine))) {
    markTemplateLabel(owner, firstLine);
  }
  for (const block of node.children) if (block.type === 'paragraph') boldTerms(state, block, true);
  quoteTerms(state, node);
}

/** The part just added to `owner` opens a section of an interview answer template (see back.ts, answerFirst). */
function markTemplateLabel(owner: Concept, label: string): void {
  const part = owner.parts[owner.parts.length - 1];
  if (part?.type === 'slice') part.templateLabel = isAnswerLabel(cleanTitle(label)) ? 'answer' : 'other';
}

/**
 * An Obsidian or GitHub alert (`> [!note] OSI 7계층` over its body, in the quote). Titled with a name
 * (`OSI 7계층`) or an aspect (`정의`), it is a sub-title as a callout is, its body the back; the box ends
 * with the quote, so what follows is the explanation above again. Untitled, or titled with a label of
 * the box (`암기법`, `참고`, `Tip`: isGenericAlertTitle), it stays in the explanation it stands in.
 */
function readAlert(state: ExtractionState, node: Blockquote, firstLine: string): void {
  const title = cleanTitle(alertTitle(firstLine));
  const owner = state.current();
  const body = title && !isGenericAlertTitle(title) && isTitleLike(title, CALLOUT_TITLE_MAX) ? alertBody(state, node) : undefined;
  if (owner === undefined || body === undefined) {
    state.explain(node, { stripAlertMarker: true });
    return;
  }
  const concept = state.child(owner, 'callout', title, lineOf(node), state.sectionPath());
  concept.parts.push({ type: 'markdown', markdown: body.markdown });
  state.collectImages(concept, node, body.start);
  state.decide(node, 'title', concept);
}

/** What an alert's quote holds under its title line, one `>` taken off each line; undefined if nothing. */
function alertBody(state: ExtractionState, node: Blockquote): { markdown: string; start: number } | undefined {
  const newline = state.source.indexOf('\n', start(node));
  if (newline < 0 || newline >= end(node)) return undefined;
  const lines = state.dedentedSlice(newline + 1, end(node), state.indentOf(node)).split('\n');
  const markdown = lines.map((line) => line.replace(/^ {0,3}>[ \t]?/, '')).join('\n').trim();
  return markdown ? { markdown, start: newline + 1 } : undefined;
}

/** `> 답변`, `> 키워드 & 꼬리 질문`: a quote that is only a label of an interview answer's template. */
function isAnswerTemplateLabelQuote(state: ExtractionState, node: Blockquote): boolean {
  const first = node.children[0];
  return isCalloutTitle(state, node) && first?.type === 'paragraph' && isAnswerTemplateLabel(cleanTitle(state.firstLine(first)));
}

/** `> TCP`: a quote of one short line, read as a sub-title (when more follows it, see `lazyRest`). */
export function isCalloutTitle(state: ExtractionState, node: Blockquote): boolean {
  const first = node.children[0];
  return node.children.length === 1 && first?.type === 'paragraph' && isTitleLike(state.firstLine(first), CALLOUT_TITLE_MAX);
}

/**
 * A quote of nothing but `용어 : 설명` lines, one to a paragraph (`> 장애 : 시스템이 …` then `> 회복 : …`):
 * definitions set apart, each a term card beside the explanation it stays in. (A plain `용어 : …` line
 * among other prose is prose; bold terms are boldTerms'.)
 */
function quoteTerms(state: ExtractionState, node: Blockquote): void {
  const owner = state.current();
  if (!owner || node.children.length === 0) return;
  const terms: { paragraph: Paragraph; term: string; descriptionStart: number }[] = [];
  for (const block of node.children) {
    if (block.type !== 'paragraph' || block.children[0]?.type === 'strong') return;
    const line = state.source.slice(start(block), end(block));
    const term = line.includes('\n') ? undefined : splitTerm(line);
    if (!term || term.descriptionStart >= line.length) return;
    // A lead-in among them (`참고 : …`, `크게 2가지 : …`) stays in the explanation only.
    if (!isNotATerm(term.term) && !isAnswerTemplateLabel(term.term)) terms.push({ paragraph: block, term: term.term, descriptionStart: term.descriptionStart });
  }
  for (const { paragraph, term, descriptionStart } of terms) {
    const concept = state.child(owner, 'term', term, lineOf(paragraph), owner.section);
    const description = state.source.slice(start(paragraph) + descriptionStart, end(paragraph));
    if (labelsAValue(term, description)) markLabelledValue(concept, description);
    state.addSlice(concept, start(paragraph) + descriptionStart, end(paragraph), 0, paragraph);
    state.decisions.push({ line: lineOf(paragraph), block: 'paragraph', outcome: 'title', concept });
  }
}

/**
 * The part of a callout's paragraph after its title line, or null when the paragraph is a multi-line
 * quotation. Lines written after `> 제목` without a blank line join the paragraph by Markdown's lazy
 * continuation; they carry no `>` and belong to the explanation. Lines that carry `>` are a quotation.
 */
function lazyRest(state: ExtractionState, paragraph: Paragraph): { start: number } | null | undefined {
  const text = state.source.slice(start(paragraph), end(paragraph));
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const continuation = text.slice(newline + 1).split('\n');
  if (continuation.some((line) => /^\s*>/.test(line))) return null;
  return { start: start(paragraph) + newline + 1 };
}
