/** One note's text → draft cards (everything but ids), the per-block decisions, and warnings. */
import type { Root } from 'mdast';
import { definitionLines, mayHoldDefinitions, withDefinitions } from '../notes/link-references.js';
import { footnoteTexts, mayHoldFootnotes, referenceLabels, withFootnotes } from '../notes/footnotes.js';
import { parseMarkdown } from '../notes/parse-note.js';
import { noteTags as tagsOfNote } from '../notes/note-tags.js';
import { noteText } from '../notes/read-note.js';
import { trimWhere } from '../util/text.js';
import { bigrams, overlapSimilarity } from '../deck/similarity.js';
import { renderBack } from './back.js';
import { extractConcepts, type Extraction } from './extract/index.js';
import { SUB_TITLE_KINDS } from './extract/sub-titles.js';
import { askedTitle, defaultContextLevels, frontFromParts, frontParts, markOrdersOfOwners, asksWhatIsOfNames, mayAskWhichNamesAnswer, ownerOfSequence, subjectOf } from './front.js';
import { withParticle } from './particles.js';
import { displayTitle, isAspectTitle, sectionNumber, shownTitle, withoutGloss } from './titles.js';
import { aspectEnding, asksWhatItIs, labelsLayerOf, namesPartsOfAPart } from './title-rules/aspects.js';
import { nameOneTerm } from './title-rules/glosses.js';
import { CALLOUT_TITLE_MAX, isTitleLike } from './title-rules/names.js';
import { isSubject, TOPIC } from './title-rules/words.js';
import { onlyAnAside, onlyLeadsIn } from './title-rules/lead-ins.js';
import { asks, asksWhy, namesPurposesWithoutAsking, questionSubject } from './title-rules/questions.js';
import { endsInVerbNoun, isEnglishActionOrCondition, isHandsOnTitle, isPracticeTitle, isProcedureTitle } from './title-rules/tasks.js';
import { namesAnswering, namesKindsOf, namesPartsOfTitle } from './title-rules/values.js';
import type { Concept, DraftCard } from './types.js';

export interface NoteCards {
  deckName: string | undefined;
  cards: DraftCard[];
  extraction: Extraction;
  /** Headings left without a card because their back only leads into their parts (see onlyLeadsIntoItsParts). */
  leadIns: ReadonlySet<Concept>;
  /** Labs and steps left without a card because their back is only screenshots (see onlyScreenshotsOfHandsOnWork). */
  screenshotsOnly: ReadonlySet<Concept>;
  /** Titles left without a card because their back is only a word standing in for an answer to come (see onlyAPlaceholder). */
  placeholdersOnly: ReadonlySet<Concept>;
  /** Titles left without a card because their back only says the title's words again (see onlyRestatesTitle). */
  restatementsOnly: ReadonlySet<Concept>;
  /** Titles left without a card because their back only points to a page elsewhere (see onlyLinks). */
  linksOnly: ReadonlySet<Concept>;
  /** Table rows whose cells went on the card of the term they name, under the same title (see joinRowsToTheirTerms). */
  rowsOfTerms: ReadonlySet<Concept>;
  /** Layers a thing works at whose few words are on its card's line already (see layerOnItsOwnersLine). */
  layersOnOwnersLine: ReadonlySet<Concept>;
  /** Steps of a procedure answered by a name or two, written under their line on its card (see foldNamedStepsIntoProcedure). */
  stepsOnProcedure: ReadonlySet<Concept>;
  /** Questions the note asks again of the same thing, their backs on the card of the first (see joinRepeatedQuestions). */
  askedAgain: ReadonlySet<Concept>;
}

/**
 * `text` is read as a note is (`noteText`): a library caller's text may be NFD (macOS writes Hangul
 * so), or start with a BOM. `untitledName` is the deck's name should the note have no `#` title (see
 * `extractConcepts`).
 */
export function cardsFromText(text: string, untitledName?: string): NoteCards {
  const read = noteText(text);
  return cardsFromTree(parseMarkdown(read), read, untitledName);
}

export function cardsFromTree(root: Root, text: string, untitledName?: string): NoteCards {
  const extraction = extractConcepts(root, text, untitledName);
  markOrdersOfOwners(extraction.concepts);
  // Tags given the note in Obsidian's front matter or its text go on each of its cards, beside its section's.
  const noteTags = tagsOfNote(root, text);
  // A back refers to `[arch]` defined elsewhere in the note: the definition goes with it.
  const definitions = mayHoldDefinitions(text) ? definitionLines(root) : new Map<string, string>();
  // A back refers to footnote `[^1]`: the footnote's text goes under it. So does one the title refers
  // to (`## UDP[^2]`), which the front does not show.
  const footnotes = mayHoldFootnotes(text) ? footnoteTexts(root, text) : new Map<string, string>();
  const lines = footnotes.size > 0 ? text.split('\n') : [];
  const drafts: DraftCard[] = [];
  /** Multiple-choice questions whose choices are shown on the front, one per line under the question. */
  const withChoices = new Set<Concept>();
  const screenshotsOnly = new Set<Concept>();
  const placeholdersOnly = new Set<Concept>();
  const restatementsOnly = new Set<Concept>();
  const linksOnly = new Set<Concept>();
  const layersOnOwnersLine = new Set<Concept>();
  const backOf = new Map<Concept, string>();
  for (const concept of extraction.concepts) {
    const answer = withNamedChoices(renderBack(concept.parts, text), concept.choices?.named ?? []);
    // A multiple-choice question's choices go on the front when the note answers it; when it does not,
    // they are all the back has.
    const titleFootnotes = footnotes.size > 0 ? referenceLabels(lines[concept.line - 1] ?? '') : [];
    let back = withFootnotes(withDefinitions(concept.choices && !answer ? renderBack(concept.choices.parts, text) : answer, definitions), footnotes, titleFootnotes);
    if (concept.choices && answer) withChoices.add(concept);
    if (!back || !concept.title) continue; // a heading of only an emoji or an image has no title to ask
    // Steps written as the title (`A -> B -> C`) are the answer its card asks for (see ownerOfSequence).
    if (ownerOfSequence(concept) !== undefined) back = `${shownTitle(concept)}\n\n${back}`;
    if (answersItsParent(concept)) continue;
    if (onlyScreenshotsOfHandsOnWork(concept, back)) {
      screenshotsOnly.add(concept);
      continue;
    }
    if (onlyAPlaceholder(back, concept.title)) {
      placeholdersOnly.add(concept);
      continue;
    }
    if (onlyRestatesTitle(back, shownTitle(concept))) {
      restatementsOnly.add(concept);
      continue;
    }
    if (onlyLinks(back) && !answeredByALink(concept)) {
      linksOnly.add(concept);
      continue;
    }
    backOf.set(concept, back);
    if (layerOnItsOwnersLine(concept, back, concept.parent && backOf.get(concept.parent))) {
      layersOnOwnersLine.add(concept);
      continue;
    }
    drafts.push({
      kind: concept.kind,
      title: concept.title,
      front: '',
      back,
      tags: withNoteTags(tagsOf(concept.section, questionsAbove(concept)), noteTags),
      line: concept.line,
      section: concept.section,
      concept,
    });
  }
  const rowsOfTerms = joinRowsToTheirTerms(drafts);
  const stepsOnProcedure = foldNamedStepsIntoProcedure(drafts);
  const askedAgain = joinRepeatedQuestions(drafts.filter((draft) => !rowsOfTerms.has(draft.concept) && !stepsOnProcedure.has(draft.concept)));
  const carded = new Set(drafts.map((draft) => draft.concept));
  const leadIns = new Set(drafts.filter((draft) => onlyLeadsIntoItsParts(draft.concept, draft.back, carded)).map((draft) => draft.concept));
  const kept = drafts.filter((draft) => !leadIns.has(draft.concept) && !rowsOfTerms.has(draft.concept) && !stepsOnProcedure.has(draft.concept) && !askedAgain.has(draft.concept));
  askWhichNamesAnswer(kept, extraction.concepts);
  assignFronts(kept, withChoices);
  return { deckName: extraction.deckName, cards: kept, extraction, leadIns, screenshotsOnly, placeholdersOnly, restatementsOnly, linksOnly, rowsOfTerms, layersOnOwnersLine, stepsOnProcedure, askedAgain };
}

/** Backs sharing this much of the shorter one's text say the same answer (`품질 평가 방법과 절차` and `평가 방법과 절차 정의`). */
const SAME_ANSWER_OVERLAP = 0.7;

/**
 * One note asking the same question twice of one thing (`ISO/IEC 12119란?` in a list of standards and again
 * in the row of the standard that joins them; `검증(Verification)이란?` under `품질보증` and under `검증
 * 및 확인`): one card, the first, whose back says what both say, the later one's after it (once, where
 * they are alike). The same question of different things stays two cards, told apart by their context:
 * under parallel titles (`TCP Header › Source Port`, `UDP Header › Source Port`; `자료 추상화` and `제어
 * 추상화`; see inParallelPlaces). Under one title it is one thing; else it is where a title above either
 * names it (`검증(Verification) 및 확인(Validation)`), or where it has a name of its own (see
 * namesOneThing) and the backs say much the same, or it is asked again within the section of the first's title
 * (see sameQuestion). A common word under two titles is each title's
 * (`트랜잭션 성질 › 일관성`, `CAP 정리 › 일관성`; `TCP 헤더 필드 › Source Port` in one chapter and `UDP 헤더
 * 필드 › Source Port` in another), however alike their backs: two cards.
 */
function joinRepeatedQuestions(drafts: readonly DraftCard[]): Set<Concept> {
  const joined = new Set<Concept>();
  const byQuestion = new Map<string, DraftCard[]>();
  for (const draft of drafts) {
    const question = sameWording(askedTitle(draft.concept));
    byQuestion.set(question, [...(byQuestion.get(question) ?? []), draft]);
  }
  for (const [question, asked] of byQuestion) {
    if (asked.length < 2) continue;
    const subject = subjectOf(question).replace(/[?？]$/u, '');
    for (const later of asked.slice(1)) {
      const first = asked.find((draft) => !joined.has(draft.concept) && draft !== later && sameQuestion(draft, later, question, subject));
      if (first === undefined || first.line > later.line) continue;
      const [kept, added] = [first.back.trim(), later.back.trim()];
      if (!kept.includes(added)) first.back = added.includes(kept) ? later.back : withLinesNotSaid(first.back, later.back);
      first.concept.images.push(...later.concept.images);
      joined.add(later.concept);
    }
  }
  return joined;
}

/**
 * A question as its words read, not as they are spaced or marked (`ISO / IEC 9126이란?` and `ISO/IEC
 * 9126이란?`, `교착 상태란?` and `교착상태란?`, `**TCP**란?` and `TCP란?`), to find one asked twice.
 */
function sameWording(question: string): string {
  return question.replace(/[*`]/gu, '').replace(/\s+/gu, '');
}

/**
 * The later back after the first, without the lines the first says already (`- ISO/IEC 14598` under two
 * lists of one standard's names): repeated, they would be read twice.
 */
function withLinesNotSaid(first: string, later: string): string {
  const said = new Set(first.split('\n').map((line) => sameWording(line.trim())).filter((line) => line !== ''));
  const rest = later.split('\n').filter((line) => line.trim() === '' || !said.has(sameWording(line.trim())));
  const added = rest.join('\n').trim();
  return added === '' ? first : `${first}\n\n${added}`;
}

/** Whether two cards asking one question ask it of the same thing (see joinRepeatedQuestions). */
function sameQuestion(a: DraftCard, b: DraftCard, question: string, subject: string): boolean {
  if (inParallelPlaces(a.concept, b.concept)) return false;
  // Asked twice under one title (`Q. JVM이란?` twice in one list of questions): the same thing, however the
  // answers differ, so an edit to either does not split the card and lose its id. A label twice there (`>
  // 요금 체계` over two plans) may head two things: the same only where the backs say so.
  const underOneTitle = a.concept.parent === b.concept.parent;
  if (underOneTitle && /[?？]$/u.test(question)) return true;
  if (titleAboveNames(a.concept, subject) || titleAboveNames(b.concept, subject)) return true;
  // A name that is one thing asked again within one title's section (`ISO/IEC 9126` under `제품 품질`, and
  // under `ISO/IEC 25000` there): the same thing, however the answers differ.
  // Not the note's own title, under which all is.
  const withinSection = (concept: Concept, title: Concept | undefined) => title?.parent !== undefined && isUnder(concept, title);
  if (namesOneThing(subject) && (withinSection(a.concept, b.concept.parent) || withinSection(b.concept, a.concept.parent))) return true;
  return (underOneTitle || namesOneThing(subject)) && overlapSimilarity(bigrams(plainText(a.back)), bigrams(plainText(b.back))) >= SAME_ANSWER_OVERLAP;
}

/**
 * A name that is one thing wherever a note uses it: with an acronym or a number (`ISO/IEC 14598`, `SDLC`,
 * `HTTP 프로토콜`). A common word (`일관성`, `Source Port`, `흐름 제어`) is whatever the title above it is
 * about: ACID's 일관성 and CAP's are two things, their backs alike or not.
 */
function namesOneThing(subject: string): boolean {
  return /\d|(?<![A-Za-z])[A-Z]{2,}(?![a-z])/u.test(subject);
}

/**
 * Two concepts in sections side by side within one topic of the note (`### TCP 헤더` and `### UDP 헤더`
 * under `## 헤더 분석`; `#### 신뢰성` under `### 하드웨어` and under `### 소프트웨어`): each the same part of a
 * different thing. Not where one is under the other's title, nor in two chapters of the note, whose
 * nearest title in common is the note's own (or none), or two numbered sections of one (`### 1. 품질보증의
 * 개념`, `### 6. 매트릭스 & 신뢰성`), parts of a summary in order, not things alike: a note repeating
 * itself there asks of one thing.
 */
function inParallelPlaces(a: Concept, b: Concept): boolean {
  const branchOf = new Map<Concept, Concept>();
  for (let title = a.parent, below: Concept = a; title !== undefined; below = title, title = title.parent) branchOf.set(title, below);
  let common = b.parent;
  let otherBranch: Concept = b;
  while (common !== undefined && !branchOf.has(common)) [otherBranch, common] = [common, common.parent];
  if (common === undefined || common === a.parent || common === b.parent || common.parent === undefined) return false;
  const numbered = (section: Concept) => sectionNumber(section.title) !== undefined;
  return !(numbered(branchOf.get(common)!) && numbered(otherBranch));
}

/**
 * Whether a title above a concept names the thing it is asked about, 의 and blanks aside (`클라이언트/서버의
 * 아키텍처`): by two letters at least, not inside a Latin word (`M` is no name of `COCOMO 방법`).
 */
function titleAboveNames(concept: Concept, subject: string): boolean {
  const compact = (text: string) => text.replace(/의(?=\s)/gu, '').replace(/\s+/gu, '');
  const named = compact(subject);
  if ([...named].length < 2) return false;
  const within = (title: string) => {
    for (let at = title.indexOf(named); at >= 0; at = title.indexOf(named, at + 1)) {
      if (!/[A-Za-z0-9]/u.test(title[at - 1] ?? '') && !/[A-Za-z0-9]/u.test(title[at + named.length] ?? '')) return true;
    }
    return false;
  };
  for (let above = concept.parent; above !== undefined; above = above.parent) if (within(compact(shownTitle(above)))) return true;
  return false;
}

/** A back's words without the marks of Markdown, to compare what two backs say. */
function plainText(back: string): string {
  return back.replace(/[*_`#>|-]/gu, ' ');
}

/** A step answered by this many names at most (`4way-handshaking`) is a detail of its line, no question. */
const STEP_NAMES_MAX = 2;

/**
 * A step of a process kept as written (`6. 서버 클라이언트 간 연결 종료` under `HTTP 동작 과정`), or a
 * heading of one under the process's heading (`### 권한 동의` under `## 인가 코드 발급 과정`), whose
 * back is a name or two (`* 4way-handshaking`): its card would ask nothing (`HTTP 동작 과정 › 서버
 * 클라이언트 간 연결 종료`). No card: its back goes under its line on the procedure's card, which lists
 * the steps, as the note wrote it. A step explained in words keeps its card.
 */
function foldNamedStepsIntoProcedure(drafts: readonly DraftCard[]): Set<Concept> {
  const folded = new Set<Concept>();
  const byConcept = new Map(drafts.map((draft) => [draft.concept, draft]));
  for (const step of drafts) {
    const procedure = step.concept.parent === undefined ? undefined : byConcept.get(step.concept.parent);
    if (step.kind === 'table-row' || procedure === undefined) continue;
    // A step kept as written, or a section of its own right under the process's title (`### DNS 조회`
    // under `## 브라우저 요청 과정`, whose list has `2. DNS 조회`). Asked first: few cards are either.
    const processTitle = subjectOf(shownTitle(procedure.concept));
    if (!(step.concept.asWritten || isProcedureTitle(processTitle)) || isHandsOnTitle(processTitle)) continue;
    // A step's verb noun (`생성`) over anything, or a name over what to do (`기본 VPC 선택`), is a step to
    // recall, and so is a value set in hands-on work (`IPv4 CIDR` over `10.0.0.0/16` under `VPC 생성`).
    if (endsInVerbNoun(shownTitle(step.concept))) continue;
    const names = namesAnswering(step.back);
    if (names === undefined || names.length > STEP_NAMES_MAX || names.some((name) => endsInVerbNoun(name) || isEnglishActionOrCondition(name))) continue;
    const lines = procedure.back.split('\n');
    const at = lines.findIndex((line) => /^(?:\d+[.)]|[-*+])\s/u.test(line) && line.slice(line.indexOf(' ') + 1) === step.title);
    if (at < 0) continue;
    const indent = ' '.repeat(lines[at]!.indexOf(' ') + 1);
    lines.splice(at + 1, 0, ...step.back.split('\n').map((line) => (line === '' ? line : `${indent}${line}`)));
    procedure.back = lines.join('\n');
    procedure.concept.images.push(...step.concept.images);
    folded.add(step.concept);
  }
  return folded;
}

/**
 * A card whose title asks nothing as written and whose back is names alone (`프로세스 상태 › 선점 스케줄링` over
 * `` `Interrupt`, `Exit` ``; `제품 품질` over `- ISO/IEC 9126`, `- ISO/IEC 14598`): asked which things they
 * are (`…에 해당하는 것은?`), as a label of members is (see mayAskWhichNamesAnswer). Decided once every back
 * is made, after the rules above that ask how a title is asked.
 */
function askWhichNamesAnswer(drafts: readonly DraftCard[], concepts: readonly Concept[]): void {
  // The titles under each title, gathered only once a back names things (most backs name none).
  let titlesUnder: Map<Concept, Set<string>> | undefined;
  const byConcept = new Map(drafts.map((draft) => [draft.concept, draft]));
  for (const draft of drafts) {
    const names = namesAnswering(draft.back);
    // A term over one value (`가용 영역 : AZ`, `시험 시간 : 130분`) labels it, as written (see labelsAValue); over
    // names listed it asks which they are. A title naming the titles under it (`## 네트워크` over `- VPC : …`)
    // outlines a topic, kept as written too.
    if (names === undefined || (draft.kind === 'term' && names.length < 2)) continue;
    titlesUnder ??= titlesOfChildren(concepts);
    const cardsUnder = titlesUnder.get(draft.concept);
    const title = shownTitle(draft.concept);
    // Asked what it is over its members' cards, it is still answered by their names alone where they are
    // plainly its kinds or its parts (`- 로그 회복 기법` over `- 즉시 갱신 회복 : …`; `- 개체-관계 모델` over `-
    // 개체 : …`); any other label over them (`- 프로세스` over `- 코드 영역 : …`) may be a whole they are
    // regions of, no members, and stays asked what it is.
    const plainlyKindsOrParts = asksWhatIsOfNames(draft.concept, names) && (namesKindsOf(title, names) || namesPartsOfTitle(title, names));
    if (cardsUnder !== undefined && names.some((name) => cardsUnder.has(name)) && !plainlyKindsOrParts) continue;
    if (!mayAskWhichNamesAnswer(draft.concept, names)) continue;
    draft.concept.answeredByNames = true;
    const owner = draft.concept.parent;
    if (owner !== undefined && namesPartsOfAPart(title, shownTitle(owner), byConcept.get(owner)?.back ?? '')) draft.concept.answeredByParts = true;
    else if (namesPartsOfTitle(title, names)) draft.concept.answeredByParts = true;
    else if (namesKindsOf(title, names)) draft.concept.answeredByKinds = true;
  }
}

/** The titles right under each title, as shown. */
function titlesOfChildren(concepts: readonly Concept[]): Map<Concept, Set<string>> {
  const titlesUnder = new Map<Concept, Set<string>>();
  for (const concept of concepts) {
    const parent = concept.parent;
    if (parent !== undefined) titlesUnder.set(parent, (titlesUnder.get(parent) ?? new Set()).add(shownTitle(concept)));
  }
  return titlesUnder;
}

/** A layer's value of this many words at most is a fact of its owner's line, no answer of its own. */
const LAYER_VALUE_WORDS_MAX = 4;

/**
 * `- Layer 3 (Network Layer) - IP Packets` under `## Gateway Load Balancer`: the layer the thing works at,
 * kept as written (see labelsLayerOf), its value a few words. Its card would ask nothing (`… › Layer 3
 * (Network Layer)`) and answer with what its owner's back says on that very line: no card.
 */
function layerOnItsOwnersLine(concept: Concept, back: string, ownersBack: string | undefined): boolean {
  if (concept.kind !== 'term' || concept.parent === undefined || ownersBack === undefined) return false;
  const title = shownTitle(concept);
  if (!labelsLayerOf(title, shownTitle(concept.parent)) || askedTitle(concept) !== title) return false;
  if (back.includes('\n') || back.trim().split(/\s+/u).length > LAYER_VALUE_WORDS_MAX) return false;
  return ownersBack.split('\n').some((line) => line.includes(title) && line.includes(back.trim()));
}

/**
 * `| Verification | 개발자 | 명세서 |` under the same title as `- 검증(Verification) ; 명세서대로 개발되었는지
 * 검토`: one term, which two cards would ask twice (`검증(Verification)이란?`, `Verification이란?`). The
 * row's cells go on the term's card, under what the item says; the row has none of its own. The rows
 * so joined.
 */
function joinRowsToTheirTerms(drafts: readonly DraftCard[]): Set<Concept> {
  const joined = new Set<Concept>();
  const itemsUnder = new Map<Concept, DraftCard[]>();
  for (const draft of drafts) {
    const parent = draft.concept.parent;
    if ((draft.kind !== 'term' && draft.kind !== 'list-title') || parent === undefined) continue;
    const items = itemsUnder.get(parent);
    if (items) items.push(draft);
    else itemsUnder.set(parent, [draft]);
  }
  for (const row of drafts) {
    const items = row.concept.parent === undefined ? undefined : itemsUnder.get(row.concept.parent);
    if (row.kind !== 'table-row' || items === undefined) continue;
    const rowTitle = shownTitle(row.concept);
    const term = items.find((item) => nameOneTerm(rowTitle, shownTitle(item.concept)));
    if (term === undefined) continue;
    term.back = `${term.back}\n\n${row.back}`;
    term.concept.images.push(...row.concept.images);
    joined.add(row.concept);
  }
  return joined;
}

/** Labels that give what a thing is: under a title asking just that, they are its answer. */
const DEFINITION_LABELS: ReadonlySet<string> = new Set(['사전적 의미', '사전적 정의', '정의', '의미', '뜻', '개념', '개요']);

/**
 * `- 사전적 의미: …` under `- 세션(Session)이란?` (or `세션 란`, or `- REST의 정의` under `- REST란`): the
 * definition the title above asks for, all of which that title's card says. A card of its own would ask the same again. So does the
 * aspect a title above asks for (`- 차이` under `### 뮤텍스와 세마포어의 차이`, asked `…의 차이는?`),
 * and a reason under a title asking why (`- managed LB` under `## Why use ELB?`), with all under it.
 */
export function answersItsParent(concept: Concept): boolean {
  const parent = concept.parent;
  if (!parent) return false;
  if (isReasonWhy(concept)) return true;
  // Only where the asking title's back holds its text too (a callout's, a sub-title's is its own).
  if (!concept.inParentBack) return false;
  const label = shownTitle(concept);
  const asked = shownTitle(parent);
  const subject = subjectOf(asked);
  // `- REST의 정의` (or `- REST의 구체적인 개념`) under `REST란` is that definition too, named with its subject.
  const definesSubject = DEFINITION_LABELS.has(label) || (asksWhatItIs(label) && [subject, withoutGloss(subject)].some((name) => label.startsWith(`${name}의 `)));
  if (definesSubject && subject !== asked) return true;
  return isAspectTitle(label) && aspectEnding(asked) === label && askedTitle(parent) === `${withParticle(asked, '은/는')}?`;
}

/** An item in the back of a title asking why, or one under such an item: a reason, part of that answer. */
export function isReasonWhy(concept: Concept): boolean {
  const parent = concept.parent;
  if (!parent || concept.kind === 'qa') return false;
  // An aspect written among them (`- 단점 : 느리다`) is asked of the subject, no reason: a card still. So is a
  // term defined under a title that names purposes (`- 기밀성 : …` under `## 정보보안의 목적`).
  if (concept.inParentBack) {
    const asked = shownTitle(parent);
    if (concept.kind === 'term' && namesPurposesWithoutAsking(asked)) return false;
    return asksWhy(asked) && !isAspectTitle(shownTitle(concept));
  }
  // What an item holds (its own items, terms, rows) is written inside it, so in that answer too.
  return isReasonWhy(parent);
}

/** Images as Markdown, Obsidian and HTML write them, a link around one, and tags that only lay them out. */
const IMAGE_MARKUP = /\[?!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])(?:\]\([^)]*\))?|!\[\[[^\]]+\]\]|<\/?(?:img|br|p|div|center)\b[^>]*>/giu;

/**
 * A sentence that only says a step is taken or looked at (`…테스트를 해보자`, `결과를 확인한다`), with no
 * reason. Not `…확인할 수 있다`: that says what was seen (`접근할 수 없는 것을 확인할 수 있다`), a result to recall.
 */
const ANNOUNCES_A_STEP = /(?:보자|봅시다|본다|확인(?:한다|합니다|된다)?)$/u;
/** A short instruction (`인스턴스를 생성한다`) says no more than its step's title. */
const SHORT_INSTRUCTION = /(?:한다|합니다)$/u;
const SHORT_INSTRUCTION_MAX = 30;
/** What makes a sentence explain: a purpose, a cause, a condition (`…하기 위해`, `…하도록`, `…할 때`). */
const EXPLAINS = /위해|위한|도록|때문|므로|경우|니까|때(?:\s|$)|면(?:\s|$)/u;
/** A sentence explaining is longer than this; a step announced is not. */
const ANNOUNCEMENT_MAX = 80;

/**
 * A sentence that only says the screenshot shows a thing, not what is seen in it: `…다음과 같이 index.html
 * 내용을 확인할 수 있다` (as the screenshot below shows), `다시 인스턴스를 확인할 수 있다` (a thing looked at).
 * What was seen is a clause, `…연결되는 것을 확인할 수 있다`, a result to recall.
 */
const POINTS_AT_THE_SCREENSHOT = /(?:다음|아래|위)(?:과|와)\s*같이\s.*(?:확인|볼)\s*수\s*있(?:다|습니다)$|[을를]\s*(?:다시\s*)?확인할\s*수\s*있(?:다|습니다)$/u;
/**
 * What was seen, said as a clause (`…연결되는 것을 확인할 수 있다`, `…없음을 볼 수 있다`, `…번갈아 응답하는
 * 모습을`), as a value (`503 응답을`, `HTTP 200 응답 코드를`), or as what an action brings (`ping을 보내면 아래와
 * 같이 응답을 …`): a result, never a pointer.
 */
const SEES_A_RESULT = /(?:것|음)[을를이가]\s*(?:확인할|볼)\s*수|[가-힣](?:는|된|한|진|던)\s+(?:모습|화면|결과|상태|메시지)[을를]|(?:^|[\s(])\d+(?=[\s)%]|$)|[가-힣]면\s/u;

/** Every sentence of `text` (images taken out) only announces a step (see ANNOUNCES_A_STEP) or points at its screenshot. */
function onlyAnnouncesSteps(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+|\n/u).map((line) => trimWhere(line.replace(/^\s*(?:[-*+]|\d+[.)])(?=\s|$)/u, ''), (char) => /[\s.!?~]/u.test(char))).filter((sentence) => sentence !== '');
  return sentences.every((sentence) => {
    if (sentence.length <= ANNOUNCEMENT_MAX && POINTS_AT_THE_SCREENSHOT.test(sentence) && !SEES_A_RESULT.test(sentence)) return true;
    if (sentence.length > ANNOUNCEMENT_MAX || EXPLAINS.test(sentence) || statesAFact(sentence)) return false;
    return ANNOUNCES_A_STEP.test(sentence) || (sentence.length <= SHORT_INSTRUCTION_MAX && SHORT_INSTRUCTION.test(sentence));
  });
}

/**
 * A sentence saying what a thing does or is, its topic or subject named (`헬스 체크는 30초마다 인스턴스를
 * 검사한다.`, `ELB가 트래픽을 나눈다`): a fact to recall, not a step (`인스턴스를 생성한다`). A call to try
 * (`…해 보자`) is a step whoever it names.
 */
function statesAFact(sentence: string): boolean {
  if (/(?:보자|봅시다)$/u.test(sentence)) return false;
  return sentence.split(/\s+/u).slice(0, -1).some((word) => TOPIC.test(word) || isSubject(word));
}

/**
 * `## CLB 실습` over only `![img](./clb.png)`, or `5. 생성` under `AS 생성` over only a screenshot: a
 * console shown, nothing to recall, so no card. So where the only words beside the screenshots announce
 * the steps they show (`…수정한 후 테스트를 해보자`, `결과를 확인한다`); a sentence saying why or when
 * (`…접속하기 위해 22번 포트를 연다`), or what a thing does (`헬스 체크는 30초마다 검사한다.`), keeps the card. An image under any other title (`## OSI 7계층`
 * over its diagram) is what the card asks to recall, and is kept.
 */
export function onlyScreenshotsOfHandsOnWork(concept: Concept, back: string): boolean {
  if (concept.images.length === 0) return false;
  // What is left once images, list markers and table rules are taken out: nothing, if images were all.
  const words = back.replace(IMAGE_MARKUP, '');
  if (words.replace(/^\s*(?:[-*+]|\d+[.)])(?=\s|$)/gmu, '').replace(/[|:\-\s]/gu, '') !== '' && !onlyAnnouncesSteps(words)) return false;
  const title = shownTitle(concept);
  const parent = concept.parent;
  const stepOfProcedure = concept.asWritten === true && concept.kind !== 'table-row' && parent !== undefined && isProcedureTitle(subjectOf(shownTitle(parent)));
  // A part of a lab (`### 리스너` under `## ALB 실습`) shows the lab's console too.
  return stepOfProcedure || isHandsOnTitle(title) || (parent !== undefined && isPracticeTitle(shownTitle(parent)));
}

/**
 * Words an author leaves where the answer is to come (`- 표` for a table not yet drawn, `TBD`, `작성 중`),
 * written without their blanks and in lower case.
 */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(['tbd', 'todo', 'wip', '추가예정', '작성예정', '정리예정', '작성중', '정리중', '준비중', '내용없음', '미작성']);
/**
 * A figure's name alone (`- 표`) stands in for a figure to come only under a title asking for a summary
 * (`…을 정리하면?`); elsewhere it may be the answer (`데이터를 저장하는 구조는?` → `표`).
 */
const FIGURE_WORDS: ReadonlySet<string> = new Set(['표', '그림', '사진', '이미지', '도표', '도식']);
const ASKS_FOR_SUMMARY = /정리|요약/u;

/**
 * `UML의 다이어그램을 정리하면?` over only `- 표`: the back is one placeholder word (in brackets or not,
 * a list item or not), no answer, so no card. A real one-word answer (`- TCP`, `서버`) is kept.
 */
export function onlyAPlaceholder(back: string, title: string): boolean {
  // The longest placeholder, marked and bracketed, is far shorter: a long back is read no further.
  if (back.length > 40) return false;
  const line = back.trim();
  if (line.includes('\n')) return false;
  const word = trimWhere(line.replace(/^(?:[-*+]|\d+[.)])\s+/u, ''), (char) => /[\s()[\]{}<>.…:]/u.test(char));
  const written = word.replace(/\s+/gu, '').toLowerCase();
  return PLACEHOLDER_WORDS.has(written) || (FIGURE_WORDS.has(written) && ASKS_FOR_SUMMARY.test(title));
}

/**
 * `자료 저장소 ; 자료 보관소`, a row `| 점증적인 인도 | 점증적으로 인도 |`: a back of one short line, word for word
 * the title's words again, each the title's word in its place with at most another ending (`점증적으로` for
 * `점증적인`, see sameStem) or a synonym of it (`보관소` for `저장소`, see isSynonymOf), one word at least the
 * same stem. Nothing to learn: no card; the title stays on its owner's back. A word of its own (`처리과정 ;
 * 변환과정`, `사용 사례 뷰 ; 사용자 관점`, `데이터베이스 ; 데이터집합`) answers, and is kept.
 */
export function onlyRestatesTitle(back: string, title: string): boolean {
  const line = back.trim().replace(/[.。]$/u, '');
  // A sentence (`설치한다.` under `설치`) says what is done, however few its words: kept.
  if (line.includes('\n') || !/^[\uac00-\ud7a3\s]+$/u.test(line) || line.endsWith('다')) return false;
  const said = line.split(/\s+/u);
  const asked = withoutGloss(title).split(/\s+/u);
  if (said.length !== asked.length) return false;
  // One word alike at least: a word wholly other (`변환과정` for `처리과정`) says what the title's does.
  if (!said.some((word, n) => sameStem(word, asked[n]!))) return false;
  return said.every((word, n) => sameStem(word, asked[n]!) || isSynonymOf(word, asked[n]!)) && said.join(' ') !== asked.join(' ');
}

/** Endings that make one stem describe or tell how (`점증적인`, `점증적으로`, `단계적`): the same word otherwise. */
const STEM_ENDINGS: ReadonlySet<string> = new Set(['', '인', '으로', '로', '한', '하게', '히', '된', '되는', '하는', '의', '적', '적인', '적으로']);

/**
 * One word in two forms: a stem of two syllables or more, then an ending at most (`점증적인`, `점증적으로`).
 * A stem with another word after it (`데이터집합` for `데이터베이스`, `서브네트워크` for `서브넷`) is a word of its own.
 */
function sameStem(word: string, titleWord: string): boolean {
  let shared = 0;
  while (shared < word.length && word[shared] === titleWord[shared]) shared++;
  return shared >= 2 && STEM_ENDINGS.has(word.slice(shared)) && STEM_ENDINGS.has(titleWord.slice(shared));
}

/**
 * A synonym made alike (`보관소` for `저장소`): as long, three syllables or more, the same last syllable and
 * every syllable before it other. A word other only in some syllables is the title's opposite or sibling
 * (`하향식` for `상향식`, `역방향` for `정방향`, `후입선출` for `선입선출`), and of two syllables (`동적` for
 * `정적`) it may be either: a fact to learn, kept.
 */
function isSynonymOf(word: string, titleWord: string): boolean {
  if (word.length !== titleWord.length || word.length < 3 || word.at(-1) !== titleWord.at(-1)) return false;
  return [...word.slice(0, -1)].every((syllable, n) => syllable !== titleWord[n]);
}

/** A link as Markdown writes it (`[샘플 문항](https://….pdf)`, `<https://…>`, a bare URL), and `<br>` spacers. */
const LINK_MARKUP = /\[([^\]]*)\]\([^)]*\)|<https?:[^>\s]+>|https?:\/\/\S+|<br\s*\/?>/giu;
/** Words that only label a link as one (`참고: [문서](…)`, `[문서](…) 참고`, `(PDF)`). */
const LINK_LABEL_WORDS = /(?:참고|출처|링크|원문|자료|pdf|link|source|see)/giu;

/**
 * A card whose title asks (`HTTP/2를 정의한 문서는?`, `REST란`) or names a term (`- A 레코드 : [IPv4
 * 주소](…)`): a link's text there is the answer, the address only where it was read. Only a title
 * that asks nothing (`## 공식 문서`, `## … 샘플 문항 풀기`) is left a page elsewhere by its links.
 */
function answeredByALink(concept: Concept): boolean {
  if (concept.kind === 'term' || concept.kind === 'table-row' || concept.kind === 'qa' || concept.kind === 'question') return true;
  const title = shownTitle(concept);
  return asks(title) || subjectOf(title) !== title;
}

/**
 * `## AWS SAA C01 샘플 문항 풀기` over only `[샘플 문항](https://….pdf)` (its score, a study log, left out):
 * a page to read elsewhere, which the card cannot show and no one recalls by its address. No card,
 * whatever is under it. A link whose text says something (`[EC2-Classic은 2022년에 종료된다](…)`) is
 * content, and so is any word beside the links.
 */
export function onlyLinks(back: string): boolean {
  // An image is shown on the card (see onlyScreenshotsOfHandsOnWork for those that are not).
  if (/!\[|<img\b/iu.test(back)) return false;
  let linked = false;
  let sentence = false;
  const rest = back.replace(LINK_MARKUP, (markup, text: string | undefined) => {
    if (/^<br/iu.test(markup)) return ' ';
    linked = true;
    if (text !== undefined && text.trim() !== '' && !isTitleLike(text, CALLOUT_TITLE_MAX)) sentence = true;
    return ' ';
  });
  if (!linked || sentence) return false;
  // List markers, brackets and separators around the links say nothing.
  return !/[\p{L}\p{N}]/u.test(rest.replace(/^\s*(?:[-*+]|\d+[.)])(?=\s|$)/gmu, ' ').replace(LINK_LABEL_WORDS, ' '));
}

/**
 * An answer naming choices by their marks alone (`정답: A, C`), with those choices written out under its
 * line, one to an item (`- A. 예약 인스턴스`, `- C. 스팟 인스턴스`), so the back says what they are; what
 * followed the line (the reasoning) comes after them. A number is escaped (`1\.`) to stay text, not a list.
 */
function withNamedChoices(answer: string, named: readonly string[]): string {
  if (answer === '' || named.length === 0) return answer;
  const newline = answer.indexOf('\n');
  const line = newline < 0 ? answer : answer.slice(0, newline);
  const rest = newline < 0 ? '' : answer.slice(newline + 1).trim();
  const items = named.map((choice) => `- ${choice.replace(/^(\d+)([.)])/, '$1\\$2')}`).join('\n');
  return [line, items, rest].filter((piece) => piece !== '').join('\n\n');
}

/**
 * `### 인덱스 자료구조` whose back is only `그렇다면 둘은 어떤 차이가 있을까`, over `#### B+-Tree` and
 * `#### Hash`, each a card, or `## 트랜잭션` whose back is only `트랜잭션은 다음과 같은 성질을 가진다.`:
 * the answer is in its parts, and the lead-in alone says nothing. Like a heading of nothing over its
 * parts, it has no card of its own. (Where the title or the question asks for the parts' names, or
 * why or how over sub-headings, the card lists them instead: see `namesItsParts`.) So has `## CPU
 * 스케줄러` whose back is only a remark in italics about the note (`_cf) 자세한 건 다음 글에서_`) over `###
 * FCFS`, `### SJF`: it answers nothing the title asks. An italic sentence of the topic keeps its card.
 */
export function onlyLeadsIntoItsParts(concept: Concept, back: string, carded: ReadonlySet<Concept>): boolean {
  if ((concept.kind !== 'heading' && concept.kind !== 'question') || concept.namesItsParts) return false;
  if (onlyLeadsIn(back)) return [...carded].some((other) => other.parent === concept && SUB_TITLE_KINDS.has(other.kind));
  // An aside stands apart from all under it, also where the cards are a level further down (`### FCFS` over `#### 특징`).
  return onlyAnAside(back) && [...carded].some((other) => other !== concept && isUnder(other, concept));
}

function isUnder(concept: Concept, ancestor: Concept): boolean {
  for (let parent = concept.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}

/**
 * Fronts get one level of context (none for questions); where two fronts of the note collide, both get
 * more context, and a number is the last resort — a card is never dropped for sharing a front. The
 * choices of a multiple-choice question come last, under it.
 */
function assignFronts(drafts: DraftCard[], withChoices: ReadonlySet<Concept>): void {
  // A concept's question and context titles do not change between rounds: made once, joined per round.
  const parts = drafts.map((draft) => frontParts(draft.concept));
  const levels = drafts.map((draft) => defaultContextLevels(draft.concept));
  const frontsAtLevels = () => parts.map((part, n) => frontFromParts(part, levels[n]!));
  let fronts = frontsAtLevels();
  for (let round = 0; round < 8; round++) {
    const groups = groupIndexesBy(fronts);
    let grew = false;
    for (const indexes of groups.values()) {
      if (indexes.length < 2) continue;
      for (const n of indexes) {
        if (levels[n]! < parts[n]!.depth) {
          levels[n]!++;
          grew = true;
        }
      }
    }
    if (!grew) break;
    fronts = frontsAtLevels();
  }
  for (const indexes of groupIndexesBy(fronts).values()) {
    indexes.forEach((n, k) => {
      if (k > 0) fronts[n] = `${fronts[n]} (${k + 1})`;
    });
  }
  drafts.forEach((draft, n) => (draft.front = fronts[n]! + (withChoices.has(draft.concept) ? draft.concept.choices!.lines.map((line) => `\n${line}`).join('') : '')));
}


function groupIndexesBy(values: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  values.forEach((value, n) => {
    const group = groups.get(value);
    if (group) group.push(n);
    else groups.set(value, [n]);
  });
  return groups;
}

/**
 * One hierarchical tag from the section path: no spaces, `::` between levels, no empty levels. A
 * heading that asks (`### SG와 NACL의 차이는?`, `## 3-way handshake 과정을 설명해 주세요.`) or is labelled
 * a question (`## Q. 캐시 교체 정책`, given in `questions`) is a card, not a topic: it makes no level of
 * its own, or every question would be a tag of its own, but at most one of the thing it asks about.
 */
export function tagsOf(section: readonly string[], questions: ReadonlySet<string> = new Set()): string[] {
  // A question about one thing it names (`인덱스란 무엇이고 왜 사용하나요?`) makes that thing's level, so that
  // an aspect under it is tagged `인덱스::장점`, not a bare `장점` shared by every note's.
  // One the level above already names (`인덱스(Index)` under `Index`) adds nothing.
  const levels: string[] = [];
  for (const title of section) {
    const question = asks(title) || questions.has(title);
    // Section numbers are for the note's reader (`1. VPC 구성 요소`), as in fronts.
    const topic = question ? questionSubject(title) : displayTitle(title);
    if (topic === undefined) continue;
    const level = trimWhere(topic.replace(/\s+/g, '_').replace(/:{2,}/g, ':'), (char) => char === '_');
    const above = levels[levels.length - 1]?.toLowerCase();
    if (level === '' || (question && above !== undefined && (above.includes(level.toLowerCase()) || level.toLowerCase().includes(above)))) continue;
    levels.push(level);
  }
  return levels.length > 0 ? [levels.join('::')] : [];
}

/** The section's tag, then the note's own (from its front matter) that are not the same. */
function withNoteTags(sectionTags: string[], noteTags: readonly string[]): string[] {
  if (noteTags.length === 0) return sectionTags;
  return [...new Set([...sectionTags, ...noteTags])];
}

/** Titles of the question headings over a concept, itself included (labelled `Q.` or asking), which make no tag. */
function questionsAbove(concept: Concept): Set<string> {
  const titles = new Set<string>();
  for (let over: Concept | undefined = concept; over; over = over.parent) if (over.kind === 'question') titles.add(over.title);
  return titles;
}

export type { Concept };

export { RULES_VERSION } from './rules-version.js';
