/**
 * Parts of an explanation that are cards of their own, under a title whose answer is all its parts say
 * (see `asksForAll` in lists.ts): which of them its back keeps. A title asking what a thing is (`REST란`)
 * keeps its definition (`- REST의 정의`, `- 개념`, `- 사전적 의미 : …`) and every line on no other card;
 * its other sections (`- REST 구성 요소`, `- REST 특징`), each a card over its own content, are left to
 * their cards: a learner asked `REST란?` should not recite what a dozen cards ask piece by piece. A title
 * asking how things differ (`뮤텍스와 세마포어의 차이`) keeps what states the difference (`- 차이`,
 * `- 같은점`, the labels of a comparison) and leaves the things compared to their cards; where nothing
 * states it, the things compared are the answer, whole: their sections (`- 특징` under `- TCP` and under
 * `- UDP`) are where they differ. So are a label's lines where all under it is left out (`- REST 장단점`
 * over `- 장점`, `- 단점`): it would dangle. A section naming the definition keeps its place, alone or
 * first of more (`- 개요`, `- 개념 및 발생 조건`). Nothing on no card is left out.
 */
import type { List, ListItem } from 'mdast';
import { listsAnAnswer } from '../back.js';
import { subjectOf } from '../front.js';
import { asksWhatItIs, namesItsDefinition } from '../title-rules/aspects.js';
import { asksHowThingsDiffer, namesAComparison, namesADifference } from '../title-rules/comparisons.js';
import { shownTitle } from '../titles.js';
import type { Concept } from '../types.js';
import type { ExtractionState } from './state.js';

/** A section of the explanation over its own content, which its own card asks (`- REST 특징` over its items). */
export function isSectionOnItsCard(state: ExtractionState, concept: Concept): boolean {
  return (
    concept.kind === 'list-title' &&
    concept.parts.some((part) => (part.type === 'slice' ? state.source.slice(part.start, part.end).trim() !== '' : part.markdown.trim() !== '' && listsAnAnswer(part)))
  );
}

/**
 * The items of `list` (at any depth) that `owner`'s back leaves to their own cards. `children` are the
 * concepts its items made, by index. Empty under a title that asks neither what a thing is nor how
 * things differ: a question such as `Java의 메모리 영역은?` is answered by all its parts say.
 */
export function partsLeftToTheirCards(state: ExtractionState, owner: Concept, list: List, children: readonly (Concept | undefined)[]): Set<ListItem> {
  const title = shownTitle(owner);
  const asksWhatItIsFor = subjectOf(title) !== title;
  const asksDifference = asksHowThingsDiffer(title);
  const leftOut = new Set<ListItem>();
  if (!asksWhatItIsFor && !asksDifference) return leftOut;
  // Where nothing states how they differ, the things compared (`- TCP`, `- UDP`) are the answer with all
  // they hold: their features are the difference, and names alone would not say it.
  if (asksDifference && !list.children.some((_, n) => statesTheDifference(children[n]))) return leftOut;
  const staysWhole = (concept: Concept) => {
    const label = shownTitle(concept);
    return asksWhatItIs(label) || namesItsDefinition(label) || namesAComparison(label) || concept.comparison !== undefined;
  };
  const onItsCard = (concept: Concept | undefined) => concept !== undefined && isSectionOnItsCard(state, concept) && !staysWhole(concept);
  // A label over nothing but what is left out would dangle on the back (`- REST 장단점` over `- 장점`, `- 단점`).
  const labelOverLeftOut = (item: ListItem) => {
    const [first, ...nested] = item.children;
    const concept = state.itemConcepts.get(item);
    return (
      first?.type === 'paragraph' &&
      state.afterFirstLine(first) === undefined &&
      nested.length > 0 &&
      nested.every((block) => block.type === 'list' && block.children.every((sub) => leftOut.has(sub))) &&
      (concept === undefined || !staysWhole(concept))
    );
  };
  const leaveOutWithin = (item: ListItem): void => {
    for (const block of item.children) {
      if (block.type !== 'list') continue;
      for (const sub of block.children) {
        if (onItsCard(state.itemConcepts.get(sub))) {
          leftOut.add(sub);
          continue;
        }
        leaveOutWithin(sub);
        if (labelOverLeftOut(sub)) leftOut.add(sub);
      }
    }
  };
  for (const item of list.children) leaveOutWithin(item);
  const top = list.children.filter((item, n) => onItsCard(children[n]) || labelOverLeftOut(item));
  // A question asking what a thing is that its sections alone answer keeps them (their own sections left out).
  const ownerSaysMore = owner.parts.some((part) =>
    part.type === 'slice' ? part.templateLabel === undefined && state.source.slice(part.start, part.end).trim() !== '' : part.markdown.trim() !== '' && listsAnAnswer(part),
  );
  const answeredBySections = top.length === list.children.length && !ownerSaysMore;
  if (!asksDifference && answeredBySections) return leftOut;
  for (const item of top) leftOut.add(item);
  return leftOut;
}

/** A part stating how the things compared differ (`- 차이`, `- 차이점`, the labels of a comparison). */
function statesTheDifference(concept: Concept | undefined): boolean {
  return concept !== undefined && (namesADifference(shownTitle(concept)) || concept.comparison !== undefined);
}
