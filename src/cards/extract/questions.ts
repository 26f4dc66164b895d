/**
 * Questions written with a label: a `Q.` paragraph (`Q. 질문` over `A. 답`), a `* Q.` list item, and a
 * quiz boxed in a fence (`질문 1:` … `답 : …`); and the `A.` that labels an answer, taken off its back.
 */
import type { Code, List, ListItem, Node, Paragraph, RootContent } from 'mdast';
import { areChoices, choicesNamedByMark } from '../title-rules/choices.js';
import { cleanTitle } from '../title-rules/clean.js';
import { answerPrefixLength, isFollowUpLabelled, isNumberedLabel, isQuestionLabel, questionPrefixLength } from '../title-rules/question-labels.js';
import { asks, QUESTION_MAX } from '../title-rules/questions.js';
import type { Concept } from '../types.js';
import { choicesUnderQuestion, hasLetteredChoices, nestedChoices, QA_ANSWER_LABEL, shownChoice } from './choices.js';
import { end, lineOf, start } from './source.js';
import { type ExtractionState, SUBTITLE_LEVEL } from './state.js';

/**
 * A quiz written inside a fenced block, as a box around it (```` ``` ```` then `질문 1:`, the question,
 * `답 : …` and its reasoning): a question card like `Q.`/`A.` lines outside a fence. The question needs
 * a label (`질문 1:`, `Q.`) or to ask (`…까요?`, a blank `....`); the answer a `답`/`정답` line (or `A.`
 * after `Q.`), so that code and a fence of choices (`A. ALB`) are never read as one.
 */
export function fencedQuiz(state: ExtractionState, node: Code): boolean {
  // Indented code is a `code` node too, with no fence to box the answer in: code, not a quiz.
  const source = state.source.slice(start(node), end(node));
  const fence = /^(`{3,}|~{3,})/.exec(source.trimStart())?.[1];
  if (fence === undefined) return false;
  const lines = node.value.split('\n');
  const labelOnly = lines.length > 0 && isQuestionLabel(lines[0]!.trim());
  const prefix = labelOnly ? undefined : questionPrefixLength(lines[0]!.trim());
  const labelled = labelOnly || prefix !== undefined;
  const answerAt = lines.findIndex((line, n) => n > 0 && answerPrefixLength(line.trim()) !== undefined && (labelled || /^(\*\*|__)?정?답/.test(line.trim())));
  if (answerAt < 0) return false;
  const asked = cleanTitle(lines.slice(labelOnly ? 1 : 0, answerAt).join('\n').trim().slice(prefix ?? 0));
  if (asked === '' || [...asked].length > QUESTION_MAX || areChoices(lines.slice(0, answerAt).map((line) => line.trim()).filter(Boolean))) return false;
  // A blank to fill (`....`, `___`, `( )`), not a call (`print()`).
  if (!labelled && !asks(asked) && !/\.{3,}|…|_{3,}|(?<![\w)\]])\(\s*\)/.test(asked)) return false;
  const answerLine = lines[answerAt]!.trim();
  const answer = [answerLine.slice(answerPrefixLength(answerLine)), ...lines.slice(answerAt + 1)].join('\n').trim();
  if (answer === '') return false;
  // Whole in its fence, it takes nothing after it: what follows is its section's again.
  state.close(SUBTITLE_LEVEL);
  const concept = state.child(state.current(), 'qa', asked, lineOf(node), state.sectionPath());
  state.decide(node, 'title', concept);
  // The answer stays in a fence as the author boxed it (its opening line as written), without its label.
  const opening = source.slice(0, source.indexOf('\n')).trim();
  concept.parts.push({ type: 'markdown', markdown: `${opening}\n${answer}\n${fence}` });
  return true;
}

/** A `문제 1.` paragraph that asks, or has its answer in it or right after it (`답 : …`). */
export function isAnswered(state: ExtractionState, node: Paragraph, next: RootContent | undefined): boolean {
  const lines = state.source.slice(start(node), end(node)).split('\n');
  if (lines.some((line, n) => n > 0 && answerPrefixLength(line) !== undefined)) return true;
  if (next?.type === 'paragraph' && answerPrefixLength(state.firstLineSource(next)) !== undefined) return true;
  return asks(lines.join(' '));
}

/** The question of lines that begin with its label, `prefix` long (`**Q. 질문**` → `질문`). */
function labelledQuestion(lines: readonly string[], prefix: number): string {
  const asked = lines.join(' ').slice(prefix);
  // `**Q. 질문**` in bold whole: the label took the opening marks, so the closing ones go too.
  const bold = /^(\*\*|__)/.exec(lines[0] ?? '')?.[1];
  return cleanTitle(bold && asked.trimEnd().endsWith(bold) && !asked.includes(bold + ' ') ? asked.trimEnd().slice(0, -bold.length) : asked);
}

/**
 * A `문제 1.` line right over a list, asking nothing (`**문제1. 응시자는 다음 지식을 갖추어야 합니다.**`
 * over what they are): a question the author set, stated as the lead-in of its answer, the
 * list. The list is all the answer: what follows it is its section's again. Returns the index of the
 * block after the list, or undefined where blocks[at] is no such line (a `문제 1.` that asks or has an
 * `답 :` line is `readQuestion`'s; one over anything else numbers a section).
 */
export function questionOverList(state: ExtractionState, blocks: readonly RootContent[], at: number): number | undefined {
  const node = blocks[at];
  const list = blocks[at + 1];
  if (node?.type !== 'paragraph' || list?.type !== 'list' || state.afterFirstLine(node) !== undefined) return undefined;
  const line = state.firstLineSource(node);
  const prefix = questionPrefixLength(line);
  if (prefix === undefined || !isNumberedLabel(line) || isFollowUpLabelled(line) || isAnswered(state, node, list)) return undefined;
  state.close(SUBTITLE_LEVEL);
  const concept = state.child(state.current(), 'qa', labelledQuestion([line], prefix), lineOf(node), state.sectionPath());
  state.decide(node, 'title', concept);
  state.addSlice(concept, start(list), end(list), state.indentOf(list), list);
  state.decide(list, 'explanation', concept);
  return at + 2;
}

/** `Q. 질문` with the answer on an `A.` line of the same paragraph, or in the blocks that follow. */
export function readQuestion(state: ExtractionState, node: Paragraph, prefix: number, next: RootContent | undefined): void {
  const text = state.source.slice(start(node), end(node));
  const lines = text.split('\n');
  const answerIndex = lines.findIndex((line, n) => n > 0 && answerPrefixLength(line) !== undefined);
  const titleOf = (questionLines: readonly string[]) => labelledQuestion(questionLines, prefix);
  const choices = choicesUnderQuestion(state, node, lines, answerIndex, next, titleOf);
  const title = titleOf(choices ? lines.slice(0, choices.from) : answerIndex < 0 ? lines : lines.slice(0, answerIndex));
  state.close(SUBTITLE_LEVEL);
  const concept = state.open('qa', title, lineOf(node), SUBTITLE_LEVEL, state.sectionPath());
  if (isFollowUpLabelled(text)) concept.followUp = true;
  state.decide(node, 'title', concept);
  if (choices) {
    const from = start(node) + lines.slice(0, choices.from).reduce((sum, line) => sum + line.length + 1, 0);
    state.addSlice(concept, from, choices.answerAt?.start ?? end(node), 0, node);
    concept.choices = { lines: choices.choices.map(shownChoice), parts: concept.parts.splice(0), named: choicesNamedByMark(choices.answerLine, choices.choices).map(shownChoice) };
    if (choices.answerAt) addAnswer(state, concept, choices.answerAt.start, end(node), node);
    // Else the paragraph after it may answer it; if nothing does, it stays a line of its section, choices and all.
    else state.markDemotable(concept, node);
    return;
  }
  if (answerIndex >= 0) addAnswer(state, concept, start(node) + lines.slice(0, answerIndex).join('\n').length + 1, end(node), node);
  else state.markDemotable(concept, node); // a question the note does not answer stays a line of its section
}

/**
 * `* Q. 질문` with its answer in nested items (`  * A. 답`) or following lines. The `A.` marker is
 * dropped from the back; other nested items (a reference link, say) stay.
 */
export function questionItem(state: ExtractionState, owner: Concept | undefined, item: ListItem, prefix: number, section: string[]): Concept {
  const [first, ...others] = item.children as [Paragraph, ...ListItem['children']];
  const text = state.source.slice(start(first), end(first));
  const title = cleanTitle(text.split('\n')[0]!.slice(prefix));
  const concept = state.child(owner, 'qa', title, lineOf(item), section);
  state.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
  const rest = state.afterFirstLine(first);
  if (rest !== undefined) addAnswer(state, concept, rest, end(first), first);
  const choices = rest === undefined ? nestedChoices(state, concept, others) : 0;
  const answers = (list: List) => list.children.some((answer) => answer.children[0]?.type === 'paragraph' && answerPrefixLength(state.firstLineSource(answer.children[0])) !== undefined);
  for (const block of others.slice(choices)) {
    // A list with no `A.` item in it (the steps `1. SYN`, `2. SYN-ACK` that answer) stays one list.
    if (block.type !== 'list' || !answers(block)) {
      state.addSlice(concept, start(block), end(block), state.indentOf(block), block);
      continue;
    }
    for (const answer of block.children) {
      const paragraph = answer.children[0];
      if (paragraph?.type === 'paragraph' && answerPrefixLength(state.firstLineSource(paragraph)) !== undefined) {
        addAnswer(state, concept, start(paragraph), end(answer), answer);
      } else {
        state.addSlice(concept, start(answer), end(answer), state.indentOf(answer), answer);
      }
    }
  }
  return concept;
}

/**
 * An answer, without its `A.` marker; a multiple-choice question's keeps it (`정답 : B` says more than
 * `B`), except an `A.` under lettered choices, where `A. C` would read as the choice A.
 */
export function addAnswer(state: ExtractionState, concept: Concept, from: number, to: number, node: Node): void {
  const newline = state.source.indexOf('\n', from);
  const line = state.source.slice(from, newline < 0 ? undefined : newline);
  const keepsLabel = concept.choices !== undefined && !(hasLetteredChoices(concept) && QA_ANSWER_LABEL.test(line));
  const prefix = keepsLabel ? 0 : (answerPrefixLength(line) ?? 0);
  state.addSlice(concept, from + prefix, to, state.indentOf(node), node);
}
