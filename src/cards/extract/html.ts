/**
 * HTML blocks: comments and spacing are left out, `<details><summary>질문</summary>답</details>` is a
 * question card, and `<details><summary>정답</summary>답</details>` the answer to the question above
 * it; any other HTML is explanation.
 */
import type { Html, Paragraph, RootContent } from 'mdast';
import { collapseWhitespace, decodeCharacterReferences } from '../../util/text.js';
import { subjectOf } from '../front.js';
import { choiceIndex, numberedChoice } from '../title-rules/choices.js';
import { cleanTitle } from '../title-rules/clean.js';
import { isAnswerRevealLabel, isFollowUpLabelled, labelledHeadingQuestion } from '../title-rules/question-labels.js';
import { asks, QUESTION_MAX } from '../title-rules/questions.js';
import { shownTitle } from '../titles.js';
import type { BlockDecision, Concept, ConceptKind } from '../types.js';
import { shownChoice } from './choices.js';
import { end, lineOf, start } from './source.js';
import type { ExtractionState } from './state.js';

export function readHtml(state: ExtractionState, blocks: RootContent[], i: number): number {
  const node = blocks[i] as Html;
  const value = node.value.trim();
  if (/^<!--[\s\S]*-->$/.test(value)) {
    state.decide(node, 'dropped', undefined, 'HTML comment');
    return i + 1;
  }
  if (/^<details[\s>]/i.test(value)) return readDetails(state, blocks, i);
  if (/^(<br\s*\/?>|<\/br>|&nbsp;|\s)+$/i.test(value)) {
    state.decide(node, 'dropped', undefined, 'spacing');
    return i + 1;
  }
  state.explain(node);
  return i + 1;
}

/** `<details><summary>질문</summary>답</details>`, possibly spread over several blocks. */
function readDetails(state: ExtractionState, blocks: RootContent[], i: number): number {
  const opening = blocks[i] as Html;
  const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(opening.value);
  // The summary is HTML: its tags go, then its character references are read (`&amp;` is `&`).
  const written = summary ? collapseWhitespace(decodeCharacterReferences(cleanTitle(summary[1]!))) : ''; // `&nbsp;` is a space
  // `<summary>꼬리 질문: …?</summary>`, `<summary>Q. …</summary>`: the label, as a heading's, is no part of the question.
  const title = labelledHeadingQuestion(written) ?? written;
  if (!title) {
    state.explain(opening);
    return i + 1;
  }
  const afterSummary = opening.value.slice(summary!.index + summary![0].length);
  // `<summary>정답</summary>` only hides the answer: the question above it is the card, as over `A.`.
  // With no question right above it (or one answered already), it explains the title it is under.
  const owner = state.current();
  const asked = isAnswerRevealLabel(written) ? (questionAbove(state, blocks, i) ?? owner) : undefined;
  if (asked !== undefined) {
    state.decide(opening, 'explanation', asked);
    return readAnswer(state, blocks, i, asked, afterSummary);
  }
  const concept = state.child(owner, 'details', title, lineOf(opening), owner?.section ?? state.sectionPath());
  if (isFollowUpLabelled(written)) concept.followUp = true;
  state.decide(opening, 'title', concept);
  return readAnswer(state, blocks, i, concept, afterSummary);
}

/** Sub-titles that, asking and answered by a `<details>` below them, are questions set: no context before them. */
const ASKED_AS_WRITTEN_WHEN_ANSWERED: ReadonlySet<ConceptKind> = new Set(['list-title', 'bold-title', 'callout']);

/**
 * The question right above a `<details>` block, not yet answered: a `Q.` line, a heading or a numbered
 * item that asks, read as titles already; or a paragraph that asks (`**뮤텍스는 왜 쓰는가?**`), its own
 * line, made a question here and taken off the back it was put on. Undefined where none is.
 */
function questionAbove(state: ExtractionState, blocks: RootContent[], i: number): Concept | undefined {
  const above = blocks[i - 1];
  if (above === undefined) return undefined;
  const first = lineOf(above);
  const last = above.position?.end.line ?? first;
  const titled = lastDecision(state, (decision) => decision.outcome === 'title' && decision.line >= first && decision.line <= last)?.concept;
  if (titled !== undefined) {
    // The last item of a list above, or the title of the block itself: a question still waiting for its answer.
    const title = shownTitle(titled);
    const isQuestion = titled.kind === 'question' || titled.kind === 'qa' || asks(title) || subjectOf(title) !== title;
    if (!isQuestion || titled.parts.length > 0 || state.parents.has(titled)) return undefined;
    // A sub-title that asks (`1. 스레드와 프로세스의 차이는?`) and is answered so is a question set, asked as `Q.` is.
    if (ASKED_AS_WRITTEN_WHEN_ANSWERED.has(titled.kind) && asks(title)) titled.kind = 'qa';
    return titled;
  }
  if (above.type !== 'paragraph') return undefined;
  // A multiple-choice question over its choices (`**1. 다음 중 …은?**` then `① IP ② TCP ③ ARP`): the
  // choices, in a paragraph of their own or on the question's, show on its front as they do under `Q.`.
  const before = blocks[i - 2];
  const choices = choicesIn(linesOf(state, above));
  if (choices !== undefined && before?.type === 'paragraph') return paragraphAsked(state, before, { paragraph: above, choices });
  return paragraphAsked(state, above);
}

/** Choices written under a question and the paragraph of them, when not on the question's own. */
interface ChoicesBelow {
  paragraph?: Paragraph;
  choices: string[];
}

/**
 * A paragraph of one line that asks, put on its section's back, made the question the answer below it
 * answers; with its choices (`choicesBelow`, or lines of them after its own), a multiple-choice question.
 */
function paragraphAsked(state: ExtractionState, paragraph: Paragraph, choicesBelow?: ChoicesBelow): Concept | undefined {
  const afterQuestion = state.afterFirstLine(paragraph);
  const choicesAfter = afterQuestion !== undefined && choicesBelow === undefined ? choicesIn(linesOf(state, paragraph).slice(1)) : undefined;
  if (afterQuestion !== undefined && choicesAfter === undefined) return undefined;
  const title = cleanTitle(state.firstLine(paragraph));
  if (title === '' || [...title].length > QUESTION_MAX || !asks(title)) return undefined;
  const decision = lastDecision(state, (made) => made.line === lineOf(paragraph));
  const owner = decision?.concept;
  const below = choicesBelow?.paragraph;
  const choicesDecision = below === undefined ? undefined : lastDecision(state, (made) => made.line === lineOf(below));
  const ownParts = below === undefined ? 1 : 2;
  const parts = owner?.parts.slice(-ownParts) ?? [];
  const startsOf = [start(paragraph), ...(below === undefined ? [] : [start(below)])];
  const asWritten = parts.length === ownParts && parts.every((part, n) => part.type === 'slice' && part.start === startsOf[n]);
  if (decision?.outcome !== 'explanation' || owner === undefined || !asWritten) return undefined;
  if (below !== undefined && (choicesDecision?.outcome !== 'explanation' || choicesDecision.concept !== owner)) return undefined;
  owner.parts.splice(-ownParts);
  const concept = state.child(owner, 'qa', title, lineOf(paragraph), state.sectionPath());
  decision.outcome = 'title';
  decision.concept = concept;
  const choices = choicesBelow?.choices ?? choicesAfter;
  if (choices !== undefined) {
    if (below !== undefined) {
      state.addSlice(concept, start(below), end(below), state.indentOf(below), below);
      choicesDecision!.outcome = 'choices';
      choicesDecision!.concept = concept;
    } else state.addSlice(concept, afterQuestion!, end(paragraph), state.indentOf(paragraph), paragraph);
    concept.choices = { lines: choices.map(shownChoice), parts: concept.parts.splice(0), named: [] };
  }
  return concept;
}

/** A paragraph's source lines, markup and all. */
function linesOf(state: ExtractionState, paragraph: Paragraph): string[] {
  return state.source.slice(start(paragraph), end(paragraph)).split('\n');
}

/**
 * Lines that are the choices 1, 2, 3… or A, B, C… in order, one to a line or several on one (`① IP ② TCP
 * ③ ARP`): each choice as written, or undefined where any line is no choice.
 */
function choicesIn(lines: readonly string[]): string[] | undefined {
  const choices = lines.flatMap((line) => cleanTitle(line).split(/(?=[①-⑳])/u)).map((choice) => choice.trim()).filter((choice) => choice !== '');
  const numbers = choices.map((choice) => numberedChoice(choice)?.number ?? (choiceIndex(choice) ?? -2) + 1);
  return choices.length >= 2 && numbers.every((number, n) => number === n + 1) ? choices : undefined;
}

function lastDecision(state: ExtractionState, matches: (decision: BlockDecision) => boolean): BlockDecision | undefined {
  for (let k = state.decisions.length - 1; k >= 0; k--) if (matches(state.decisions[k]!)) return state.decisions[k];
  return undefined;
}

/** A `<details>` block's body, from `afterSummary` on its opening block, on `concept`'s back; returns the index of the block after it. */
function readAnswer(state: ExtractionState, blocks: RootContent[], i: number, concept: Concept, afterSummary: string): number {
  let closed = /<\/details>/i.test(afterSummary);
  pushInnerHtml(concept, afterSummary);
  // The answer runs to `</details>`, wherever it is written, but never past a heading: an unclosed
  // <details> must not swallow the rest of the note.
  let j = i + 1;
  for (; j < blocks.length && !closed && blocks[j]!.type !== 'heading'; j++) {
    const block = blocks[j]!;
    const source = state.source.slice(start(block), end(block));
    const close = source.search(/<\/details>/i);
    state.decide(block, 'explanation', concept);
    if (close < 0) {
      state.addSlice(concept, start(block), end(block), 0, block);
    } else if (block.type === 'html') {
      pushInnerHtml(concept, block.value);
      closed = true;
    } else {
      state.addSlice(concept, start(block), start(block) + close, 0, block);
      closed = true;
    }
  }
  return j;
}

function pushInnerHtml(concept: Concept, html: string): void {
  const inner = html.replace(/<\/?details[^>]*>/gi, '').replace(/<summary[^>]*>[\s\S]*?<\/summary>/gi, '').trim();
  if (inner) concept.parts.push({ type: 'markdown', markdown: inner });
}
