/**
 * HTML blocks: comments and spacing are left out, `<details><summary>질문</summary>답</details>` is a
 * question card, any other HTML is explanation.
 */
import type { Html, RootContent } from 'mdast';
import { collapseWhitespace, decodeCharacterReferences } from '../../util/text.js';
import { cleanTitle } from '../title-rules/clean.js';
import { isFollowUpLabelled, labelledHeadingQuestion } from '../title-rules/question-labels.js';
import type { Concept } from '../types.js';
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
  const owner = state.current();
  const concept = state.child(owner, 'details', title, lineOf(opening), owner?.section ?? state.sectionPath());
  if (isFollowUpLabelled(written)) concept.followUp = true;
  state.decide(opening, 'title', concept);
  const afterSummary = opening.value.slice(summary!.index + summary![0].length);
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
