/**
 * Headings (`## …`): each opens a title whose explanation runs to the next heading of its level or
 * above. Numbered headings under a heading of nothing are its parts; a heading of nothing titles
 * nothing; a reference section (`## 참고 자료`) is left out, and so are an aside's (`## 참고`) but for its
 * sentences; a note without a `#` title is read under its
 * file's name or its front matter's `title:`.
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { displayTitle } from '../front.js';
import { cleanTitle, isBlankTitle, titleText } from '../title-rules/clean.js';
import { isFollowUpLabelled, labelledHeadingQuestion } from '../title-rules/question-labels.js';
import { endsWithQuestionMark } from '../title-rules/questions.js';
import { isAsideHeading, isReferenceHeading, isStudyPlanTitle } from '../title-rules/references.js';
import { isGenericTitle, sectionNumber, shownTitle, withoutOutlineNumber } from '../titles.js';
import type { Concept, ConceptKind } from '../types.js';
import { end, lineOf, start } from './source.js';
import { ASIDE_SECTION, type ExtractionState, REFERENCE_SECTION, STUDY_PLAN_SECTION } from './state.js';

/** Numbered headings that are the parts of a heading of the same level stand between it and the level below. */
const PART_OFFSET = 0.5;

/** Words that say parts follow: kinds, a count, `다음과 같다` (see `announcesParts`). */
const PARTS_ANNOUNCED = /분류|종류|유형|구성\s?요소|단계|원칙|조건|(?:\d+|두|세|네|다섯|여섯|일곱)\s*(?:가지|개의|단계|요소)|(?:다음|아래)과\s*같|(?:다음|아래)의|나뉜|나눌\s*수|나누어|구분(?:된|할|하면|한다|됩)/;
/**
 * The same in an intro, where a stage, a principle or a condition is as often mentioned in passing
 * (`실행 단계가 몇 번 도는지 센다`): there they announce parts only after a count (`세 단계`, `4가지 조건`).
 */
const PARTS_ANNOUNCED_IN_INTRO = /분류|종류|유형|구성\s?요소|(?:\d+|두|세|네|다섯|여섯|일곱)\s*(?:가지|개의|단계|요소)|(?:다음|아래)과\s*같|(?:다음|아래)의|나뉜|나눌\s*수|나누어|구분(?:된|할|하면|한다|됩)/;

/** The label `explain` shows for the title a note without one is given (see `untitledName`). */
export const FILE_NAME_BLOCK = 'file name';
/** The label `explain` shows for that title where the note's front matter gives it (`title: …`). */
export const FRONT_MATTER_TITLE_BLOCK = 'title:';

/** Before the walk: the headings numbered 1 whose numbering goes on (see `numberingGoesOn`). */
export function markNumberingsGoingOn(state: ExtractionState, blocks: readonly RootContent[]): void {
  const headings = blocks.filter((block): block is Heading => block.type === 'heading');
  for (const [n, heading] of headings.entries()) {
    if (sectionNumber(cleanTitle(titleText(heading))) !== 1) continue;
    const next = headings.slice(n + 1).find((later) => later.depth <= heading.depth && !isBlankTitle(cleanTitle(titleText(later))));
    if (next?.depth === heading.depth && sectionNumber(cleanTitle(titleText(next))) === 2) state.numberingGoesOn.add(heading);
  }
}

/**
 * A heading block: its title without the number of the heading above it (`1.1.1` under `1.1 서브넷`) and
 * without a `Q.` label, which makes it a question. A heading of nothing titles nothing (see `blankHeading`),
 * but for the note's `#` title (see `openHeading`).
 */
export function readHeading(state: ExtractionState, node: Heading, next?: RootContent): void {
  const asWritten = cleanTitle(titleText(node));
  const written = withoutOutlineNumber(asWritten, state.headingsAsWritten.slice(0, node.depth - 1).filter((above) => above !== undefined).at(-1));
  state.headingsAsWritten = state.headingsAsWritten.slice(0, node.depth - 1);
  state.headingsAsWritten[node.depth - 1] = asWritten;
  const question = node.depth > 1 ? labelledHeadingQuestion(written) : undefined;
  const title = question ?? written;
  // A look back (`## 회고`) is the author's where the text under it is theirs (see isStudyPlanTitle), and
  // a licence's title the note's own where that text defines nothing (see isReferenceHeading).
  const firstText = next === undefined || next.type === 'heading' ? undefined : toString(next);
  const aboutTheStudy = isStudyPlanTitle(title, firstText);
  if (!isBlankTitle(title)) openHeading(state, node.depth, title, lineOf(node), state.numberingGoesOn.has(node), question !== undefined, question !== undefined && isFollowUpLabelled(written), aboutTheStudy, firstText);
  else if (node.depth === 1 && state.deckName === undefined) openHeading(state, 1, '', lineOf(node));
  else blankHeading(state, node);
}

function openHeading(state: ExtractionState, depth: number, title: string, line: number, numberingGoesOn = false, labelledQuestion = false, followUp = false, aboutTheStudy = false, firstText?: string): void {
  state.followUps = false;
  state.leadAwaited = false;
  // The file's name titles only the blocks above the note's first heading.
  if (state.untitledLead && state.stack[0]?.concept === state.untitledLead.concept) state.close(1);
  const whole = wholeOfNumbered(state, depth, title, numberingGoesOn);
  if (whole === undefined && state.numberedParts !== undefined && depth <= state.numberedParts.depth) state.numberedParts = undefined;
  // A part closes the part before it and what that heads, never its whole.
  state.close(whole ? depth + PART_OFFSET : depth);
  if (whole && state.numberedParts === undefined) {
    const decision = state.decisions.find((made) => made.concept === whole && made.outcome === 'title');
    if (decision) decision.reason = 'section with no explanation of its own: the numbered headings after it are its parts';
  }
  if (whole) state.numberedParts = { whole, depth, number: sectionNumber(title)! };
  state.headings = state.headings.slice(0, depth - 1);
  state.headings[depth - 1] = title;
  const label = `heading ${depth}`;
  if (state.referenceDepth !== undefined && depth > state.referenceDepth) {
    state.decisions.push({ line, block: label, outcome: 'dropped', reason: state.referenceReason });
    return;
  }
  state.referenceDepth = undefined;
  // A section about the study itself (`# 4. 강의 콘텐츠 선정`) is dropped as a reference section is, all under it.
  if (isReferenceHeading(title, firstText) || (state.deckName !== undefined && aboutTheStudy)) {
    state.referenceDepth = depth;
    state.referenceReason = isAsideHeading(title) ? ASIDE_SECTION : isReferenceHeading(title, firstText) ? REFERENCE_SECTION : STUDY_PLAN_SECTION;
    state.decisions.push({ line, block: label, outcome: 'dropped', reason: state.referenceReason });
    return;
  }
  const isDeckTitle = depth === 1 && state.deckName === undefined;
  if (isDeckTitle) state.deckName = title;
  // `# ` with nothing after it (or only markup) titles nothing: the deck is named after the file,
  // and so is the card of what it heads.
  const shown = isDeckTitle && title === '' && state.untitledName !== undefined ? state.untitledName : title;
  // A heading labelled `Q.` is a question, though it may end in `…설명해 주세요.` rather than `?`.
  const kind: ConceptKind = labelledQuestion || endsWithQuestionMark(shown) ? 'question' : 'heading';
  const concept = state.open(kind, shown, line, whole ? depth + PART_OFFSET : depth, state.sectionPath());
  if (labelledQuestion) state.labelledQuestions.add(concept);
  if (followUp) concept.followUp = true;
  if (isDeckTitle) state.deckTitle = concept;
  state.decisions.push({ line, block: label, outcome: isDeckTitle ? 'deck-title' : 'title', concept });
}

/**
 * `## 1. 일관성` right under `## CAP 이론`, then `## 2. 가용성`, `## 3. …` at the same level: the numbered
 * headings are its parts, as if written a level below it (see `numberedParts`). The whole they are
 * parts of, or undefined for any other heading. Only a numbering that starts at 1 under a heading of
 * a name or a question (not a number, nor `목차`, `개요`, `특징`) and goes on 2, 3… is read so. Under a
 * heading of nothing, `1.` alone is enough; under one with an intro of its own (`## NoSQL 분류`, a
 * sentence, `## 1. 키-값`), only a `1.` that a `2.` follows, since a lone `1.` after an explained
 * heading may as well start a numbering of its own. The intro stays the whole's own card.
 */
function wholeOfNumbered(state: ExtractionState, depth: number, title: string, numberingGoesOn: boolean): Concept | undefined {
  const number = sectionNumber(title);
  if (number === undefined || state.referenceDepth !== undefined || isReferenceHeading(title)) return undefined;
  const parts = state.numberedParts;
  if (parts !== undefined) return parts.depth === depth && number === parts.number + 1 ? parts.whole : undefined;
  if (number !== 1 || depth < 2) return undefined;
  // The heading just above, over any sub-titles (a callout, a bold line) its intro opened.
  const above = [...state.stack].reverse().find((open) => open.level <= 6);
  if (above?.level !== depth) return undefined;
  const open = above.concept;
  if ((open.kind !== 'heading' && open.kind !== 'question') || open === state.deckTitle) return undefined;
  const empty = open.parts.length === 0 && !state.parents.has(open);
  if (!empty && !(numberingGoesOn && announcesParts(state, open))) return undefined;
  return sectionNumber(open.title) === undefined && !isGenericTitle(shownTitle(open)) ? open : undefined;
}

/**
 * Whether a heading with an intro of its own says that parts follow: its title or intro names kinds or
 * a count (`NoSQL 분류`, `두 가지`, `다음과 같다`). A `## 시간 복잡도` whose intro only explains it, over
 * chapters `## 1. 정렬`, `## 2. 탐색`, is not their whole: the note is numbered by chapter.
 */
function announcesParts(state: ExtractionState, open: Concept): boolean {
  const intro = open.parts.map((part) => (part.type === 'slice' ? state.source.slice(part.start, part.end) : part.markdown)).join('\n');
  return PARTS_ANNOUNCED.test(open.title) || PARTS_ANNOUNCED_IN_INTRO.test(intro);
}

/**
 * `### ` or `### <br>` (a `#` title of nothing aside, see `openHeading`): it has no title to ask, so what
 * it heads is explained by the title it stands under (the `##` above it), rather than lost with it.
 * Like any heading of its level, it ends the sections and sub-titles of that level and below.
 */
function blankHeading(state: ExtractionState, node: Heading): void {
  state.followUps = false;
  const label = `heading ${node.depth}`;
  if (state.referenceDepth !== undefined && node.depth > state.referenceDepth) {
    state.decisions.push({ line: lineOf(node), block: label, outcome: 'dropped', reason: state.referenceReason });
    return;
  }
  state.referenceDepth = undefined;
  if (state.numberedParts !== undefined && node.depth <= state.numberedParts.depth) state.numberedParts = undefined;
  // With no title above its level (a `## ` in a note without a `#` title), the section before it goes on.
  state.close(state.stack.some((open) => open.level < node.depth) ? node.depth : node.depth + 1);
  // An image in it is kept where it stands; spaces, `<br>` and an emoji (`:memo:`) say nothing.
  if (/!\[|<img\s/i.test(state.source.slice(start(node), end(node)))) {
    if (state.leadAwaited) openUntitledLead(state, lineOf(node));
    state.explain(node);
    state.decisions[state.decisions.length - 1]!.block = label;
    return;
  }
  state.decisions.push({ line: lineOf(node), block: label, outcome: 'dropped', reason: 'heading with no title: what it heads joins the section it stands in' });
}

/**
 * A note with no `#` title: its first blocks are read as the explanation of a `#` title named as its
 * deck is (its card's front is the deck's name, as a `#` title's would be), and so is a preface there;
 * unless that name is a reference section's (`참고자료.md`).
 */
export function openUntitledLead(state: ExtractionState, line: number): void {
  state.leadAwaited = false;
  const title = state.untitledName!;
  // A file named as a reference section is (`참고자료.md`): a reading list all through, as under `# 참고자료`.
  if (isReferenceHeading(title)) {
    state.referenceDepth = 1;
    state.referenceReason = REFERENCE_SECTION;
    return;
  }
  const concept = state.open(endsWithQuestionMark(title) ? 'question' : 'heading', title, line, 1, []);
  state.deckTitle = concept;
  state.untitledLead = { concept, decisionsBefore: state.decisions.length };
}

/**
 * The untitled note's lead in `explain`, where its card starts: at the first block it holds, which is
 * also the card's line (a note's first block may be a separator, left out).
 */
export function placeUntitledLead(state: ExtractionState): void {
  if (!state.untitledLead) return;
  const { concept, decisionsBefore } = state.untitledLead;
  const first = state.decisions.findIndex((decision, n) => n >= decisionsBefore && decision.concept === concept);
  if (first < 0) return; // it holds nothing: no card, and nothing to say
  concept.line = state.decisions[first]!.line;
  state.decisions.splice(first, 0, { line: concept.line, ...(state.untitledFrom === 'file' ? { block: FILE_NAME_BLOCK, reason: 'the note has no # title: named after the file' } : { block: FRONT_MATTER_TITLE_BLOCK, reason: "the note has no # title: named by its front matter's title" }), outcome: 'deck-title', concept });
}
