/**
 * Multiple choice: a question and its choices, set apart so that the front shows them (Concept.choices).
 * The choices may be lettered (`A.`, `(b)`) or numbered (`1.`, `②`), one to a line, a paragraph or a
 * list item; under a numbered item, a `Q.` paragraph, an item or a heading that asks; or in a fence. The
 * answer line (`정답: B`) is the back's first line.
 */
import type { Image, List, ListItem, Node, Paragraph, RootContent } from 'mdast';
import { isProse, linesInBareFence, proseAsText } from '../prose-box.js';
import {
  areChoices,
  areLetteredChoices,
  areNumberedChoices,
  choiceIndex,
  choiceQuestion,
  choicesNamedByMark,
  isAnswerLine,
  namesAChoice,
  numberedChoice,
} from '../title-rules/choices.js';
import { cleanTitle } from '../title-rules/clean.js';
import { asks } from '../title-rules/questions.js';
import type { BackPart, Concept } from '../types.js';
import { addAnswer } from './questions.js';
import { dedent, end, lineOf, start } from './source.js';
import { type ExtractionState, SUBTITLE_LEVEL } from './state.js';

const ANSWER_LINE = /^(정답|답|해설|풀이|answer|explanation)\s*[:：.)]/i;
/** The `A.` of a question's answer (`A.`, `**A.**`, `A:`), not `정답 :`. */
export const QA_ANSWER_LABEL = /^[*_`\s]*A\s*[.:)]/;

/** Numbered choices found under a question (see numberedChoices). */
interface NumberedChoices {
  /** Each choice as written, its number first (`1. ALB`, `② NLB`), its lines joined. */
  choices: string[];
  /** The answer line that ends them inside the last block, and where it starts, if one does. */
  answerAt: { line: string; start: number } | undefined;
  /** The blocks the choices take. */
  used: (List | Paragraph)[];
}

/** A multiple-choice question found in a list item (see multipleChoice). */
interface MultipleChoice {
  question: string;
  /** Each choice as plain text, its markup (the bold that marks an answer) gone. */
  choices: string[];
  /** Where choices start inside the question's paragraph, if they do. */
  choicesFrom: number | undefined;
  /** Where an answer line under the choices starts inside that paragraph, if one does. */
  answerFrom: number | undefined;
  /** How many of the blocks after that paragraph are choices. */
  choiceBlocks: number;
  /** Where an answer line starts inside the last of those blocks (`A. …` ⏎ `B. …` ⏎ `정답: B`), if one does. */
  answerInLastBlock?: number;
}

/**
 * `1. …무엇입니까?` with its choices written flush left after a blank line (`A. …` / `B. …`, one
 * paragraph or several): Markdown ends the list item at the blank line, but the choices are the
 * question's. Made a multiple-choice question as if they were inside it; the index of the block
 * after the choices, or undefined for anything else.
 */
export function choicesAfter(state: ExtractionState, node: List, blocks: readonly RootContent[], from: number): { next: number } | undefined {
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  const question = only?.children.length === 1 && only.children[0]!.type === 'paragraph' ? only.children[0] : undefined;
  if (!question || state.referenceDepth !== undefined) return undefined;
  const asked = choiceQuestion(plainLines(question).join(' '));
  if (asked === undefined) return undefined;
  const choices: string[] = [];
  const paragraphs: Paragraph[] = [];
  let answerFrom: number | undefined; // an answer line inside the last paragraph of choices
  for (let n = from; n < blocks.length && answerFrom === undefined; n++) {
    const block = blocks[n]!;
    if (block.type !== 'paragraph') break;
    const lines = plainLines(block).map((line) => line.trim());
    if (choiceIndex(lines[0]!) === undefined) break;
    const gathered = gatherChoices(lines);
    choices.push(...gathered.choices);
    paragraphs.push(block);
    if (gathered.lines < lines.length) {
      const sourceLines = state.source.slice(start(block), end(block)).split('\n');
      if (sourceLines.length !== lines.length) return undefined;
      answerFrom = start(block) + sourceLines.slice(0, gathered.lines).reduce((sum, text) => sum + text.length + 1, 0);
    }
  }
  if (!areChoices(choices)) return undefined;
  state.close(SUBTITLE_LEVEL);
  const concept = state.open('qa', asked, lineOf(only!), SUBTITLE_LEVEL, state.sectionPath());
  state.decide(node, 'title', concept);
  for (const [k, paragraph] of paragraphs.entries()) {
    const last = k === paragraphs.length - 1;
    const answerStart = last ? answerFrom : undefined; // an answer line in it is on the back
    state.addSlice(concept, start(paragraph), answerStart ?? end(paragraph), 0, paragraph);
    state.decide(paragraph, answerStart === undefined ? 'choices' : 'explanation', concept);
  }
  const after = blocks[from + paragraphs.length];
  const answerLine = answerFrom !== undefined ? state.lineFrom(answerFrom) : after?.type === 'paragraph' ? state.firstLineSource(after) : undefined;
  concept.choices = { lines: choices.map(shownChoice), parts: concept.parts.splice(0), named: choicesNamedByMark(answerLine, choices).map(shownChoice) };
  const lastParagraph = paragraphs[paragraphs.length - 1]!;
  if (answerFrom !== undefined) state.addSlice(concept, answerFrom, end(lastParagraph), 0, lastParagraph);
  return { next: from + paragraphs.length }; // what follows (the answer, its reasoning) joins the question
}

/**
 * Numbered choices under the question just opened (`Q1. …?`, `문제 1.`, a heading that asks), before
 * anything else is written under it: an ordered list (`1. ALB`, `2) NLB`) or lines of their own (`①
 * ALB`, `(2) NLB`), in one paragraph or several, perhaps ended by the answer line. Where they are
 * choices (areNumberedChoices), they are set apart as lettered ones are; the index of the block after
 * them, or undefined (numbered lines under a question are most often its answer, and stay so).
 */
export function numberedChoices(state: ExtractionState, blocks: readonly RootContent[], i: number): { next: number } | undefined {
  const owner = state.itemOwner === undefined ? state.current() : undefined;
  if (!owner || owner === state.deckTitle || owner.parts.length > 0 || owner.choices !== undefined || state.referenceDepth !== undefined) return undefined;
  // A `Q.` paragraph with no answer in it, or a heading that asks.
  if (!asksOverChoices(state, owner)) return undefined;
  const first = blocks[i]!;
  const nodes: (List | Paragraph)[] = [];
  if (first.type === 'list' && first.ordered === true) nodes.push(first);
  else for (let n = i; blocks[n]?.type === 'paragraph' && numberedChoice(plainLines(blocks[n] as Paragraph)[0]!) !== undefined; n++) nodes.push(blocks[n] as Paragraph);
  const gathered = gatherNumbered(state, nodes);
  if (!gathered) return undefined;
  const { choices, answerAt, used } = gathered;
  const last = used[used.length - 1]!;
  const after = blocks[i + used.length];
  const answerLine = answerAt?.line ?? (after?.type === 'paragraph' ? state.firstLineSource(after) : undefined);
  if (!areNumberedChoices(cleanTitle(owner.title), choices, answerLine)) return undefined;
  for (const node of used) {
    const answered = node === last && answerAt !== undefined; // its answer line is on the back
    state.addSlice(owner, start(node), answered ? answerAt.start : end(node), state.indentOf(node), node);
    state.decide(node, answered ? 'explanation' : 'choices', owner);
  }
  owner.choices = { lines: choices.map(shownChoice), parts: owner.parts.splice(0), named: choicesNamedByMark(answerLine, choices).map(shownChoice) };
  state.demotable.delete(owner); // unanswered, the question shows its choices on the back
  if (answerAt) addAnswer(state, owner, answerAt.start, end(last), last);
  return { next: i + used.length };
}

/**
 * Lettered choices under the question just opened (`## Q. 다음 중 TCP의 특징이 아닌 것은?`, a heading
 * that asks, a `Q.` paragraph with no answer), before anything else is written under it: `A. 연결
 * 지향`, `B. 신뢰성 보장`… one to a line in a paragraph or one to a paragraph, perhaps ended by the
 * answer line (`정답: C`, `**A.** C`). Where they are choices (areLetteredChoices), they go on the
 * front as numbered ones do (see numberedChoices); the index of the block after them, or undefined.
 */
export function letteredChoices(state: ExtractionState, blocks: readonly RootContent[], i: number): { next: number } | undefined {
  const owner = state.itemOwner === undefined ? state.current() : undefined;
  if (!owner || owner === state.deckTitle || owner.parts.length > 0 || owner.choices !== undefined || state.referenceDepth !== undefined) return undefined;
  if (!asksOverChoices(state, owner)) return undefined;
  const choices: string[] = [];
  const used: (Paragraph | List)[] = [];
  let answerAt: { line: string; start: number } | undefined;
  const first = blocks[i]!;
  if (first.type === 'list') {
    // `- A. …`, `- B. …`: one choice to an item, the answer line perhaps run on in the last.
    const gathered = letteredItems(state, first, choices);
    if (gathered === undefined) return undefined;
    used.push(first);
    answerAt = gathered.answerAt;
  }
  for (let n = i; first.type !== 'list' && blocks[n]?.type === 'paragraph' && answerAt === undefined; n++) {
    const paragraph = blocks[n] as Paragraph;
    const plain = plainLines(paragraph);
    if (choiceIndex(plain[0]!.trim()) !== choices.length) break;
    const gathered = gatherLettered(state, paragraph, choices);
    if (gathered === undefined) break;
    used.push(paragraph);
    answerAt = gathered.answerAt;
  }
  const after = blocks[i + used.length];
  const answerLine = answerAt?.line ?? (after?.type === 'paragraph' ? state.firstLineSource(after) : undefined);
  if (!areLetteredChoices(cleanTitle(owner.title), choices, answerLine)) return undefined;
  const last = used[used.length - 1]!;
  for (const node of used) {
    const answered = node === last && answerAt !== undefined; // its answer line is on the back
    state.addSlice(owner, start(node), answered ? answerAt!.start : end(node), 0, node);
    state.decide(node, answered ? 'explanation' : 'choices', owner);
  }
  owner.choices = { lines: choices.map(shownChoice), parts: owner.parts.splice(0), named: choicesNamedByMark(answerLine, choices).map(shownChoice) };
  state.demotable.delete(owner); // unanswered, the question shows its choices on the back
  if (answerAt) addAnswer(state, owner, answerAt.start, end(last), last);
  return { next: i + used.length };
}

/**
 * A question that choices may come under: a `Q.` paragraph with no answer in it, or a heading that
 * asks, labelled `Q.` or ending as a question does, perhaps before an exam's note (`…? (Choose two.)`).
 */
function asksOverChoices(state: ExtractionState, owner: Concept): boolean {
  if (owner.kind === 'qa') return state.demotable.has(owner);
  if (owner.kind !== 'question' && owner.kind !== 'heading') return false;
  const title = cleanTitle(owner.title);
  return asks(title) || choiceQuestion(title) !== undefined || state.labelledQuestions.has(owner);
}

/**
 * Lettered choices written as a bullet list, one to an item (`- A. …`, `- B. …`), added to `choices`:
 * each item a paragraph starting the next choice, an answer line only in the last. Undefined for any
 * other list.
 */
function letteredItems(state: ExtractionState, list: List, choices: string[]): { answerAt: { line: string; start: number } | undefined } | undefined {
  if (list.ordered === true) return undefined;
  let answerAt: { line: string; start: number } | undefined;
  for (const item of list.children) {
    const paragraph = item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : undefined;
    if (!paragraph || answerAt !== undefined || choiceIndex(plainLines(paragraph)[0]!.trim()) !== choices.length) return undefined;
    const gathered = gatherLettered(state, paragraph, choices);
    if (gathered === undefined) return undefined;
    answerAt = gathered.answerAt;
  }
  return { answerAt };
}

/**
 * Lettered choices from line `fromLine` of `paragraph` on, added to `choices` (those of the paragraphs
 * before): a line that starts none goes on with the one before, up to an answer line (`정답: C`, `**A.**
 * C`), which ends them. Undefined where the paragraph's lines cannot be told apart in its source.
 */
function gatherLettered(state: ExtractionState, paragraph: Paragraph, choices: string[], fromLine = 0): { answerAt: { line: string; start: number } | undefined } | undefined {
  const plain = plainLines(paragraph);
  const source = state.source.slice(start(paragraph), end(paragraph)).split('\n');
  if (plain.length !== source.length) return undefined;
  for (const [k, line] of plain.entries()) {
    if (k < fromLine) continue;
    const text = line.trim();
    if (choiceIndex(text) === choices.length) choices.push(text);
    // `**A.** C` under `D. …` labels the answer (plain, it reads `A. C`: no choice after D).
    else if (choices.length > 0 && (isAnswerLine(source[k]!.trim()) || ANSWER_LINE.test(text))) {
      const offset = source.slice(0, k).reduce((sum, written) => sum + written.length + 1, 0);
      return { answerAt: { line: source[k]!.trim(), start: start(paragraph) + offset + /^\s*/.exec(source[k]!)![0].length } };
    } else if (choices.length > 0) choices[choices.length - 1] += ` ${text}`;
    else return undefined;
  }
  return { answerAt: undefined };
}

/**
 * The choices of `nodes` in order, each with its number (a list item's marker put back before its
 * text), a line that starts none going on with the one before, up to an answer line (`정답 : 2`,
 * `해설: …`), which must be in the last block used (in a list, its last item). The first block's lines
 * before `fromLine` are not read (a question written above its choices in one paragraph).
 */
function gatherNumbered(state: ExtractionState, nodes: readonly (List | Paragraph)[], fromLine = 0): NumberedChoices | undefined {
  const choices: string[] = [];
  const used: (List | Paragraph)[] = [];
  for (const node of nodes) {
    const paragraphs = node.type === 'paragraph' ? [node] : node.children.map((item) => (item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : undefined));
    used.push(node);
    for (const [k, paragraph] of paragraphs.entries()) {
      if (!paragraph) return undefined; // an item of more than a line of text is no choice
      const plain = plainLines(paragraph);
      const source = state.source.slice(start(paragraph), end(paragraph)).split('\n');
      if (plain.length !== source.length) return undefined;
      // A list item's number is the list's, not its text's: put back as written (`1.`, `2)`).
      if (node.type === 'list') plain[0] = `${state.source.slice(start(node.children[k]!), start(paragraph)).trim()} ${plain[0]}`;
      for (const [n, line] of plain.entries()) {
        if (node === nodes[0] && n < fromLine) continue; // the question's own lines, above its choices
        const text = line.trim();
        if (choices.length > 0 && (isAnswerLine(text) || ANSWER_LINE.test(text))) {
          if (k < paragraphs.length - 1) return undefined;
          const offset = source.slice(0, n).reduce((sum, written) => sum + written.length + 1, 0);
          return { choices, answerAt: { line: source[n]!.trim(), start: start(paragraph) + offset + /^\s*/.exec(source[n]!)![0].length }, used };
        }
        if (numberedChoice(text) !== undefined) choices.push(text);
        else if (choices.length === 0) return undefined;
        else choices[choices.length - 1] += ` ${text}`;
      }
    }
  }
  return choices.length > 0 ? { choices, answerAt: undefined, used } : undefined;
}

/**
 * A numbered multiple-choice question (`1. …무엇입니까?` over the choices `A. …`, `**B. …**`, `① …`),
 * or undefined for any other item. At least two choices follow the question, in order: on the lines
 * after it, in paragraphs of their own, or both (`**A. …**` written right under the question, then
 * `B. …` after a blank line). A line under a choice that starts none goes on with it.
 */
export function multipleChoice(state: ExtractionState, item: ListItem): MultipleChoice | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const plain = plainLines(first);
  const sourceLines = state.source.slice(start(first), end(first)).split('\n');
  if (plain.length !== sourceLines.length) return undefined;
  const firstChoice = plain.findIndex((line) => choiceIndex(line.trim()) === 0);
  if (firstChoice === 0) return undefined; // the question comes first
  const gathered = firstChoice > 0 ? gatherChoices(plain.slice(firstChoice)) : { choices: [], lines: 0 };
  const choices = gathered.choices;
  // An answer line right under the choices (`정답: B`) ends them: the rest of the paragraph is the back.
  const answerLine = firstChoice > 0 && firstChoice + gathered.lines < plain.length ? firstChoice + gathered.lines : undefined;
  let blocksAfter = 0;
  let answerInLastBlock: number | undefined;
  for (const block of answerLine === undefined ? rest : []) {
    if (block.type !== 'paragraph' || choiceIndex(plainLines(block).join(' ').trim()) === undefined) break;
    // The choices one to a line in a paragraph of their own (after a blank line under the question),
    // perhaps with the answer line under them, or one to a paragraph.
    const lines = plainLines(block);
    const inBlock = gatherChoices(lines);
    const blockLines = state.source.slice(start(block), end(block)).split('\n');
    const answerAt = inBlock.lines < lines.length && blockLines.length === lines.length ? inBlock.lines : undefined;
    if (inBlock.choices.length > 1 && (inBlock.lines === lines.length || answerAt !== undefined)) choices.push(...inBlock.choices);
    else choices.push(lines.join(' '));
    blocksAfter++;
    if (answerAt !== undefined && inBlock.choices.length > 1) {
      const offset = blockLines.slice(0, answerAt).reduce((sum, text) => sum + text.length + 1, 0);
      answerInLastBlock = start(block) + offset + /^\s*/.exec(blockLines[answerAt]!)![0].length;
      break;
    }
  }
  if (!areChoices(choices.map((choice) => choice.trim()))) return undefined;
  const questionLines = firstChoice > 0 ? plain.slice(0, firstChoice) : plain;
  const question = choiceQuestion(questionLines.join(' '));
  if (question === undefined) return undefined;
  const offsetOf = (line: number) => start(first) + sourceLines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0);
  return {
    question,
    choices: choices.map(shownChoice),
    choicesFrom: firstChoice > 0 ? offsetOf(firstChoice) + /^\s*/.exec(sourceLines[firstChoice]!)![0].length : undefined,
    answerFrom: answerLine !== undefined ? offsetOf(answerLine) + /^\s*/.exec(sourceLines[answerLine]!)![0].length : undefined,
    choiceBlocks: blocksAfter,
    ...(answerInLastBlock !== undefined ? { answerInLastBlock } : {}),
  };
}

/** The choices apart (see Concept.choices), then the rest of the item (the answer, its reasoning) as the back. */
export function choicesInto(state: ExtractionState, concept: Concept, item: ListItem, choice: MultipleChoice): void {
  const [first, ...rest] = item.children as [Paragraph, ...ListItem['children']];
  const before = concept.parts.length;
  if (choice.choicesFrom !== undefined) state.addSlice(concept, choice.choicesFrom, choice.answerFrom ?? end(first), state.indentOf(first), first);
  const choiceBlocks = rest.slice(0, choice.choiceBlocks);
  const last = choiceBlocks[choiceBlocks.length - 1];
  for (const block of choiceBlocks) state.addSlice(concept, start(block), block === last ? (choice.answerInLastBlock ?? end(block)) : end(block), state.indentOf(block), block);
  const answerAt = choice.answerFrom ?? choice.answerInLastBlock;
  const after = rest[choice.choiceBlocks];
  const answerLine = answerAt !== undefined ? state.lineFrom(answerAt) : after?.type === 'paragraph' ? state.firstLineSource(after) : undefined;
  concept.choices = { lines: choice.choices, parts: concept.parts.splice(before), named: choicesNamedByMark(answerLine, choice.choices) };
  if (choice.answerFrom !== undefined) state.addSlice(concept, choice.answerFrom, end(first), state.indentOf(first), first);
  if (last && choice.answerInLastBlock !== undefined) state.addSlice(concept, choice.answerInLastBlock, end(last), state.indentOf(last), last);
  for (const block of rest.slice(choice.choiceBlocks)) state.addSlice(concept, start(block), end(block), state.indentOf(block), block);
}

/**
 * `* Q. 다음 중 …?` over a nested numbered list (`  1. EC2`, `  2. S3`) and its answer (`  * A. 2`): the
 * numbers are choices where an answer names one or the question asks to choose (areNumberedChoices),
 * and go on the front as a `Q1.` paragraph's do. How many of `blocks` they take (0: none, they stay the
 * answer, as a numbered list under `* Q. 3-way handshake 과정은?` is).
 */
export function nestedChoices(state: ExtractionState, concept: Concept, blocks: readonly ListItem['children'][number][]): number {
  const [list, after] = blocks;
  if (list?.type !== 'list' || list.ordered !== true) return 0;
  const gathered = gatherNumbered(state, [list]);
  if (!gathered) return 0;
  const { choices, answerAt } = gathered;
  // The answer under the choices: a line of the last one (`정답 : 2`), an item (`* A. 2`) or a paragraph.
  const answerParagraph = after?.type === 'list' ? after.children[0]?.children[0] : after;
  const answerLine = answerAt?.line ?? (answerParagraph?.type === 'paragraph' ? state.firstLineSource(answerParagraph) : undefined);
  if (!areNumberedChoices(cleanTitle(concept.title), choices, answerLine)) return 0;
  state.addSlice(concept, start(list), answerAt?.start ?? end(list), state.indentOf(list), list);
  concept.choices = { lines: choices.map(shownChoice), parts: concept.parts.splice(0), named: choicesNamedByMark(answerLine, choices).map(shownChoice) };
  if (answerAt) addAnswer(state, concept, answerAt.start, end(list), list);
  return 1;
}

/**
 * `Q1. …?` with its numbered choices on the lines under it, in the same paragraph (`① ALB`, `(2) NLB`):
 * where they are choices (areNumberedChoices), the line they start at, the choices and the answer line
 * under them, if there is one.
 */
export function choicesUnderQuestion(state: ExtractionState, node: Paragraph, lines: readonly string[], answerIndex: number, next: RootContent | undefined, titleOf: (questionLines: readonly string[]) => string): (NumberedChoices & { from: number; answerLine: string | undefined }) | undefined {
  const plain = plainLines(node);
  if (plain.length !== lines.length) return undefined;
  const from = plain.findIndex((line, n) => n > 0 && (answerIndex < 0 || n < answerIndex) && numberedChoice(line.trim())?.number === 1);
  const gathered = from > 0 ? gatherNumbered(state, [node], from) : undefined;
  if (!gathered) return letteredUnderQuestion(state, node, plain, next, titleOf);
  const answerLine = gathered.answerAt?.line ?? (next?.type === 'paragraph' ? state.firstLineSource(next) : undefined);
  return areNumberedChoices(titleOf(lines.slice(0, from)), gathered.choices, answerLine) ? { from, answerLine, ...gathered } : undefined;
}

/**
 * `Q. 다음 중 …?` with its lettered choices on the lines under it (`A. 연결 지향`, `B. …`): the first is
 * no `A.` answer (see choicesUnderQuestion, and letteredChoices for them in paragraphs of their own).
 */
function letteredUnderQuestion(state: ExtractionState, node: Paragraph, plain: readonly string[], next: RootContent | undefined, titleOf: (questionLines: readonly string[]) => string): (NumberedChoices & { from: number; answerLine: string | undefined }) | undefined {
  const from = plain.findIndex((line, n) => n > 0 && choiceIndex(line.trim()) === 0);
  if (from < 0) return undefined;
  const choices: string[] = [];
  const gathered = gatherLettered(state, node, choices, from);
  if (!gathered) return undefined;
  const answerLine = gathered.answerAt?.line ?? (next?.type === 'paragraph' ? state.firstLineSource(next) : undefined);
  const lines = state.source.slice(start(node), end(node)).split('\n');
  return areLetteredChoices(titleOf(lines.slice(0, from)), choices, answerLine) ? { from, choices, answerAt: gathered.answerAt, used: [node], answerLine } : undefined;
}

/**
 * A heading that asks (`## 3. ELB는 ...를 제공합니다.`) over its choices in a fenced block (`A. static
 * IPv4`, `B. …`) and then its answer: the choices are set apart, as a numbered question's are.
 */
export function fencedChoices(state: ExtractionState, concept: Concept): void {
  const [first, ...rest] = concept.parts;
  if (first?.type !== 'slice' || rest.length === 0) return;
  const fence = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1\s*$/.exec(state.source.slice(first.start, first.end).trim());
  if (!fence) return;
  const lines = fence[2]!.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const lettered = lines.every((line) => choiceIndex(line) !== undefined) && areChoices(lines);
  if (!lettered && !unletteredChoices(state, concept, lines, rest[0]!)) return;
  const next = rest[0]!;
  const answerLine = next.type === 'slice' ? state.lineFrom(next.start) : undefined;
  concept.choices = { lines: lines.map(shownChoice), parts: [first], named: choicesNamedByMark(answerLine, lines).map(shownChoice) };
  concept.parts = rest;
  // The fence was decided a part of the back before it was found to be the choices the front shows.
  const fenceLine = state.source.slice(0, first.start).split('\n').length;
  const fenceDecision = state.decisions.find((decision) => decision.concept === concept && decision.line === fenceLine && decision.outcome === 'explanation');
  if (fenceDecision) fenceDecision.outcome = 'choices';
}

/**
 * Choices without letters (`- SNI`, `- Host Headers`), bullets in the fence under a heading that asks:
 * choices only where an answer line (`정답 SNI`) follows them, since such bullets may as well be the
 * heading's own answer.
 */
function unletteredChoices(state: ExtractionState, concept: Concept, lines: readonly string[], next: BackPart): boolean {
  if (lines.length < 2 || !lines.every((line) => /^[-*+]\s+\S/.test(line))) return false;
  if (!asks(cleanTitle(concept.title)) && choiceQuestion(concept.title) === undefined) return false;
  const text = next.type === 'slice' ? state.source.slice(next.start, next.end) : next.markdown;
  const firstLine = text.replace(/^\s*(`{3,}|~{3,})[^\n]*\n/, '').trimStart().split('\n')[0]!;
  return /^(\*\*|__)?(정답|답)(\s|[.:)]|$)/.test(firstLine);
}

/**
 * A multiple-choice question answered after the author's reasoning (the choices, a fence of `A는 …라
 * 제거`, `D를 선택`, then `` **`정답 : (A)`** ``): the answer line goes first on the back, so that the card
 * answers before it explains, and what came before it follows in the note's order. The line boxed as
 * code (`` `정답 : (A)` ``, a fence holding it, alone or over prose) is prose: written as text. The choices it names
 * by their marks are written out under it, as under one right below the choices (see withNamedChoices).
 */
export function answerLineFirst(state: ExtractionState, concept: Concept): void {
  const choices = concept.choices;
  if (!choices) return;
  for (const [at, part] of concept.parts.entries()) {
    const answer = answerLineOf(state, part, choices.lines);
    if (!answer) continue;
    if (at === 0 && !answer.unboxed) return;
    concept.parts = [{ type: 'markdown', markdown: answer.line }, ...concept.parts.slice(0, at), ...answer.rest, ...concept.parts.slice(at + 1)];
    if (!choices.named?.length) choices.named = choicesNamedByMark(answer.line, choices.lines);
    return;
  }
}

/**
 * The answer line (naming one of `choices`) that a part of a back starts with, as text, and the rest
 * of the part, if it goes on; `unboxed` where the line was written as code. A fence holding the line
 * and prose under it (`정답 C` over `NLB는 …`) is read as the line and that prose as text (see prose-box.ts).
 */
function answerLineOf(state: ExtractionState, part: BackPart, choices: readonly string[]): { line: string; unboxed: boolean; rest: BackPart[] } | undefined {
  if (part.type !== 'slice') return undefined;
  const text = dedent(state.source.slice(part.start, part.end), part.indent).trim();
  const boxed = linesInBareFence(text);
  const boxedFrom = boxed?.findIndex((line) => line.trim() !== '') ?? -1;
  const newline = text.indexOf('\n');
  const written = boxed ? (boxed[boxedFrom] ?? '') : newline < 0 ? text : text.slice(0, newline);
  // `` **`정답 : (A)`** ``: the code around the whole line, inside its emphasis.
  const line = written.trim().replace(/^([*_]*)`([^`]+)`([*_]*)$/, '$1$2$3');
  if (!isAnswerLine(line) || !namesAChoice(line, choices)) return undefined;
  if (boxed) {
    const under = boxed.slice(boxedFrom + 1);
    const saysMore = under.some((boxedLine) => boxedLine.trim() !== '');
    // Code under the line keeps the box, and the box its place.
    if (saysMore && !isProse(boxed)) return undefined;
    return { line, unboxed: true, rest: saysMore ? [{ type: 'markdown', markdown: proseAsText(under) }] : [] };
  }
  const lineEnd = state.source.indexOf('\n', part.start);
  const rest: BackPart[] = lineEnd >= 0 && lineEnd < part.end ? [{ ...part, start: lineEnd + 1 }] : [];
  return { line, unboxed: line !== written.trim(), rest };
}

/**
 * Choices from `lines` (plain, from the first choice on): a line that starts none goes on with the one
 * before, up to a line that gives the answer (`정답: B`, `해설 : …`), which ends them.
 */
function gatherChoices(lines: readonly string[]): { choices: string[]; lines: number } {
  const choices: string[] = [];
  let n = 0;
  for (; n < lines.length; n++) {
    const line = lines[n]!;
    if (ANSWER_LINE.test(line.trim())) break;
    if (choiceIndex(line.trim()) !== undefined || choices.length === 0) choices.push(line);
    else choices[choices.length - 1] += ` ${line}`;
  }
  return { choices, lines: n };
}

/** A multiple-choice question whose choices are lettered (`A. …`, `(b) …`, `③ …`), not numbered. */
export function hasLetteredChoices(concept: Concept): boolean {
  return concept.choices !== undefined && choiceIndex(concept.choices.lines[0] ?? '') === 0;
}

/**
 * A choice as the front shows it: plain, and without what marks it as the answer (the bold is gone
 * with the markup; `(정답)`, `✅`, `← 정답` go here).
 */
export function shownChoice(choice: string): string {
  return cleanTitle(choice.replace(/\s*(\(정답\)|\[정답\]|←\s*정답|<-\s*정답|✅|✔️?|☑️?)\s*/gu, ' '));
}

/**
 * A paragraph's text without its markup, one string per source line: what mdast-util-to-string gives,
 * but with a hard break kept as the line end it is.
 */
function plainLines(paragraph: Paragraph): string[] {
  const text = (node: Node): string => {
    if (node.type === 'break') return '\n';
    if (node.type === 'image') return (node as Image).alt ?? '';
    if ('value' in node && typeof node.value === 'string') return node.value;
    return 'children' in node && Array.isArray(node.children) ? (node.children as Node[]).map(text).join('') : '';
  };
  return text(paragraph).split('\n');
}
