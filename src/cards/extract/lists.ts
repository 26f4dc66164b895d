/**
 * Lists: a list under a title is its explanation, whose items may be cards of their own (list-items.ts);
 * the title's back then lists their names in place. Here are the rules of a list as a whole: a lone
 * item as a sub-title, kinds of the owner, labels comparing terms, terms asked alike, steps kept as
 * written, outlines of the items below; and things listed under several titles, each a case of a topic.
 */
import type { List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import { askedTitle, asksNothing, displayTitle, subjectOf } from '../front.js';
import { asksForItsParts, asksWhatItIs, aspectEnding, aspectOwner, endsInAspect, endsInCount, namesRanksOrKinds } from '../title-rules/aspects.js';
import { cleanTitle } from '../title-rules/clean.js';
import { asksForDifference, isKindOf } from '../title-rules/comparisons.js';
import { acronymSpelledOut } from '../title-rules/glosses.js';
import { isAnswerTemplateLabel, isNotATerm } from '../title-rules/labels.js';
import { isAnnouncement, onlyLeadsIn } from '../title-rules/lead-ins.js';
import { CALLOUT_TITLE_MAX, endsAsName, isStatement, isTitleLike, LIST_TITLE_MAX } from '../title-rules/names.js';
import { asksWhy, endsWithQuestionMark, isQuestionList } from '../title-rules/questions.js';
import { endsInVerbNoun, isProcedureTitle, isShortName, saysATask } from '../title-rules/tasks.js';
import { abbreviatedAspect, splitTerm } from '../title-rules/terms.js';
import { isAspectTitle, shownTitle, withoutGloss } from '../titles.js';
import type { BackPart, Concept } from '../types.js';
import { isSectionOnItsCard, partsLeftToTheirCards } from './carded-parts.js';
import { choicesInto, multipleChoice } from './choices.js';
import {
  attributesAmongNames,
  breaksAfterTitle,
  definedUnderItsLine,
  isExplained,
  itemBody,
  itemConcept,
  itemHasMore,
  itemTitle,
  keptItem,
  tablesUnderClause,
} from './list-items.js';
import { isTableOfContents, isWikilinkList } from './navigation.js';
import { isCalloutTitle } from './quotes.js';
import { end, lineOf, start } from './source.js';
import { type ExtractionState, SUBTITLE_LEVEL } from './state.js';

/** Lists nested deeper than this are kept as plain explanation rather than searched for terms. */
export const MAX_LIST_DEPTH = 6;

/** A block of nothing but pictures (`![조인](join.png)`, `<img src="join.png">`). */
const IMAGES_ONLY = /^(?:(?:!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]|<img\b[^>]*>)\s*)+$/iu;

/**
 * Tasks over the tasks they are made of (`- 다중 가용 영역 네트워크 설계` over `- 요구 사항에 따라 적절한
 * 서브넷 구성을 선택`…), every item so: what an exam guide or a plan says is to be done, nothing to define
 * or recall item by item. The list stays whole on its title's card (`영역 1. 안정적인 네트워크 설계
 * (40%)`), which says what it covers, rather than a card per task. Steps under a name (`- VPC` over `-
 * 서브넷을 생성`) are no such list: `VPC` names a thing.
 */
function isOutlineOfTasks(state: ExtractionState, list: List): boolean {
  const firstLine = (item: ListItem) => (item.children[0]?.type === 'paragraph' ? cleanTitle(state.firstLine(item.children[0])) : '');
  return list.children.every((item) => {
    const [first, nested, ...rest] = item.children;
    if (first?.type !== 'paragraph' || state.afterFirstLine(first) !== undefined || nested?.type !== 'list' || rest.length > 0) return false;
    return saysATask(firstLine(item)) && nested.children.every((task) => task.children.length === 1 && saysATask(firstLine(task)));
  });
}

/** Why an outline of the items below it is left out (see `outlineItems`, `outlinesListsBelow`). */
export const OUTLINE_REASON = 'an outline of the items below it, which say their names again: a table of contents';

/**
 * `1. 시작 구성`, then `  - AMI` indented by less than the number's width, then `2. …`: Markdown
 * reads three lists, the author wrote one, its bullets under the first item. The bullets are put
 * back under the item before them, and the numbering that goes on after them back in its list.
 * (The nodes keep their positions: backs are still cut from the note as written.)
 */
export function joinNumberedLists(state: ExtractionState, blocks: RootContent[]): RootContent[] {
  const joined: RootContent[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (previous?.type === 'list' && previous.ordered === true && block.type === 'list') {
      const last = previous.children[previous.children.length - 1]!;
      const indented = block.ordered !== true && state.indentOf(block) > state.indentOf(previous);
      const goesOn = block.ordered === true && block.start === (previous.start ?? 1) + previous.children.length;
      if (indented || goesOn) {
        if (indented) last.children.push(block);
        else previous.children.push(...block.children);
        if (indented) last.position = { start: last.position!.start, end: block.position!.end };
        previous.position = { start: previous.position!.start, end: block.position!.end };
        continue;
      }
    }
    joined.push(block);
  }
  return joined;
}

export function readList(state: ExtractionState, node: List, next: RootContent | undefined, afterNext: RootContent | undefined): void {
  if (isTableOfContents(state, node)) {
    state.decide(node, 'dropped', undefined, 'table of contents');
    return;
  }
  if (isWikilinkList(node)) {
    state.decide(node, 'dropped', undefined, 'links to other notes ([[…]]): a table of contents');
    return;
  }
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  const choice = only ? multipleChoice(state, only) : undefined;
  if (only && choice !== undefined) {
    state.close(SUBTITLE_LEVEL);
    const concept = state.open('qa', choice.question, lineOf(only), SUBTITLE_LEVEL, state.sectionPath());
    state.decide(node, 'title', concept);
    choicesInto(state, concept, only, choice); // what follows the list (the reasoning, `정답 : (A)`) joins them
    return;
  }
  // `1) 애자일 기법` over bullets written flush with it: a numbered sub-title (CommonMark reads it as a
  // one-item list), unless the numbering goes on after the bullets as a list of short steps.
  const stepsFollow = afterNext?.type === 'list' && afterNext.ordered === true && afterNext.children.length > 1;
  const numberedOverBullets = node.ordered === true && next?.type === 'list' && next.ordered !== true && !stepsFollow;
  // A lone task over its tasks is an outline of tasks too (see isOutlineOfTasks): no sub-title.
  const title = only && !isOutlineOfTasks(state, node) ? (itemTitle(state, only) ?? (numberedOverBullets ? nextOfNumberedSubTitles(state, only) : undefined)) : undefined;
  // A lone item whose title line ends in a hard break (`* convoy effect␠␠` over its sentence) answers
  // the title above it, as it did before such a break ended a title's line.
  const loneBrokenLine = node.ordered !== true && only?.children.length === 1 && only.children[0]!.type === 'paragraph' && breaksAfterTitle(only.children[0]!);
  // A quote that is no callout title (`> 입출력 단위 : …` lines) explains it as a paragraph would.
  const quoteExplains = next?.type === 'blockquote' && !isCalloutTitle(state, next);
  // One item under a title asking why (`## Why use CDN?` over `- 빠른 응답` and its bullets) is its
  // reason, part of its answer, as several are (see isReasonWhy in cards.ts); an aspect still asks.
  const loneReason = only !== undefined && title !== undefined && isReasonOfCurrent(state, title);
  if (only && title !== undefined && !loneBrokenLine && !loneReason && (itemHasMore(state, only) || startsExplanation(next) || numberedOverBullets || quoteExplains)) {
    // Right under a line used as a sub-title (`영역 2. 보안 설계` over `- 접근 제어` and its bullets), the
    // item is its part, as two items would be, not the next sub-title.
    const label = state.current();
    if (!(label?.kind === 'bold-title' && label.parts.length === 0 && !state.parents.has(label))) state.close(SUBTITLE_LEVEL);
    const concept = state.open('list-title', title, lineOf(only), SUBTITLE_LEVEL, state.sectionPath());
    const numbered = numberedOverBullets ? numberOf(state, only) : undefined;
    state.numberedSubTitle = numbered && { concept, ...numbered };
    // Decided as the item it is (`amgi explain`: a list item used as a sub-title), not as a list of kinds.
    state.decisions.push({ line: lineOf(only), block: 'list item', outcome: 'title', concept });
    state.markDemotable(concept, node);
    itemBody(state, concept, only, undefined, 1);
    return;
  }
  const owner = state.current();
  // Decided before its items, so `explain` lists the list above the terms found in it.
  if (owner) state.decide(node, 'explanation', owner);
  else state.decide(node, 'dropped', undefined, 'no title above it');
  const partsBefore = owner?.parts.length ?? 0;
  const listPart = listInto(state, owner, node, 1);
  if (owner) {
    // Before what its items gave the owner (the tables under a clause, see tablesUnderClause).
    owner.parts.splice(partsBefore, 0, listPart);
    state.collectImages(owner, node);
  }
}

/** An item's number and the mark after it, as written (`6)` → 6 and `)`). */
function numberOf(state: ExtractionState, item: ListItem): { number: number; mark: string } | undefined {
  const written = /^(\d{1,9})([.)])/u.exec(state.source.slice(start(item), start(item) + 11));
  return written ? { number: Number(written[1]), mark: written[2]! } : undefined;
}

/**
 * `6) 컴포넌트 기반 개발(CBD ; Component-based Development)` over its bullets, right after the section of
 * `5) RAD(Rapid Application Development)` that a line of the same shape opened: the next of those
 * sub-titles, which ends that section, though longer than a list item's title may be (as long as a
 * callout's), whatever its gloss says. Read as a line of `5)`'s section, it made that back run on past it.
 */
function nextOfNumberedSubTitles(state: ExtractionState, item: ListItem): string | undefined {
  const previous = state.numberedSubTitle;
  const numbered = numberOf(state, item);
  if (previous === undefined || numbered === undefined || state.current() !== previous.concept) return undefined;
  if (numbered.number !== previous.number + 1 || numbered.mark !== previous.mark) return undefined;
  return itemTitle(state, item, CALLOUT_TITLE_MAX, true);
}

/**
 * A list inside an explanation. `용어 : 설명` items and items that head nested content become cards of
 * their own; the owner's back then lists just their titles, in place.
 */
export function listInto(state: ExtractionState, owner: Concept | undefined, list: List, depth: number): BackPart {
  const slice = state.slicePart(list);
  if (depth > MAX_LIST_DEPTH) return slice;
  if (isOutlineOfTasks(state, list)) return slice;
  // Siblings are read alike: if one item heads an explanation, every item with a body is a title.
  const headsExplanation = list.children.some((item) => itemTitle(state, item) !== undefined && isExplained(item));
  // `* 삽입 이상(insertion anomalies)` with its sentence on the next line, and every item so: each a
  // title over its explanation. (One such item alone may be a sentence wrapped in two.)
  const titleLines =
    list.children.length >= 2 &&
    list.children.every(
      (item) =>
        item.children.length === 1 &&
        item.children[0]!.type === 'paragraph' &&
        itemTitle(state, item) !== undefined &&
        endsAsName(state.firstLine(item.children[0]!)) &&
        state.afterFirstLine(item.children[0]!) !== undefined,
    );
  // `장 ; …` over `단 ; …`: 장점 and 단점 shortened, asked as the aspects they are ("디자인 패턴의 장점은?").
  const shortened = list.children.map((item) => {
    const first = item.children[0];
    return first?.type === 'paragraph' ? abbreviatedAspect(state.firstLineSource(first))?.term : undefined;
  });
  const aspectsShortened = shortened.includes('장점') && shortened.includes('단점');
  const attributes = attributesAmongNames(state, list);
  const firstLines = list.children.map((item) => (item.children[0]?.type === 'paragraph' ? state.firstLine(item.children[0]) : ''));
  if (isQuestionList(firstLines)) for (const item of list.children) state.listedQuestions.add(item);
  const children: (Concept | undefined)[] = list.children.map((item) =>
    attributes.has(item) ? undefined : itemConcept(state, owner, item, depth, headsExplanation || titleLines, titleLines, aspectsShortened),
  );
  for (const [n, child] of children.entries()) if (child !== undefined) state.itemConcepts.set(list.children[n]!, child);
  // A clause's tables went to the owner as its own (see tablesUnderClause): the clause stays a line, without them.
  const clauseTables = list.children.map((item, n) => (children[n] === undefined ? tablesUnderClause(state, item) : []));
  const keptEnd = (item: ListItem, n: number) => (clauseTables[n]!.length > 0 ? end(item.children[item.children.length - clauseTables[n]!.length - 1]!) : end(item));
  if (children.every((child, n) => child === undefined && !state.leadInLines.has(list.children[n]!) && clauseTables[n]!.length === 0)) return slice;
  // Bare names written again further down the list, over their content (`- 생성 패턴`, `- 구조 패턴`,
  // then `- 생성 패턴` over its bullets…): an outline of those items, which the back lists anyway.
  const outline = outlineItems(state, list.children, (n) => children[n] === undefined || children[n]!.kind === 'list-title');
  for (const item of outline) state.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'dropped', reason: OUTLINE_REASON });
  markComparison(state, list, children);
  askTermsAlike(state, children);
  askGroupsForMembers(state, list, children);
  askValuesOfTheTerm(state, owner, children);
  keepStepsAsWritten(state, owner, list, children);
  // A question's answer is all of it (`오버로딩과 오버라이딩의 차이는?` over `- 오버로딩` and `- 오버라이딩`,
  // each explained): its parts are cards too, but the question is not answered by their names.
  // A title that asks without a question mark (`REST란`, `스레드(Thread) 란`) asks all the same.
  // So does one asking for a difference (`뮤텍스와 세마포어의 차이`, `IPv4 vs IPv6`): the names compared are no answer.
  const answersQuestion = owner !== undefined && asksForAll(owner);
  // Of all they say, what is on cards of their own is left to them (`REST 특징` under `REST란`): see carded-parts.ts.
  const leftToTheirCards = answersQuestion ? partsLeftToTheirCards(state, owner, list, children) : new Set<ListItem>();
  const listed = children.filter((child, n) => child !== undefined && child.kind !== 'qa' && !outline.has(list.children[n]!));
  const endings = listed.map((child) => aspectEnding(shownTitle(child!)));
  const kindsOfOneAspect = listed.length >= 2 && endings[0] !== undefined && endings.every((ending) => ending === endings[0]);
  // A title asking what a thing is (`유지보수의 개념`) is not answered by the names of its sections, each a
  // card of its own (`- 작업의 목적에 따른 분류`, `- 유지보수 비용`): they are left out of its back, which
  // keeps the lines that say something (`- SCM Software Configuration Management`); with none, no card.
  // Terms defined on their lines are the thing's own words (`공유 데이터`, `통합 데이터` under `데이터베이스
  // 정의`), and so are sections among a glossary of them (`- 추상 클래스` among `- 객체 ; …`, `- 클래스 ;
  // …`); a section with no card (its parts all cards of their own) is named nowhere else: they stay.
  const glossary = listed.filter((child) => child!.kind === 'term').length * 2 > listed.length;
  const conceptAsked = owner !== undefined && !answersQuestion && !glossary && asksWhatItIs(owner.title);
  // A label whose content is its members' names on a card of its own (`- 프로세스 성숙단계 5단계` over
  // `- 초기 ; …`, `- 반복 ; …`) leads nowhere after what the owner says (its text, a statement among the
  // items): a few short names follow it. Among names only (`- 로그 회복 기법`, `- 미디어 회복 기법`, or
  // `- 예방, 회피, 발견, 회복`), it is one of them, as they are.
  const saysMoreThanAName = (item: ListItem) => {
    const line = item.children[0]?.type === 'paragraph' ? cleanTitle(state.firstLine(item.children[0])) : '';
    return line !== '' && (!isTitleLike(line, LIST_TITLE_MAX) || isStatement(line) || /다[.!]?$/u.test(line));
  };
  const ownerSaysMore =
    owner !== undefined &&
    (owner.parts.some((part) => part.type === 'slice' && state.source.slice(part.start, part.end).trim() !== '') ||
      list.children.some((item, n) => children[n] === undefined && !outline.has(item) && saysMoreThanAName(item)));
  const ownerTitle = owner === undefined ? undefined : shownTitle(owner);
  const mentionedByOwner = (subject: string) =>
    ownerTitle !== undefined && subject.split(/[\s(),/&·]+/u).some((word) => word.length >= 2 && ownerTitle.includes(word));
  // The last item asking for another thing's parts by name (`분산 시스템 아키텍처의 종류`): not one of a
  // series of names alike (`공통 폐쇄의 원리` among the principles of `객체지향 설계의 원리`).
  const lastChild = children.filter((child) => child !== undefined).at(-1);
  const asksAspectOfAnother = (child: Concept) => {
    const title = shownTitle(child);
    return child === lastChild && title.includes('의 ') && asksForItsParts(title) && !endsInCount(title) && !mentionedByOwner(aspectOwner(title));
  };
  const allLines = list.children.flatMap((item, n): { markdown: string; kept: boolean; name?: string; sectionName?: true }[] => {
    if (outline.has(item)) return [];
    const child = children[n];
    // A paragraph's lines read as items are listed with their own marks (`①`, `(1)`): they are no list.
    const marker = state.linesRead.get(item)?.marker ?? (list.ordered ? `${(list.start ?? 1) + n}.` : '-');
    const leadIn = state.leadInLines.get(item);
    if (leadIn !== undefined && !answersQuestion) return [{ markdown: `${marker} ${leadIn.label}\n${leadIn.items.replace(/^/gm, ' '.repeat(marker.length + 1))}`, kept: false }];
    // A question the note does not answer (`- Q1. …?` alone) is no card: it stays a line here.
    const unanswered = child?.kind === 'qa' && child.parts.length === 0 && child.choices === undefined;
    if (!child || (answersQuestion && child.kind !== 'qa') || unanswered) {
      if (leftToTheirCards.has(item)) {
        const name = child?.title ?? cleanTitle(state.firstLine(item.children[0] as Paragraph));
        return [{ markdown: `${marker} ${name}`, kept: false, name, sectionName: true }];
      }
      if (child && answersQuestion && child.kind !== 'qa') child.inParentBack = true;
      return [{ markdown: keptItem(state, item, keptEnd(item, n), leftToTheirCards), kept: true }];
    }
    if (child.kind === 'qa') return []; // a question is a card of its own, not a term to list
    // A label that asks nothing (`## 암기 포인트`) is no list of its terms, each a card asked without it:
    // its back keeps only its other lines (a flow, a sentence), as under it in a paragraph (labelLineTerms).
    if (owner !== undefined && asksNothing(owner)) return [];
    // Only a name asked "…이란?" on its card is listed by its name here, as a kind among kinds. A label
    // over its value on its line (`required: port, protocol`, `1. 컴파일러가 변환: 소스코드 -> 바이트
    // 코드`, `goal: …`) says nothing without it: that line stays whole, what is under it goes to its card.
    // An aspect's label over its content (`- 장점` over its bullets) would dangle: it is left out.
    const askedAsName = /(이란|란)\?$/u.test(askedTitle(child));
    if (!askedAsName && state.definedOnItsLine.has(child)) {
      return [{ markdown: keptItem(state, item, end(item.children[0]!)), kept: true }];
    }
    if (!askedAsName && !kindsOfOneAspect && !child.nameAmongNames && isAspectTitle(shownTitle(child))) return [];
    // So would the title of another thing's aspect (`- 분산 시스템 아키텍처의 종류` last under `- 애플리케이션
    // 서버`, which says what it is): it titles a section of its own, a card asking it, no part of this answer.
    if (!askedAsName && ownerSaysMore && asksAspectOfAnother(child)) return [];
    // A term defined on its line under a title asking what a thing is (`- 기준선 ; 공식적으로 검토된 …` under
    // `형상관리의 개념`) says part of what it is: its line stays whole, not its name alone, which says nothing.
    if (conceptAsked && child.kind === 'term') return [{ markdown: keptItem(state, item, end(item.children[0]!)), kept: true }];
    if (conceptAsked && isSectionOnItsCard(state, child)) return [{ markdown: `${marker} ${child.title}`, kept: false, name: child.title, sectionName: true }];
    const members = ownerSaysMore ? fewMembersNamed(child) : undefined;
    return [{ markdown: `${marker} ${child.title}${members === undefined ? '' : `: ${members.join(', ')}`}`, kept: false, name: child.title }];
  });
  const listing = (shown: typeof allLines) => {
    const made = shown.some((line) => !line.kept);
    return shown.map((line) => (made && line.kept ? asListedItem(line.markdown) : line.markdown)).join('\n');
  };
  // Names one line here says all together already (`M = P + K exp(c-d)` over `- M ; …`, `- P ; …`, each a
  // card): listed again after it, they would dangle.
  const named = allLines.filter((line) => line.name !== undefined && line.sectionName === undefined);
  const wordsOf = (markdown: string) => new Set(markdown.split(/[^\p{L}\p{N}]+/u));
  const saidTogether = named.length >= 2 && allLines.some((line) => line.kept && named.every((name) => wordsOf(line.markdown).has(name.name!)));
  const shownLines = saidTogether ? allLines.filter((line) => !named.includes(line)) : allLines;
  const lines = shownLines.filter((line) => line.sectionName === undefined);
  const markdown = listing(lines);
  // Without them, what remains may say nothing in words (only a table): the names are then kept (see renderBack).
  const sectionNames = lines.length < shownLines.length ? { sectionNames: listing(shownLines) } : {};
  if (conceptAsked && markdown === '' && listed.length > 0) return { type: 'markdown', markdown, subTopicsOnly: true, ...sectionNames };
  // Aspects named in full (`REST API의 정의`, `일반 소켓과의 차이점`) outline the owner as bare labels do;
  // all ending in one aspect (`상호 배제 조건`, `점유 대기 조건`…), they are the owner's kinds of it: an answer.
  const namesAspect = (title: string) => isAspectTitle(title) || endsInAspect(title);
  const namesOnly = !answersQuestion && !kindsOfOneAspect && children.every((child, n) => child !== undefined || outline.has(list.children[n]!)) && listed.length > 0;
  const aspectLabelsOnly = namesOnly && listed.every((child) => namesAspect(shownTitle(child!)));
  // A table of contents: the owner's sections, each a card with its content under it, one of them no
  // part the owner has but an aspect of it (`차이`, `교착상태의 4가지 조건` under `교착상태의 개념과
  // 조건`) or a definition asked (`REST란` under `REST와 RESTful`); or any list that names the owner
  // again (`정형적 방법` under `정형적 방법의 개념`). Their names answer nothing either. Not an answer's
  // parts: kinds or parts alone (`원자성`, `일관성` under `트랜잭션 특징`), a group of them counted
  // (`시스템 4계층` under `시스템의 구성`), an aspect's word that is one of the names (`정의` among the
  // levels `초기`, `반복`, `관리`), an aspect of another thing (`REST API의 정의` among the areas of
  // `출제 영역`), nor terms defined on their lines (`객체 ; …`, `클래스 ; …`), which a last
  // `…의 장단점` leaves a glossary.
  // Said again with or without 의 (`클라이언트/서버 아키텍처` under `클라이언트/서버의 아키텍처`).
  const withoutPossessive = (title: string) => title.replace(/의(?=\s)/gu, '');
  const ownerNames = ownerTitle === undefined ? [] : [ownerTitle, subjectOf(ownerTitle), aspectOwner(ownerTitle)].map(withoutPossessive);
  const repeatsOwnerTitle = (child: Concept) => ownerNames.includes(withoutPossessive(shownTitle(child)));
  const asksOfOwner = (child: Concept) => {
    const title = shownTitle(child);
    if (isAspectTitle(title)) return !child.nameAmongNames;
    if (endsInAspect(title)) return !endsInCount(title) && mentionedByOwner(aspectOwner(title));
    return subjectOf(title) !== title && mentionedByOwner(subjectOf(title));
  };
  const sections = listed.filter((child) => !asksOfOwner(child!));
  // A procedure's numbered steps are its answer, in their order, whatever they name (`인스턴스 유형`).
  const stepsInOrder = list.ordered === true && owner !== undefined && isProcedureTitle(subjectOf(shownTitle(owner)));
  // Kinds of the owner named so (`기능적 응집도`, `순차적 응집도` under `응집도`), most of its sections:
  // no table of contents but the answer to `응집도의 종류는?`, asked as a table's `| 종류 |` column is.
  // An aspect asked of the owner among them (`응집도의 특징`) is a card of its own, left out of it.
  if (owner !== undefined && namesOnly && !stepsInOrder && ownerTitle !== undefined) {
    const kinds = listed.filter((child) => isKindOf(shownTitle(child!), ownerTitle));
    if (kinds.length >= 2 && kinds.length * 2 > listed.length) {
      const answer = listed.filter((child) => !asksOfOwner(child!) && !repeatsOwnerTitle(child!));
      const kindsAsked = kindsCard(state, owner, '종류', lineOf(list), answer.map((child) => `- ${child!.title}`).join('\n'));
      // Asked before the kinds it names, as a heading's card comes before its sub-titles'.
      state.concepts.splice(state.concepts.indexOf(kindsAsked), 1);
      state.concepts.splice(state.concepts.indexOf(listed[0]!), 0, kindsAsked);
      // A list under a title was decided its explanation before its items were read: it is this card's.
      const decided = state.decisions.find((decision) => decision.line === lineOf(list) && decision.block === list.type);
      if (decided) Object.assign(decided, { outcome: 'title', concept: kindsAsked });
      else state.decide(list, 'title', kindsAsked);
      return { type: 'markdown', markdown: '' }; // the owner's back lists nothing: its kinds are that card's
    }
  }
  const subTopicsOnly =
    namesOnly &&
    !aspectLabelsOnly &&
    !stepsInOrder &&
    (listed.some((child) => repeatsOwnerTitle(child!)) || (sections.length < listed.length && sections.every((child) => child!.kind !== 'term')));
  const cardsUnderLabel = namesOnly && owner !== undefined && asksNothing(owner);
  const membersNamed = lines.length >= 2 && !subTopicsOnly && !aspectLabelsOnly && !cardsUnderLabel && lines.every((line) => line.name !== undefined) ? lines.map((line) => line.name!) : undefined;
  return {
    type: 'markdown',
    markdown,
    ...(membersNamed ? { membersNamed } : {}),
    ...(aspectLabelsOnly ? { aspectLabelsOnly } : {}),
    ...(subTopicsOnly ? { subTopicsOnly } : {}),
    ...(cardsUnderLabel ? { cardsUnderLabel } : {}),
    ...sectionNames,
  };
}

/** At most this many names follow a label on its owner's back (see fewMembersNamed), and this many characters of them. */
const MEMBERS_AFTER_LABEL_MAX = 5;
const MEMBER_NAMES_MAX_LENGTH = 40;

/**
 * The names a label's card lists and nothing else (`초기`, `반복`, `정의`, `관리`, `최적화` under `프로세스
 * 성숙단계 5단계`), where few and short enough to follow the label on its owner's back; a longer list
 * stays on the label's card alone, which a learner's card of the owner should not repeat.
 */
function fewMembersNamed(child: Concept): readonly string[] | undefined {
  const [only, ...others] = child.parts;
  if (only?.type !== 'markdown' || others.length > 0 || only.membersNamed === undefined) return undefined;
  const names = only.membersNamed;
  // A label of its members' names (`검증(Verification) 및 확인(Validation)`) says them already.
  if (names.every((name) => child.title.includes(name))) return undefined;
  return names.length <= MEMBERS_AFTER_LABEL_MAX && [...names.join(', ')].length <= MEMBER_NAMES_MAX_LENGTH ? names : undefined;
}

/** A title under the current one asking why (`Why use ELB?`, `…이유는?`, `사용 이유`) names a reason, unless it is an aspect (`단점`). */
function isReasonOfCurrent(state: ExtractionState, title: string): boolean {
  const owner = state.current();
  return owner !== undefined && asksWhy(shownTitle(owner)) && !isAspectTitle(displayTitle(title));
}

/**
 * A title whose answer is all its parts say, not their names: a question (`…?`, `REST란`), one
 * asking for a difference (`뮤텍스와 세마포어의 차이`, `IPv4 vs IPv6`), or one asking why, with or
 * without a question mark (`ELB를 사용하는 이유`, `필요성`): reasons named alone answer nothing.
 */
export function asksForAll(owner: Concept): boolean {
  const title = shownTitle(owner);
  return endsWithQuestionMark(owner.title) || subjectOf(title) !== title || asksForDifference(title) || asksWhy(title);
}

/**
 * The card asking for the owner's kinds (`응집도의 종류는?`, `Flag Bit의 종류는?`), their names its back.
 * A picture that is all the owner's back so far (`![조인](join.png)` over the kinds) shows them: it goes
 * on this card, which the owner would otherwise stand beside as a card of a picture alone. So does an
 * announcement that is all of it (`각 패턴을 살펴보면 다음과 같다.`), which leads into the names as it does
 * over sub-titles (see `namePartsAskedFor`); a lead-in question there (`어떤 패턴이 있을까?`) is the one
 * this card asks, and is dropped. Either alone would be a card asking nothing and answering nothing.
 */
export function kindsCard(state: ExtractionState, owner: Concept, aspect: string, line: number, names: string): Concept {
  const kinds = state.child(owner, 'list-title', aspect, line, owner.section);
  const picturesOnly =
    owner.parts.length > 0 && owner.parts.every((part) => part.type === 'slice' && IMAGES_ONLY.test(state.source.slice(part.start, part.end).trim()));
  const soFar = owner.parts.map((part) => (part.type === 'slice' ? state.source.slice(part.start, part.end) : part.markdown)).join('\n').trim();
  const leadInOnly = owner.images.length === 0 && soFar !== '' && onlyLeadsIn(soFar);
  if (picturesOnly || leadInOnly) {
    const moved = owner.parts.splice(0);
    if (picturesOnly) kinds.parts.push(...moved);
    else {
      const announcement = soFar.split(/\n+/).map((text) => text.trim()).filter(isAnnouncement);
      if (announcement.length > 0) kinds.parts.push({ type: 'markdown', markdown: announcement.join('\n') });
    }
    kinds.images.push(...owner.images.splice(0));
    kinds.unresolvedImages.push(...owner.unresolvedImages.splice(0));
    for (const decision of state.decisions) if (decision.concept === owner && decision.outcome === 'explanation') decision.concept = kinds;
  }
  kinds.parts.push({ type: 'markdown', markdown: names });
  return kinds;
}

/**
 * Labels over the same terms (`- 저장 위치` and `- 보안`, each over just `쿠키 : …` and `세션 : …`)
 * compare those terms, one property per label: each term is asked for that property, and each
 * label's card shows its whole list, values included, rather than the terms' names. Labels over
 * terms that differ (`- 블랙박스` over its kinds of test, `- 화이트박스` over others) are concepts.
 */
function markComparison(state: ExtractionState, list: List, children: readonly (Concept | undefined)[]): void {
  const labels = children.flatMap((child, n) => (child?.kind === 'list-title' && state.terms.has(child) ? [{ label: child, item: list.children[n]! }] : []));
  if (labels.length < 2) return;
  const titlesOf = (label: Concept) => [...new Set(state.terms.get(label)!.map((term) => term.title))].sort();
  const compared = titlesOf(labels[0]!.label);
  if (compared.length < 2 || labels.some(({ label }) => titlesOf(label).join('\u0000') !== compared.join('\u0000'))) return;
  // Aspects under each label (`- EBS` and `- EFS`, each over `장점 : …`, `단점 : …`): the labels are
  // the things, and each aspect is asked of its label as anywhere else (`EBS의 장점은?`).
  if (compared.some(isAspectTitle)) return;
  // The terms are what is compared only where the title above names them (`쿠키와 세션의 차이` over
  // `쿠키` and `세션`); else the labels are (`자료 추상화` and `제어 추상화`, each over the same kinds),
  // and each term is asked as a concept of its label, as anywhere else.
  const parent = labels[0]!.label.parent;
  const above = [parent?.title ?? '', ...(parent?.section ?? [])];
  if (!compared.every((term) => above.some((title) => title.includes(withoutGloss(term))))) return;
  for (const { label, item } of labels) {
    label.comparison = 'property';
    for (const term of state.terms.get(label)!) term.comparison = 'compared';
    const values = item.children.find((block): block is List => block.type === 'list');
    const names = label.parts.findIndex((part) => part.type === 'markdown'); // the terms' names, from itemBody
    if (values && names >= 0) label.parts[names] = state.slicePart(values);
  }
}

/**
 * Labels of nothing but the members they group, each member a card asked "…이란?" (`- 선형 구조` over `- 스택
 * : …`, `- 큐 : …`, beside `- 비선형 구조` over others; `- 비선점` over `1. FCFS` and its bullets, beside `-
 * 선점`): "선형 구조란?" would be answered by names, not a definition. Each is asked which members are its
 * own, as an exam asks (`선형 구조에 해당하는 것은?`). Two such labels at least, beside only names alone (`-
 * 다단계 큐`): a label alone over its members may name a whole of parts (`- 컴퓨터` over `- CPU : …`, `- 메모리
 * : …`), and a label with text of its own is defined by it.
 */
function askGroupsForMembers(state: ExtractionState, list: List, children: readonly (Concept | undefined)[]): void {
  const groups = children.filter((child, n): child is Concept => child !== undefined && groupsOnlyMembers(state, child, list.children[n]!));
  const alike = list.children.every((item, n) => (children[n] !== undefined ? groups.includes(children[n]!) : bareName(state, item) !== undefined));
  if (groups.length < 2 || !alike || !labelsClassify(groups)) return;
  for (const group of groups) group.asksMembers = true;
}

/** Last words of a title naming a classification beyond namesRanksOrKinds's (`McCall의 품질요인`, `기준별 구분`). */
const CLASSIFYING_ENDING = /(?:요인|구분)$/u;

/**
 * Labels that plainly name categories: the title above names kinds or a classification (`CPU 스케줄링의
 * 종류`, `McCall의 품질요인`), or each label is a kind of what it names (`개념적 데이터 모델` under `데이터
 * 모델`). Labels side by side under any other title may name wholes of parts (`- 프로세스` over `- 코드
 * 영역 : …` beside `- 스레드` over `- 스택 영역 : …`; 클라이언트 and 서버), whose parts are no members.
 */
function labelsClassify(groups: readonly Concept[]): boolean {
  const owner = groups[0]!.parent;
  if (owner === undefined) return false;
  const title = shownTitle(owner);
  if (namesRanksOrKinds(title) || CLASSIFYING_ENDING.test(title.split(/\s+/).at(-1)!)) return true;
  const head = aspectOwner(title).split(/\s+/).at(-1)!;
  return groups.every((group) => isKindOf(shownTitle(group), head));
}

/** A list title whose only line is its name and whose back names its members, each a card asked "…이란?". */
function groupsOnlyMembers(state: ExtractionState, label: Concept, item: ListItem): boolean {
  const [first, nested, ...more] = item.children;
  if (label.kind !== 'list-title' || first?.type !== 'paragraph' || state.afterFirstLine(first) !== undefined || nested?.type !== 'list' || more.length > 0) return false;
  const [back, ...others] = label.parts;
  if (back?.type !== 'markdown' || others.length > 0 || back.aspectLabelsOnly || back.subTopicsOnly || back.cardsUnderLabel) return false;
  if (!/(이란|란)\?$/u.test(askedTitle(label))) return false;
  // The label's cards were made while its item was read, after it: from the end, only as far as it.
  const members: Concept[] = [];
  for (let n = state.concepts.length - 1; n >= 0 && state.concepts[n] !== label; n--) if (state.concepts[n]!.parent === label) members.push(state.concepts[n]!);
  members.reverse();
  // Each line its member's name after its mark (`- 정확성`, `1. FCFS`), none an item kept as written.
  const lines = back.markdown.split('\n');
  const namesMember = (line: string, member: Concept) => /^\S+ /u.test(line) && line.slice(line.indexOf(' ') + 1) === member.title;
  return (
    members.length === nested.children.length &&
    lines.length === members.length &&
    members.every((member, n) => namesMember(lines[n]!, member) && /(이란|란)\?$/u.test(askedTitle(member)))
  );
}

/**
 * Terms of one list are asked alike: where one is asked "…이란?" (`Heap : 동적 할당 시 사용`), so is one
 * that lists names (`Stack : 지역 변수, 매개 변수, 리턴 값`), whose names then answer it as a sibling's
 * description does. A single value (`물리 계층 : Bit`) would not, and stays as written.
 */
function askTermsAlike(state: ExtractionState, children: readonly (Concept | undefined)[]): void {
  const terms = children.filter((child): child is Concept => child?.kind === 'term');
  const askedWhatIs = (term: Concept) => !term.labelsValue && /(이란|란)\?$/.test(askedTitle(term));
  if (!terms.some(askedWhatIs)) return;
  for (const term of terms) if (state.namesListed.has(term)) delete term.labelsValue;
  readAspectWordAmongNames(terms, askedWhatIs);
}

/**
 * The one aspect's word between names, every other sibling asked "…이란?" (`정의` among the levels `초기`,
 * `반복`, `관리`, `최적화`; the row `구조` between `생성` and `행위` under `디자인 패턴 분류`), is one of the
 * names, not an aspect of the title above (`…의 정의는?`). First (`목적` over the kinds of test) or last
 * (`차이` after the things compared), or beside other aspects or names kept as written, it still is that
 * title's aspect, and so it is under a title that asks for no parts (`## TCP` over `3-way handshake`,
 * `특징`, `흐름 제어`: `TCP의 특징은?`).
 */
export function readAspectWordAmongNames(siblings: readonly Concept[], askedWhatIs: (sibling: Concept) => boolean): void {
  const aspects = siblings.filter((sibling) => isAspectTitle(shownTitle(sibling)));
  const owner = aspects[0]?.parent;
  const among = aspects.length === 1 && owner !== undefined && namesRanksOrKinds(owner.title) ? siblings.indexOf(aspects[0]!) : -1;
  if (among > 0 && among < siblings.length - 1 && siblings.every((sibling, n) => n === among || askedWhatIs(sibling))) aspects[0]!.nameAmongNames = true;
}

/**
 * Under a term spelled out (`PDU (Protocol Data Unit)`), items that each give one name
 * (`- 물리 계층 : Bit`, `- 전송 계층 : Segment`) say what that term is for each: asked "물리 계층의
 * PDU는?". Elsewhere (`3세대` over `- 구조적언어 : PASCAL`, `## DB 설정` over `- port : 5432`) the title
 * above may be a kind or a group of them, and the item is kept as written.
 */
function askValuesOfTheTerm(state: ExtractionState, owner: Concept | undefined, children: readonly (Concept | undefined)[]): void {
  const acronym = owner === undefined ? undefined : acronymSpelledOut(shownTitle(owner));
  const terms = children.filter((child): child is Concept => child?.kind === 'term');
  if (acronym === undefined || terms.length < 2 || !terms.every((term) => state.termsOfOneValue.has(term))) return;
  for (const term of terms) term.valueOfTerm = acronym;
}

/**
 * The numbered items under a procedure (`AS 생성` over `1. 네트워크 선택`, `2. 상태 체크 선택`) are its
 * steps: each kept as written (`AS 생성 › 상태 체크 선택`), not asked "…이란?" as a term would be. A
 * term defined on its line that names no action (`1. 서브넷 : VPC 안의 IP 주소 범위` under `VPC 설정`)
 * is what the procedure sets up, not a step: it is asked "…이란?" as anywhere else, and so is a short
 * name defined under its line (`1. 서브넷` over `- VPC 안의 IP 주소 범위`). A name over what to do
 * (`1. 네트워크` over `- 기본 VPC를 고른다`) is still a step.
 */
function keepStepsAsWritten(state: ExtractionState, owner: Concept | undefined, list: List, children: readonly (Concept | undefined)[]): void {
  if (list.ordered !== true || owner === undefined) return;
  // A sub-title of the procedure's section (`* 하이브리드 방식` under `## TLS 연결 과정`, the steps after it) is in it too.
  const procedure = (concept: Concept) => isProcedureTitle(subjectOf(shownTitle(concept)));
  const subTitleOfProcedure = (owner.kind === 'list-title' || owner.kind === 'bold-title') && owner.parent?.kind === 'heading' && procedure(owner.parent);
  if (!procedure(owner) && !subTitleOfProcedure) return;
  for (const [n, child] of children.entries()) {
    if (child === undefined || child.kind === 'qa') continue;
    const title = shownTitle(child);
    if (state.definedOnItsLine.has(child) && !endsInVerbNoun(title)) continue;
    if (isShortName(title) && definedUnderItsLine(state, list.children[n]!)) continue;
    child.asWritten = true;
  }
}

/**
 * The bare names among `items` that come back further down among them (`- 생성 패턴`, `- 구조 패턴`, then
 * `- 생성 패턴` over its table…): an outline of the items below, each of which says its name again. Two
 * of them at least, and one coming back over content, so that it outlines sections. `saysNothing` (by
 * index) tells the names that are no term defined on its line (a name over a `<br>` alone is a title over nothing).
 */
function outlineItems(state: ExtractionState, items: readonly ListItem[], saysNothing: (index: number) => boolean): Set<ListItem> {
  const firstLines = items.map((item) => (item.children[0]?.type === 'paragraph' ? cleanTitle(state.firstLine(item.children[0])) : undefined));
  const outline = new Set<ListItem>();
  let outlinesContent = false;
  for (const [n, item] of items.entries()) {
    const name = saysNothing(n) ? bareName(state, item) : undefined;
    if (name === undefined || name === '') continue;
    const again = firstLines.findIndex((line, m) => m > n && line === name);
    if (again < 0) continue;
    outline.add(item);
    outlinesContent ||= bareName(state, items[again]!) === undefined;
  }
  return outline.size >= 2 && outlinesContent ? outline : new Set();
}

/**
 * A list of bare names (`- 생성 패턴`, `- 구조 패턴`) each of which comes back as an item of a list
 * below it in the same section, one of them over its content: an outline of those items, whose own
 * list the back shows. (Sub-headings outlined so are not: their names are on no other card's back.)
 */
export function outlinesListsBelow(state: ExtractionState, list: List, blocks: readonly RootContent[], from: number): boolean {
  if (list.children.length < 2) return false;
  // Asked of every list: most have an item that is no bare name, found without reading the others.
  const names: string[] = [];
  for (const item of list.children) {
    const name = bareName(state, item);
    if (name === undefined || name === '') return false;
    names.push(name);
  }
  // The first item below of each name, each read once (not once for every name).
  const laterByName = new Map<string, ListItem>();
  for (const block of blocks.slice(from)) {
    if (block.type === 'heading') break;
    if (block.type !== 'list') continue;
    for (const item of block.children) {
      const first = item.children[0];
      if (first?.type !== 'paragraph') continue;
      const name = cleanTitle(state.firstLine(first));
      if (!laterByName.has(name)) laterByName.set(name, item);
    }
  }
  const found = names.map((name) => laterByName.get(name));
  return found.every((item) => item !== undefined) && found.some((item) => itemHasMore(state, item!));
}

/** An item that is a name alone (`- 생성 패턴`): one line (a `<br>` below it adds nothing), nothing under it. */
function bareName(state: ExtractionState, item: ListItem): string | undefined {
  const [first, ...others] = item.children;
  const lineBreak = /^(\s|<br\s*\/?>)*$/iu;
  if (first?.type !== 'paragraph' || !others.every((block) => block.type === 'html' && lineBreak.test(block.value))) return undefined;
  const rest = state.afterFirstLine(first);
  if (rest !== undefined && !lineBreak.test(state.source.slice(rest, end(first)))) return undefined;
  return cleanTitle(state.firstLine(first));
}

/**
 * A table written flush left right under a list's last item, which Markdown reads as the list's end,
 * but its author as that item's content: under a one-line label or term (`- 행위적 패턴`, `- 응집도 ;
 * 기능적 관련성`) whose siblings head content of their own (`- 구조적 패턴` over its indented table), or
 * under a lone term (`- 결합도 ; 모듈간의 상호 의존도`). A table after a list of bare names (`- 온디맨드`,
 * `- 스팟`) or of sentences is about all of them: the title's above, as anywhere else.
 */
export function tableOfLastItem(state: ExtractionState, list: List): boolean {
  const last = list.children[list.children.length - 1];
  const paragraph = last?.children[0];
  if (last === undefined || last.children.length !== 1 || paragraph?.type !== 'paragraph' || state.afterFirstLine(paragraph) !== undefined) return false;
  const term = splitTerm(state.firstLineSource(paragraph));
  const isTerm = term !== undefined && !isNotATerm(term.term) && !isAnswerTemplateLabel(term.term);
  if (!isTerm && itemTitle(state, last) === undefined) return false;
  const siblingsHeadContent = list.children.some((item) => item !== last && item.children.length > 1);
  return siblingsHeadContent || (list.children.length === 1 && isTerm);
}

/** The list as its author meant it: `table` read as the content of its last item (see `tableOfLastItem`). */
export function withTableInLastItem(list: List, table: Table): List {
  const items = list.children;
  const last = items[items.length - 1]!;
  const until = { ...list.position!, end: table.position!.end };
  const item: ListItem = { ...last, children: [...last.children, table], position: { ...last.position!, end: table.position!.end } };
  return { ...list, children: [...items.slice(0, -1), item], position: until };
}

/**
 * An item kept as written among lines made for its siblings (`- 특징`, `3. 특징`), marked as they are:
 * CommonMark starts a new list where the bullet or the number's delimiter changes, so `* 개념` kept
 * beside a made `- 특징` showed as two lists. The marker keeps its width, so the item's indented lines stay in it.
 */
function asListedItem(item: string): string {
  return item.replace(/^(?:[*+]|(\d{1,9})\))(?=[ \t]|$)/, (_marker: string, number: string | undefined) => (number === undefined ? '-' : `${number}.`));
}

/** Whether a block right after a one-item list is explanation (so the item is a sub-title). */
export function startsExplanation(next: RootContent | undefined): boolean {
  return next !== undefined && ['paragraph', 'code', 'html', 'table'].includes(next.type);
}

/**
 * Things the note has sections of their own about (`## Application Load Balancer (ALB, v2)`), listed
 * together under other titles too, saying something else under each (`- ALB`, `- NLB` under `## Cross-Zone
 * Load Balancing`: always on, off by default; under `## SSL Certificates`: many certificates, SNI). Each
 * item says how that thing does in its title's topic, not what it is: kept as written (`Cross-Zone Load
 * Balancing › ALB (free!)`), not asked "ALB란?". Not under a title asking for kinds (`AWS LB 종류`), where
 * they are its kinds; not the same kinds under two kinds (`기본적 추상화` under `자료 추상화` and `제어
 * 추상화`), nor terms defined again in a summary, which have no sections of their own.
 */
export function markCasesOfTopics(state: ExtractionState, concepts: readonly Concept[]): void {
  const sectionNames = new Set(concepts.filter((concept) => concept.kind === 'heading').flatMap((heading) => namesOfSection(shownTitle(heading))));
  const itemsUnder = new Map<Concept, Map<string, Concept>>();
  const titlesAbove = new Map<string, Set<string>>();
  const explanations = new Map<string, Set<string>>();
  for (const concept of concepts) {
    if ((concept.kind !== 'list-title' && concept.kind !== 'term') || concept.parent === undefined) continue;
    const name = normalName(withoutGloss(shownTitle(concept)));
    if (!sectionNames.has(name)) continue;
    const items = itemsUnder.get(concept.parent) ?? new Map<string, Concept>();
    items.set(name, concept);
    itemsUnder.set(concept.parent, items);
    titlesAbove.set(name, (titlesAbove.get(name) ?? new Set()).add(shownTitle(concept.parent)));
    explanations.set(name, (explanations.get(name) ?? new Set()).add(state.explanationOf(concept)));
  }
  for (const [parent, items] of itemsUnder) {
    if (namesRanksOrKinds(parent.title)) continue;
    // Two of them at least, each listed under another title too: the things, not a term defined again.
    const listedElsewhere = [...items.keys()].filter((name) => titlesAbove.get(name)!.size >= 2);
    if (listedElsewhere.length < 2) continue;
    for (const name of listedElsewhere) if (explanations.get(name)!.size >= 2) items.get(name)!.caseOfTopic = true;
  }
}

/** A name compared as written in any spacing and case (`ALB`, `alb`; `Load Balancer`, `LoadBalancer`). */
function normalName(name: string): string {
  return name.replace(/\s+/gu, '').toLowerCase();
}

/** The names a section's title goes by: its name and the short one in brackets (`Application Load Balancer (ALB, v2)` → ALB). */
function namesOfSection(title: string): string[] {
  const name = withoutGloss(title);
  const short = name === title ? undefined : title.slice(name.length).trim().slice(1, -1).split(/[,;]/u)[0]!.trim();
  return [name, ...(short ? [short] : [])].map(normalName).filter((each) => each !== '');
}
