/** `amgi explain`: for every block of a note, whether it became a card, by which rule, or why not. */
import { answersItsParent, cardsFromText, isReasonWhy } from './cards.js';
import { asksNothing } from './front.js';
import { noteEmbeds } from '../notes/obsidian-markup.js';
import { DEFINITIONS_BLOCK, NUMBERED_LINES_BLOCK } from './extract/lines.js';
import type { Concept, ConceptKind } from './types.js';

export const RULE_NAMES: Record<ConceptKind, string> = {
  heading: 'heading with its own explanation',
  question: 'heading ending in ? or labelled Q.',
  callout: 'callout (> title line)',
  'bold-title': 'bold line (or a label line over its list) used as a sub-title',
  'list-title': 'list item used as a sub-title',
  term: 'term : description',
  definition: 'sentence introducing a fenced definition',
  details: '<details> with a <summary>',
  qa: 'question with its answer: Q. / A. lines or multiple choice',
  'table-row': 'row of a table',
};

/** A list, or lines of a paragraph read as one (see `linesAsList` in extract/lines.ts). */
const LIST_BLOCKS: ReadonlySet<string> = new Set(['list', NUMBERED_LINES_BLOCK, DEFINITIONS_BLOCK]);

const TABLE_OF_CONTENTS_REASON =
  'its list only names its sections (one asking …란, an aspect of it, or itself again; or under a title asking what a thing is, 개념 or 정의, which names do not say), each a card of its own: a table of contents, no answer';

/** Its back would be a table of contents and nothing else: see `subTopicsOnly`. */
function listsOnlySubTopics(concept: Concept): boolean {
  return concept.parts.some((part) => part.type === 'markdown' && part.subTopicsOnly === true);
}

const SCREENSHOTS_REASON = 'its back is only screenshots of a lab or a step (`CLB 실습`, `5. 생성` under `AS 생성`), with at most words announcing the step (`…테스트를 해보자`) or pointing at its screenshot (`다음과 같이 …을 확인할 수 있다`): a console shown, nothing to recall';

const PLACEHOLDER_REASON = 'its back is only a word standing in for an answer to come (`표`, `TBD`, `작성 중`): nothing to recall yet';

const RESTATEMENT_REASON = 'its back only says the title\'s words again (`자료 저장소 ; 자료 보관소`): nothing to learn';

const LINKS_REASON = 'its back is only a link to a page elsewhere (`[샘플 문항](….pdf)`), with at most the author\'s log of it (a score): nothing to recall';

const LEAD_IN_REASON = 'it only leads into the sub-titles under it (a question, `다음과 같다`, or an aside in italics), and they are cards of their own';

/**
 * The rule as `amgi explain` names it. A table whose first header names kinds (`| 유형 | 설명 |`) makes
 * a `list-title` card asking for them (`EC2의 유형은?`), but no list item is there to point at; so does
 * a list naming kinds of its title (`- 기능적 응집도` under `## 응집도`: `응집도의 종류는?`).
 */
export function ruleName(block: Pick<ExplainedBlock, 'block' | 'rule' | 'namesItsParts'>): string {
  if (block.rule === 'list-title' && block.block === 'table') return 'table whose first header names kinds, such as | 유형 | 설명 |';
  if (block.rule === 'list-title' && LIST_BLOCKS.has(block.block)) return 'list naming kinds of the title above (기능적 응집도 under 응집도): asked for its kinds';
  if (block.namesItsParts) return 'heading asking for kinds or a count, in its title or its intro, or whose intro asks how or why over its sub-headings: its back names them';
  return RULE_NAMES[block.rule!];
}

export interface ExplainedBlock {
  line: number;
  block: string;
  outcome: 'card' | 'explanation' | 'choices' | 'deck-title' | 'no-card' | 'dropped';
  /** Rule that made the card (for `card`). */
  rule?: ConceptKind;
  /** The card is a heading's that asks for kinds (`샤딩의 종류는?`), its back its sub-titles' names. */
  namesItsParts?: boolean;
  /** The card this block is the title of, or part of the back of. */
  front?: string;
  reason?: string;
  /** Notes it embeds (`![[VPC]]`), which a card cannot show: what the card shows in their place (`[노트: VPC]`). */
  embedsNotes?: { written: string; shown: string }[];
}

export interface Explanation {
  deckName: string | undefined;
  cards: number;
  blocks: ExplainedBlock[];
}

/** `untitledName`: the deck's name should the note have no `#` title, as `amgi build` names it. */
export function explainText(text: string, untitledName?: string): Explanation {
  const { deckName, cards, extraction, leadIns: leadsIn, screenshotsOnly, placeholdersOnly, restatementsOnly, linksOnly, rowsOfTerms, layersOnOwnersLine, stepsOnProcedure, askedAgain } = cardsFromText(text, untitledName);
  const frontOf = new Map<Concept, string>(cards.map((card) => [card.concept, card.front]));
  const blocks = extraction.decisions.map((decision): ExplainedBlock => {
    const base = { line: decision.line, block: decision.block };
    const concept = decision.concept;
    const front = concept ? frontOf.get(concept) : undefined;
    switch (decision.outcome) {
      case 'deck-title':
        return front
          ? { ...base, outcome: 'card', rule: concept!.kind, front, reason: decision.reason ?? 'deck name', ...(concept!.namesItsParts ? { namesItsParts: true } : {}) }
          : { ...base, outcome: 'deck-title' };
      case 'title':
        if (front) return { ...base, outcome: 'card', rule: concept!.kind, front, ...(concept!.namesItsParts ? { namesItsParts: true } : {}) };
        if (concept && !concept.title) return { ...base, outcome: 'no-card', reason: 'the title is empty once markup is removed' };
        if (concept && leadsIn.has(concept)) return { ...base, outcome: 'no-card', reason: LEAD_IN_REASON };
        if (concept && screenshotsOnly.has(concept)) return { ...base, outcome: 'no-card', reason: SCREENSHOTS_REASON };
        if (concept && placeholdersOnly.has(concept)) return { ...base, outcome: 'no-card', reason: PLACEHOLDER_REASON };
        if (concept && restatementsOnly.has(concept)) return { ...base, outcome: 'no-card', reason: RESTATEMENT_REASON };
        if (concept && linksOnly.has(concept)) return { ...base, outcome: 'no-card', reason: LINKS_REASON };
        if (concept && rowsOfTerms.has(concept)) return { ...base, outcome: 'no-card', reason: 'names a term an item under the same title defines: its cells are on that card' };
        if (concept && askedAgain.has(concept)) return { ...base, outcome: 'no-card', reason: 'asks again what a card above asks of the same thing: its back is on that card' };
        if (concept && stepsOnProcedure.has(concept)) return { ...base, outcome: 'no-card', reason: 'a step answered by a name or two: written under its line on its procedure\'s card' };
        if (concept && layersOnOwnersLine.has(concept)) return { ...base, outcome: 'no-card', reason: 'the layer the title above works at, a few words its card says on this line' };
        if (concept && isReasonWhy(concept)) return { ...base, outcome: 'no-card', reason: 'a reason answering the title above, which asks why: its card says it' };
        if (concept && answersItsParent(concept)) return { ...base, outcome: 'no-card', reason: 'asks what the title above asks: its card says it' };
        // Its back would only name its sections, one asked `…란`, an aspect or itself again (`- REST란`,
        // `- REST API`): a table of contents (`subTopicsOnly`, beside the aspect outline in extract/lists.ts).
        if (concept && listsOnlySubTopics(concept)) return { ...base, outcome: 'no-card', reason: TABLE_OF_CONTENTS_REASON };
        if (concept && asksNothing(concept)) return { ...base, outcome: 'no-card', reason: 'a label that asks nothing (암기 포인트, Tip, 정리 with no topic above): the terms under it are cards of their own' };
        // Its back would only name its parts (`- 장점`, `- 단점`), each a card of its own.
        if (concept && concept.kind !== 'heading' && cards.some((card) => card.concept.parent === concept)) return { ...base, outcome: 'no-card', reason: 'its parts are cards of their own, and it says nothing besides' };
        return { ...base, outcome: 'no-card', reason: concept?.kind === 'heading' ? (decision.reason ?? 'section with no explanation of its own') : 'title with no explanation' };
      case 'choices':
        // Choices are always shown on the front, also where nothing answers them and the back repeats them.
        if (front) return { ...base, outcome: 'choices', front };
        return { ...base, outcome: 'dropped', reason: 'belongs to a title with no card' };
      case 'explanation':
        if (front) return { ...base, outcome: 'explanation', front };
        if (concept && leadsIn.has(concept)) return { ...base, outcome: 'no-card', reason: LEAD_IN_REASON };
        if (concept && screenshotsOnly.has(concept)) return { ...base, outcome: 'no-card', reason: SCREENSHOTS_REASON };
        if (concept && placeholdersOnly.has(concept)) return { ...base, outcome: 'no-card', reason: PLACEHOLDER_REASON };
        if (concept && restatementsOnly.has(concept)) return { ...base, outcome: 'no-card', reason: RESTATEMENT_REASON };
        if (concept && linksOnly.has(concept)) return { ...base, outcome: 'no-card', reason: LINKS_REASON };
        // A list of terms under a title with no card: not lost, each term is a card of its own.
        if (concept && cards.some((card) => card.concept.parent === concept)) return { ...base, outcome: 'no-card', reason: 'its items are cards of their own' };
        return { ...base, outcome: 'dropped', reason: 'belongs to a title with no card' };
      default:
        return { ...base, outcome: 'dropped', reason: decision.reason ?? 'not part of any card' };
    }
  });
  blocks.sort((a, b) => a.line - b.line);
  // Each embed is told at the innermost block holding its line (the last to start at or before it).
  for (const embed of noteEmbeds(text)) {
    const block = [...blocks].reverse().find((candidate) => candidate.line <= embed.line);
    if (block) (block.embedsNotes ??= []).push({ written: embed.written, shown: embed.shown });
  }
  return { deckName, cards: cards.length, blocks };
}
