/**
 * Paragraphs: a bold line (`**보안 그룹 설정**`) or a plain label line over a list as a sub-title, a
 * sentence defining what the code under it is, bold terms (`**용어** : 설명`), lines of terms under a
 * label that asks nothing; and what is no content (a `[TOC]` marker, navigation, a note to readers,
 * an end mark, the author's study log). Labelled questions are questions.ts', numbered lines lines.ts'.
 */
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isHighlight } from '../../notes/obsidian-markup.js';
import { askedTitle, asksNothing, subjectOf } from '../front.js';
import { asksWhatItIs } from '../title-rules/aspects.js';
import { areChoices, choiceIndex } from '../title-rules/choices.js';
import { cleanTitle, withoutLabelNumber } from '../title-rules/clean.js';
import { isAnswerTemplateLabel, isListingLeadIn, isNotATerm } from '../title-rules/labels.js';
import { definitionIntro } from '../title-rules/lead-ins.js';
import { CALLOUT_TITLE_MAX, isTitleLike } from '../title-rules/names.js';
import { answerPrefixLength, isNumberedLabel, isQuestionLabel, questionPrefixLength } from '../title-rules/question-labels.js';
import { isContentsLabel, isEndMarker, isReadersNote, isReferenceHeading, isReferenceLine, isStudyLog, isTocMarker } from '../title-rules/references.js';
import { splitTerm, type TermSplit } from '../title-rules/terms.js';
import { labelsAValue } from '../title-rules/values.js';
import { shownTitle, withoutGloss } from '../titles.js';
import type { BackPart, Concept } from '../types.js';
import { hasLetteredChoices } from './choices.js';
import { markLabelledValue } from './list-items.js';
import { asksForAll, startsExplanation } from './lists.js';
import { isNavigation } from './navigation.js';
import { addAnswer, isAnswered, readQuestion } from './questions.js';
import { end, lineOf, start } from './source.js';
import { type ExtractionState, SUBTITLE_LEVEL } from './state.js';

/** A mark some notes put before each term, as a bullet would be: `✓ **승인** : …`. */
const LEADING_MARK = /^[✓✔✅☑•※▶►▸➤➜]\s*/u;

export function readParagraph(state: ExtractionState, node: Paragraph, next: RootContent | undefined, blocks: readonly RootContent[] = [], at = -1): void {
  const text = toString(node);
  if (isTocMarker(state.source.slice(start(node), end(node)))) {
    state.decide(node, 'dropped', undefined, 'table of contents marker ([TOC]): the editor draws the headings there');
    return;
  }
  if (isNavigation(node) || isContentsLabel(text)) {
    state.decide(node, 'dropped', undefined, 'navigation');
    return;
  }
  if (isReadersNote(text)) {
    state.decide(node, 'dropped', undefined, 'a note to the readers');
    return;
  }
  if (isEndMarker(text)) {
    state.decide(node, 'dropped', undefined, 'the note\'s end mark');
    return;
  }
  const under = state.current();
  if (isStudyLog(text, { title: under?.title, inLead: under === undefined || under === state.deckTitle })) {
    state.decide(node, 'dropped', undefined, "the author's study log (a score, the day it was written, a to-do)");
    return;
  }
  if (isReferenceLine(text)) {
    state.decide(node, 'dropped', undefined, 'reference');
    return;
  }
  const firstLineSource = state.firstLineSource(node);
  // `질문 1:` alone on its line: the question is the lines after it.
  const labelOnly = isQuestionLabel(firstLineSource) && state.afterFirstLine(node) !== undefined;
  const questionPrefix = labelOnly ? firstLineSource.length + 1 : questionPrefixLength(firstLineSource);
  if (questionPrefix !== undefined && (!isNumberedLabel(firstLineSource) || isAnswered(state, node, next))) {
    readQuestion(state, node, questionPrefix, next);
    return;
  }
  const owner = state.current();
  // Under lettered choices set apart, `A.` labels the answer too: no `A.` choice can follow them.
  const answersLabelled = owner !== undefined && (owner.kind === 'qa' || state.labelledQuestions.has(owner) || hasLetteredChoices(owner));
  // `A. 고정 IP` over `B. 헬스 체크`… is the first of the choices, no label of the answer: kept with its letter.
  const choiceLines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const lettered = choiceLines.length >= 2 && choiceLines.every((line) => choiceIndex(line) !== undefined) && areChoices(choiceLines);
  if (answersLabelled && owner.parts.length === 0 && answerPrefixLength(firstLineSource) !== undefined && !lettered) {
    addAnswer(state, owner, start(node), end(node), node); // `A. 답` in the paragraph after `Q. 질문`, or after `## Q. 질문`
    state.decide(node, 'explanation', owner);
    return;
  }
  if (next?.type === 'code') {
    const intro = definitionIntro(text);
    if (intro) {
      state.close(SUBTITLE_LEVEL);
      const title = intro.subject ?? cleanTitle(text);
      const concept = state.open('definition', title, lineOf(node), SUBTITLE_LEVEL, state.sectionPath());
      state.decide(node, 'title', concept);
      // The sentence itself opens the back: it says whose definition this is.
      state.addSlice(concept, start(node), end(node), 0, node);
      return;
    }
  }
  const subTitle = boldTitle(state, node, next, blocks, at);
  if (subTitle !== undefined) {
    state.close(SUBTITLE_LEVEL);
    const concept = state.open('bold-title', subTitle, lineOf(node), SUBTITLE_LEVEL, state.sectionPath());
    state.decide(node, 'title', concept);
    state.markDemotable(concept, node); // with nothing under it, it is a line of its parent's after all
    return;
  }
  if (owner !== undefined && asksNothing(owner) && labelLineTerms(state, owner, node)) return;
  const terms = owner === undefined ? [] : termLines(state, node, false, amongParagraphTerms(owner));
  if (owner === undefined || terms.length === 0) {
    if (owner !== undefined) proseAfterTerms.add(owner);
    state.explain(node);
    return;
  }
  const decided = state.decisions.length;
  const concepts = termsInto(state, owner, node, terms);
  // A paragraph of terms only (`**단편화** (**Fragmentation**) : …`), each a card asked what it is, is named
  // on the owner's back, as a list's `- 용어 : 설명` items are, not said again in full. Kept as written, as
  // such items are: under a title asking for all it holds (`TCP와 UDP의 차이`) or what a thing is (`배포의
  // 개념`), and where a term is asked otherwise (`**장점** : …`, `**Port** : 80`), which its name alone
  // would leave dangling.
  const named = !asksForAll(owner) && !asksWhatItIs(owner.title) && concepts.every((concept) => /(이란|란)\?$/u.test(askedTitle(concept)));
  if (named) nameTerms(owner, terms);
  else owner.parts.push(state.slicePart(node));
  state.collectImages(owner, node);
  state.decide(node, 'explanation', owner);
  // `amgi explain` lists the paragraph above the terms found in it.
  state.decisions.splice(decided, 0, state.decisions.pop()!);
}

/** The terms' names on the owner's back; paragraphs of terms one after another are one list of them. */
function nameTerms(owner: Concept, terms: readonly TermLine[]): void {
  const names = terms.map((term) => `- ${term.term}`).join('\n');
  const last = owner.parts.at(-1);
  if (last?.type === 'markdown' && namesOfParagraphTerms.has(last)) {
    proseAfterTerms.delete(owner);
    last.markdown += `\n${names}`;
    return;
  }
  proseAfterTerms.delete(owner);
  const part = { type: 'markdown', markdown: names } satisfies BackPart;
  namesOfParagraphTerms.add(part);
  owner.parts.push(part);
}

/** The parts of backs that name the terms of paragraphs (see readParagraph), which the next such paragraph adds to. */
const namesOfParagraphTerms = new WeakSet<BackPart>();

/**
 * Whether the owner's back names terms of its own written as paragraphs already (`**Swapping** : …`, see
 * nameTerms): a plain `압축 : …` paragraph among them is one more, as an item without bold is in a list of
 * terms. Not after aspects (`**장점** : …`), kept as written, where `보통 줄 : 문장` is prose.
 */
function amongParagraphTerms(owner: Concept): boolean {
  // Past a paragraph of prose (`…달라진다.` then `주의할 점 : …`) the terms are over; a table or list a
  // term's explanation holds (`**단편화** : …`, its drawing, `* 외부 단편화: …`, then `압축 : …`) is not prose.
  return !proseAfterTerms.has(owner) && owner.parts.some((part) => namesOfParagraphTerms.has(part));
}

/** Owners with a paragraph of prose since the last paragraph of terms (see amongParagraphTerms). */
const proseAfterTerms = new WeakSet<Concept>();

/**
 * A plain `용어 : 설명` line among bold terms: a name, not words leading into a remark (`참고로 말하면 : …`,
 * a clause ending in `…면`) nor a label of what to mind (`주의할 점 : …`, `알아둘 점`).
 */
function plainTerm(line: string): TermSplit | undefined {
  const term = splitTerm(line);
  return term === undefined || /(?:면|\s점)$/u.test(term.term) ? undefined : term;
}

/**
 * Under a label that asks nothing (`## 암기 포인트`), each line of a paragraph that reads as a term
 * (`★ Standard-IA와 One Zone-IA 차이: …`, `S3 Glacier : 아카이브용`) is a card, as a list's `- 용어 : …`
 * item would be; the other lines stay the label's, each on its own. False where no line is a term.
 */
function labelLineTerms(state: ExtractionState, owner: Concept, node: Paragraph): boolean {
  const from = start(node);
  const lines: { start: number; end: number; term?: TermSplit; mark: number; line: number }[] = [];
  let at = from;
  for (const [n, written] of state.source.slice(from, end(node)).split('\n').entries()) {
    const mark = /^[ \t]*(?:[★☆]+|[✓✔✅☑•※▶►▸➤➜])?[ \t]*/u.exec(written)![0].length;
    const term = splitTerm(written.slice(mark));
    const describes = term !== undefined && term.descriptionStart < written.length - mark && !isAnswerTemplateLabel(term.term);
    lines.push({ start: at, end: at + written.length, mark, line: lineOf(node) + n, ...(describes ? { term } : {}) });
    at += written.length + 1;
  }
  if (!lines.some((line) => line.term !== undefined)) return false;
  for (const line of lines) {
    if (line.term === undefined) {
      state.addSlice(owner, line.start, line.end, 0, node);
      continue;
    }
    const concept = state.child(owner, 'term', line.term.term, line.line, owner.section);
    const description = line.start + line.mark + line.term.descriptionStart;
    const value = state.source.slice(description, line.end);
    if (labelsAValue(line.term.term, value)) markLabelledValue(concept, value);
    state.addSlice(concept, description, line.end, 0, node);
    state.decisions.push({ line: line.line, block: 'paragraph', outcome: 'title', concept });
  }
  if (lines.some((line) => line.term === undefined)) state.decide(node, 'explanation', owner);
  return true;
}

/**
 * `**보안 그룹 설정**` alone on its line over what explains it: a sub-title written in bold, as blog
 * notes write them. Not a lead-in (`**참고**`, `**정답**`), nor a sentence set in bold.
 */
function boldTitle(state: ExtractionState, node: Paragraph, next: RootContent | undefined, blocks: readonly RootContent[], at: number): string | undefined {
  const bold = boldLine(node);
  // A plain line is a sub-title only right over its list (`영역 1. 복원력을 갖춘 아키텍처 설계` over the
  // domain's tasks): over a paragraph it is a line of prose.
  const title = bold ?? (next?.type === 'list' ? labelLine(node) : undefined);
  if (title === undefined || (!startsExplanation(next) && next?.type !== 'list')) return undefined;
  // Under a question, bold lines set out its answer (`**개념**` under `## 토큰이란?`), as `> 답변` does.
  const owner = state.current();
  if (owner && (owner.kind === 'question' || owner.kind === 'qa' || subjectOf(shownTitle(owner)) !== shownTitle(owner))) return undefined;
  // One such line alone is emphasis or prose; sub-titles come in a row (`**보안 그룹 설정**`, `**상태 검사
  // 구성**`; `영역 1. …` and `영역 2. …`, each over its list).
  return bold !== undefined ? (lineBeside(blocks, at, (block) => boldLine(block) !== undefined) ? title : undefined) : lineBeside(blocks, at, (block, after) => after?.type === 'list' && labelLine(block) !== undefined) ? title : undefined;
}

/** A paragraph of only a bold line that names something: not a lead-in, a label with a colon or a sentence. */
function boldLine(node: Paragraph): string | undefined {
  const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (parts.length !== 1 || parts[0]!.type !== 'strong') return undefined;
  return subTitleLine(cleanTitle(toString(parts[0]!)));
}

/** A paragraph of one plain line that names something, as a bold line does (see boldLine). */
function labelLine(node: Paragraph): string | undefined {
  const [only, ...rest] = node.children;
  if (rest.length > 0 || only?.type !== 'text' || only.value.trim().includes('\n')) return undefined;
  return subTitleLine(cleanTitle(only.value));
}

/** Another such line in the same section, before or after `at` (up to a heading); `after` is the block following it. */
function lineBeside(blocks: readonly RootContent[], at: number, isSuch: (block: Paragraph, after: RootContent | undefined) => boolean): boolean {
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < blocks.length; k += step) {
      const block = blocks[k]!;
      if (block.type === 'heading') break;
      if (block.type === 'paragraph' && isSuch(block, blocks[k + 1])) return true;
    }
  }
  return false;
}

/** A title line that can head what follows: not a lead-in, a label with a colon or a sentence. */
function subTitleLine(title: string): string | undefined {
  if (/[:：;]/.test(title) || !isTitleLike(withoutLabelNumber(title), CALLOUT_TITLE_MAX) || !/\p{L}{2}/u.test(title)) return undefined;
  if (isNotATerm(title) || isAnswerTemplateLabel(title) || isReferenceHeading(title) || isListingLeadIn(title) || isBoldLeadIn(title)) return undefined;
  return title;
}

/**
 * A bold line that leads in what follows rather than naming it: `**요약하면**`, `**결론적으로**`,
 * `**다음 예제를 보자**`, `**아래 그림 참고**`, `**매우 중요**`, `**왜 필요할까**`, `**풀이**`.
 */
function isBoldLeadIn(title: string): boolean {
  return (
    /(하면|들면|자면|보면|하자|보자|봅시다|할까|까요?|[?？!！]|적으로|으로|에서|하기|참고|중요|주의|기억|정리|요약|결론)$/.test(title) ||
    /^(요약|정리|결론|풀이|해설|예시|예제|예|예를|참고|주의|중요|핵심|팁|다음|아래|위|매우|꼭|즉|tip|note|warning|example)(\s|$)/i.test(title)
  );
}

/**
 * `**용어** : 설명` lines, in a paragraph of their own or in a quote: term cards beside the explanation
 * they stay in, each up to the next such line (in a quote, to the end of its line). Only a bold
 * term counts, the bold part alone (`**정답 : (A)**` is a line in bold): a plain line with a colon is prose.
 */
export function boldTerms(state: ExtractionState, node: Paragraph, inQuote = false): void {
  const owner = state.current();
  if (owner) termsInto(state, owner, node, termLines(state, node, inQuote));
}

/** A term line of a paragraph: where its term starts, where its description does and ends. */
interface TermLine {
  line: number;
  start: number;
  description: number;
  descriptionEnd: number;
  term: string;
  labelsValue: boolean;
}

/**
 * The terms a paragraph's lines open (`**용어** : 설명`), each described up to the next one; the bold name
 * may carry a gloss after it (`**단편화** (**Fragmentation**) : …`). `plain`: its first line may be
 * written without bold (`압축 : …`), among paragraphs of bold terms.
 */
function termLines(state: ExtractionState, node: Paragraph, inQuote: boolean, plain = false): TermLine[] {
  const [first, second] = node.children;
  // A mark (`✓ **승인** : …`) or a highlight (`==**승인**== : …`) before the bold term is not part of it.
  const marked = first?.type === 'text' && LEADING_MARK.test(first.value) && first.value.replace(LEADING_MARK, '') === '' && second?.type === 'strong';
  const highlighted = first !== undefined && isHighlight(first) && first.type === 'emphasis' && first.children.length === 1 && first.children[0]!.type === 'strong';
  const plainFirst = plain && first?.type === 'text';
  if (first?.type !== 'strong' && !marked && !highlighted && !plainFirst) return [];
  const from = start(node);
  const to = end(node);
  const found: Omit<TermLine, 'descriptionEnd' | 'labelsValue'>[] = [];
  let at = from;
  for (const [n, rawLine] of state.source.slice(from, to).split('\n').entries()) {
    // A quote's continuation lines carry their `>` (and indentation) in the source.
    const quoted = n === 0 ? 0 : /^[ \t]*(>[ \t]?)*[ \t]*/.exec(rawLine)![0].length;
    // A mark before the term (`✓ **승인** : …`) is not part of it.
    const prefix = quoted + (LEADING_MARK.exec(rawLine.slice(quoted))?.[0].length ?? 0);
    const line = rawLine.slice(prefix);
    const bold = /^(?:==)?(\*\*|__)(.+?)\1/.exec(line);
    const term = bold ? (splitTerm(line) ?? glossedBoldTerm(line)) : plainFirst && n === 0 ? plainTerm(line) : undefined;
    // `**Q** : …` and `**A** : …` lead a question and its answer, not terms.
    const leadIn = term !== undefined && (isAnswerTemplateLabel(term.term) || isNotATerm(term.term) || /^[QA]$/i.test(term.term));
    const named = term !== undefined && (bold ? [term.term, withoutGloss(term.term)].includes(cleanTitle(bold[2]!)) : !/[*_`]/u.test(term.term));
    if (term && named && !leadIn && term.descriptionStart < line.length) {
      found.push({ line: lineOf(node) + n, start: at + prefix, description: at + prefix + term.descriptionStart, term: term.term });
    }
    at += rawLine.length + 1;
  }
  return found.map((term, k) => {
    const next = found[k + 1];
    const lineEnd = state.source.indexOf('\n', term.description);
    const descriptionEnd = inQuote ? (lineEnd < 0 || lineEnd > to ? to : lineEnd) : next ? next.start - 1 : to;
    return { ...term, descriptionEnd, labelsValue: labelsAValue(term.term, state.source.slice(term.description, descriptionEnd)) };
  });
}

/**
 * `**단편화** (**Fragmentation**) : …`: a term whose gloss is bold apart from its name, read as if unmarked,
 * its description where it starts in the line as written.
 */
function glossedBoldTerm(line: string): TermSplit | undefined {
  const marks = /\*\*|__/gu;
  const term = splitTerm(line.replace(marks, ''));
  if (term === undefined) return undefined;
  // Where the description starts as written: past as many unmarked characters, the marks skipped.
  let unmarked = 0;
  let at = 0;
  while (at < line.length && unmarked < term.descriptionStart) {
    if (line.startsWith('**', at) || line.startsWith('__', at)) at += 2;
    else {
      at += 1;
      unmarked += 1;
    }
  }
  return { term: term.term, descriptionStart: at };
}

/** Each term line a card of its own, under the owner, its back its description. */
function termsInto(state: ExtractionState, owner: Concept, node: Paragraph, terms: readonly TermLine[]): Concept[] {
  return terms.map((term) => {
    const concept = state.child(owner, 'term', term.term, term.line, owner.section);
    if (term.labelsValue) markLabelledValue(concept, state.source.slice(term.description, term.descriptionEnd));
    state.addSlice(concept, term.description, term.descriptionEnd, 0, node);
    state.decisions.push({ line: term.line, block: 'paragraph', outcome: 'title', concept });
    return concept;
  });
}
