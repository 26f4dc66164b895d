/**
 * Find the concepts of a note: walk the mdast once, in order, keeping a stack of open titles.
 * A title's explanation is everything that follows it up to the next title at the same or a higher level.
 * Which lines are titles is decided by the small rules in `title-rules.ts`.
 */
import type { Blockquote, Code, Heading, Html, Image, List, ListItem, Node, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BackPart, BlockDecision, Concept, ConceptKind, ImageRef } from './types.js';
import { collapseWhitespace, decodeCharacterReferences } from '../util/text.js';
import { imgTags } from './html-markup.js';
import { unresolvedImageReferences } from '../notes/link-references.js';
import { frontMatterTags, inlineTags, isTagLine } from '../notes/note-tags.js';
import {
  aliasAsGloss,
  CALLOUT_TITLE_MAX,
  LIST_TITLE_MAX,
  TERM_MAX,
  abbreviatedAspect,
  choiceQuestion,
  areNumberedChoices,
  areLetteredChoices,
  isAnswerLine,
  numberedChoice,
  QUESTION_MAX,
  isAnswerLabel,
  isEndMarker,
  isNamedTask,
  isSettingExample,
  propertyHeader,
  headerReadsAsRow,
  isQuestionList,
  isAnswerTemplateLabel,
  areChoices,
  endsAsName,
  choiceIndex,
  choicesNamedByMark,
  namesAChoice,
  isAspectTitle,
  endsInAspect,
  aspectEnding,
  aspectOwner,
  endsInCount,
  isComparisonCorner,
  asksForDifference,
  acronymSpelledOut,
  labelsAValue,
  listsNames,
  namesOneValue,
  namesEntry,
  isListingLeadIn,
  namesOverSentence,
  isNotATerm,
  startsWithLeadIn,
  asksForItsParts,
  asksWhichThereAre,
  asksHowOrWhy,
  asksWhy,
  isAnnouncement,
  leadsIntoWhatFollows,
  onlyLeadsIn,
  askedLeadIn,
  announcedAspect,
  isStatement,
  namesRanksOrKinds,
  alertTitle,
  alertType,
  answerPrefixLength,
  cleanTitle,
  definitionIntro,
  endsWithQuestionMark,
  isContentsLabel,
  isTocMarker,
  isPreface,
  isReadersNote,
  isNavigationLinks,
  isBlankTitle,
  isProcedureTitle,
  endsInVerbNoun,
  isShortName,
  saysWhatItIs,
  isReferenceHeading,
  isReferenceLine,
  isGenericAlertTitle,
  isTitleLike,
  questionPrefixLength,
  isQuestionLabel,
  isNumberedLabel,
  labelledHeadingQuestion,
  isFollowUpLabelled,
  asks,
  isKindOf,
  splitTerm,
  type TermSplit,
  isClauseOfOwner,
  titleText,
} from './title-rules.js';
import { isHighlight } from '../notes/obsidian-markup.js';
import { pushAll } from '../util/arrays.js';
import { withParticle } from './particles.js';
import { isProse, linesInBareFence, proseAsText } from './prose-box.js';
import { askedTitle, asksNothing, displayTitle, subjectOf } from './front.js';
import { withoutOutlineNumber } from './titles.js';
import { isGenericTitle, sectionNumber, withoutGloss } from './titles.js';

/** Levels that decide where an explanation ends: headings are 1-6, then callouts, then smaller titles. */
const CALLOUT_LEVEL = 7;
const SUBTITLE_LEVEL = 8;
/** The sub-titles a heading's parts are written as: sub-headings, callouts (`> 범용`) and bold lines (`**범용**`). */
export const SUB_TITLE_KINDS: ReadonlySet<ConceptKind> = new Set(['heading', 'question', 'callout', 'bold-title']);
/**
 * Sub-titles an announcement at the end of their parent's back leads into (see `nameAnnouncedSubTitles`).
 * Not sub-headings: sections of their own, which an announcement above them may not mean (`코드는 다음과
 * 같습니다.` over `### 실행 환경`, `### 회고`, the code left out of the note).
 */
const ANNOUNCED_SUB_TITLE_KINDS: ReadonlySet<ConceptKind> = new Set(['callout', 'bold-title', 'list-title']);
/** Numbered headings that are the parts of a heading of the same level stand between it and the level below. */
const PART_OFFSET = 0.5;
/** A block of nothing but pictures (`![조인](join.png)`, `<img src="join.png">`). */
const IMAGES_ONLY = /^(?:(?:!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]|<img\b[^>]*>)\s*)+$/iu;
/** A two-column table's key column headed so lists kinds of its owner (`| 종류 | 내용 |`), asked as such. */
const KINDS_CORNER: ReadonlySet<string> = new Set(['종류', '유형', '분류', '구성 요소', '구성요소', '단계', '기능', '특징', '원칙']);

/** What a table's row is named: its first cell, an alias after ` ; ` as a gloss (see `aliasAsGloss`). */
function rowName(row: TableRow): string {
  return row.children[0] ? aliasAsGloss(cleanTitle(titleText(row.children[0]))) : '';
}

/** A two-column row's cells as text, to compare a header with the rows under it. */
function rowCells(row: TableRow): [string, string] {
  return [cleanTitle(titleText(row.children[0]!)), cleanTitle(titleText(row.children[1]!))];
}

/** A title whose last words are those of a table's corner (`디자인 패턴 분류` over `| 분류 | 패턴 |`) asks what the column lists. */
function endsInCorner(title: string, corner: string): boolean {
  const words = title.trim().split(/\s+/u);
  return words.slice(-corner.split(/\s+/u).length).join(' ') === corner;
}
/** Words that say parts follow: kinds, a count, `다음과 같다` (see `announcesParts`). */
const PARTS_ANNOUNCED = /분류|종류|유형|구성\s?요소|단계|원칙|조건|(?:\d+|두|세|네|다섯|여섯|일곱)\s*(?:가지|개의|단계|요소)|(?:다음|아래)과\s*같|(?:다음|아래)의|나뉜|나눌\s*수|나누어|구분(?:된|할|하면|한다|됩)/;
/**
 * The same in an intro, where a stage, a principle or a condition is as often mentioned in passing
 * (`실행 단계가 몇 번 도는지 센다`): there they announce parts only after a count (`세 단계`, `4가지 조건`).
 */
const PARTS_ANNOUNCED_IN_INTRO = /분류|종류|유형|구성\s?요소|(?:\d+|두|세|네|다섯|여섯|일곱)\s*(?:가지|개의|단계|요소)|(?:다음|아래)과\s*같|(?:다음|아래)의|나뉜|나눌\s*수|나누어|구분(?:된|할|하면|한다|됩)/;
/** A line that is only an image, in Markdown or HTML. */
const IMAGE_LINE = /^\s*(!\[[^\]]*\]\([^)]*\)|<img\s[^>]*>)\s*$/i;
/** Lists nested deeper than this are kept as plain explanation rather than searched for terms. */
const MAX_LIST_DEPTH = 6;
/** What `explain` calls a paragraph's lines read as a list, and each of its items (see `linesAsList`). */
export const NUMBERED_LINES_BLOCK = 'number lines';
const NUMBERED_LINE_BLOCK = 'number line';
export const DEFINITIONS_BLOCK = 'definitions';
const DEFINITION_BLOCK = 'definition';
/** Why an outline of the items below it is left out (see `outlineItems`, `outlinesListsBelow`). */
const OUTLINE_REASON = 'an outline of the items below it, which say their names again: a table of contents';

export interface Extraction {
  /** The note's `#` title, if it has one. */
  deckName: string | undefined;
  /** Every concept with a title, in note order (children after their parent). */
  concepts: Concept[];
  /** One entry per block of the note. */
  decisions: BlockDecision[];
}

interface OpenTitle {
  concept: Concept;
  level: number;
}

/** The label `explain` shows for the title a note without one is given (see `untitledName`). */
export const FILE_NAME_BLOCK = 'file name';
/** The label `explain` shows for that title where the note's front matter gives it (`title: …`). */
export const FRONT_MATTER_TITLE_BLOCK = 'title:';

/**
 * `untitledName` is the deck's name for a note without a `#` title (build names it after the file):
 * given, such a note is read as if `# untitledName` were written above its first block, and a `#`
 * title of nothing (`# ` alone, or only markup) as if that name were written there, so that no text
 * of the note is lost for want of a title.
 */
export function extractConcepts(root: Root, source: string, untitledName?: string): Extraction {
  // A note without a `#` title is named by its front matter's `title:` where it has one, before its file.
  const named = frontMatterTitle(root);
  const extraction = new Extractor(source, named ?? untitledName, named !== undefined ? 'front matter' : 'file').run(root);
  return named !== undefined && (extraction.deckName === undefined || extraction.deckName.trim() === '') ? { ...extraction, deckName: named } : extraction;
}

/**
 * The `title:` of a note's YAML front matter (`title: "교착 상태"`), quotes taken off, NFC and trimmed; or
 * undefined where it has none, or one written over several lines (`title: >`).
 */
export function frontMatterTitle(root: Root): string | undefined {
  const first = root.children[0];
  if (first?.type !== 'yaml') return undefined;
  const line = /^title[ \t]*:[ \t]*(.*)$/m.exec(first.value)?.[1]?.trim();
  if (line === undefined || /^[|>]/.test(line)) return undefined;
  // A YAML comment starts at a blank then `#`; the blanks before it are trimmed below (`\s+#` would try
  // each blank of a long run in turn).
  const unquoted = /^(["'])(.*)\1$/.exec(line)?.[2] ?? line.replace(/\s#.*$/, '');
  const title = collapseWhitespace(unquoted).normalize('NFC').trim();
  return title !== '' ? title : undefined;
}

class Extractor {
  private readonly stack: OpenTitle[] = [];
  private readonly concepts: Concept[] = [];
  private readonly decisions: BlockDecision[] = [];
  /** Heading titles by depth (index 0 = `#`). */
  private headings: string[] = [];
  /** The headings over the block, by depth, as written: `1.1 서브넷` keeps the number `1.1.1` under it extends. */
  private headingsAsWritten: string[] = [];
  private deckName: string | undefined;
  /** The `#` title's concept, whose first blocks may be the author's preface (see `isPrefaceBlock`). */
  private deckTitle: Concept | undefined;
  /** A preface was left out just now: a block that goes on with it needs no mark of its own. */
  private prefaceGoesOn = false;
  /** Inside a reference section (`## 참고`) down to this heading depth: its blocks are dropped. */
  private referenceDepth: number | undefined;
  /**
   * Under an answer's `> 키워드 & 꼬리 질문` label, up to the next title or label: `Java : GC, 컴파일/런타임
   * 차이` there points at follow-up questions, it does not define Java. Such lines stay in the answer.
   */
  private followUps = false;
  /**
   * The title a note without a `#` title gets from its file, over the blocks above its first heading,
   * and the number of decisions made before it was opened (its own is put among them at the end).
   */
  private untitledLead: { concept: Concept; decisionsBefore: number } | undefined;
  /** The note has no `#` title, and its first block that is not front matter has not come yet. */
  private leadAwaited = false;

  constructor(
    private readonly source: string,
    private readonly untitledName: string | undefined,
    /** Where `untitledName` comes from, as `explain` says. */
    private readonly untitledFrom: 'file' | 'front matter' = 'file',
  ) {}

  /**
   * Numbered headings read as the parts of the heading of nothing above them, at their level (see
   * `wholeOfNumbered`): that whole, the level, and the last part's number.
   */
  private numberedParts: { whole: Concept; depth: number; number: number } | undefined;

  /** Titles that take their text back if no explanation follows them (see `close`). */
  private readonly demotable = new Map<Concept, { part: BackPart; decision: BlockDecision }>();

  run(root: Root): Extraction {
    const blocks = this.joinNumberedLists(root.children);
    // Blocks above a `#` title further down are usually a citation (`> …강의자료 참고` and its URL), not
    // a concept: only a note with no `#` title at all reads them under its file's name. (`# 참고 자료`
    // is a reference section, never the note's title.)
    this.leadAwaited = this.untitledName !== undefined && !blocks.some((block) => block.type === 'heading' && block.depth === 1 && !isReferenceHeading(cleanTitle(titleText(block))));
    this.markNumberingsGoingOn(blocks);
    for (let i = 0; i < blocks.length; ) i = this.block(blocks, i);
    this.close(0);
    this.placeUntitledLead();
    const concepts = this.concepts.filter((concept) => !this.demoted.has(concept));
    for (const concept of concepts) if (concept.kind === 'heading' || concept.kind === 'question') this.fencedChoices(concept);
    for (const concept of concepts) this.answerLineFirst(concept);
    for (const concept of concepts) this.namePartsAskedFor(concept, concepts);
    const childrenOf = new Map<Concept, Concept[]>();
    for (const concept of concepts) if (concept.parent !== undefined) childrenOf.set(concept.parent, [...(childrenOf.get(concept.parent) ?? []), concept]);
    for (const concept of concepts) this.nameAnnouncedSubTitles(concept, childrenOf.get(concept) ?? []);
    this.markCasesOfTopics(concepts);
    return { deckName: this.deckName, concepts, decisions: this.decisions };
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
  private markCasesOfTopics(concepts: readonly Concept[]): void {
    const sectionNames = new Set(concepts.filter((concept) => concept.kind === 'heading').flatMap((heading) => namesOfSection(displayTitle(heading.title))));
    const itemsUnder = new Map<Concept, Map<string, Concept>>();
    const titlesAbove = new Map<string, Set<string>>();
    const explanations = new Map<string, Set<string>>();
    for (const concept of concepts) {
      if ((concept.kind !== 'list-title' && concept.kind !== 'term') || concept.parent === undefined) continue;
      const name = normalName(withoutGloss(displayTitle(concept.title)));
      if (!sectionNames.has(name)) continue;
      const items = itemsUnder.get(concept.parent) ?? new Map<string, Concept>();
      items.set(name, concept);
      itemsUnder.set(concept.parent, items);
      titlesAbove.set(name, (titlesAbove.get(name) ?? new Set()).add(displayTitle(concept.parent.title)));
      explanations.set(name, (explanations.get(name) ?? new Set()).add(this.explanationOf(concept)));
    }
    for (const [parent, items] of itemsUnder) {
      if (namesRanksOrKinds(parent.title)) continue;
      // Two of them at least, each listed under another title too: the things, not a term defined again.
      const listedElsewhere = [...items.keys()].filter((name) => titlesAbove.get(name)!.size >= 2);
      if (listedElsewhere.length < 2) continue;
      for (const name of listedElsewhere) if (explanations.get(name)!.size >= 2) items.get(name)!.caseOfTopic = true;
    }
  }

  /** A concept's explanation as written, trimmed. */
  private explanationOf(concept: Concept): string {
    return concept.parts.map((part) => (part.type === 'slice' ? this.source.slice(part.start, part.end) : part.markdown)).join('\n').trim();
  }

  /**
   * A heading of nothing that asks for kinds, a count or steps (`## 샤딩의 종류는?`, `## 교착 상태의 4가지
   * 조건`) over sub-titles naming them (`### 범위 샤딩`, `### 해시 샤딩`, numbered parts at its own level,
   * or, as notes mostly write them, callouts `> 범용` and bold lines `**범용**`): the names are its answer,
   * as a list title's items' are (see `listInto`). A plain topic (`## 네트워크`) over its parts still says
   * nothing. Sections any note has (`### 정리`) are no kind; a sub-title asking something else than what a
   * thing is (`### 언제 쓰는가?`, `> 언제 쓰는가?`) makes the parts no list. The note's `#` title asks as a
   * `##` does (`# 샤딩의 종류` over `## 범위 샤딩`): the note's name, it is still a question the note answers.
   *
   * So does a heading whose intro only leads into its parts (see `onlyLeadsIn`): a question asking which
   * there are (`트랜잭션은 어떤 성질을 가질까?`), one asking how or why over sub-headings only (`교착 상태는 왜
   * 생길까?` over `### 상호 배제`, `### 점유 대기`), or an announcement (`인덱스의 종류는 다음과 같다.`) under a
   * title asking for them. There every part must be a name (not `### 왜 B-Tree를 쓸까`, nor a sentence);
   * an announcement stays above the names, which it leads into, and a question the title does not
   * already ask is asked in its place (see `askedTitle`).
   */
  private namePartsAskedFor(concept: Concept, concepts: readonly Concept[]): void {
    if ((concept.kind !== 'heading' && concept.kind !== 'question')) return;
    if (concept.choices !== undefined) return;
    const intro = this.explanationOf(concept);
    if (intro !== '' && !onlyLeadsIn(intro)) return;
    const lines = intro.split(/\n+/).map((line) => line.trim()).filter((line) => line !== '');
    const parts = concepts.filter((part) => part.parent === concept && SUB_TITLE_KINDS.has(part.kind) && !isGenericTitle(displayTitle(part.title)));
    // Headings the author wrote right under `교착 상태는 왜 생길까?` are its answer, as the names of kinds
    // are one asking which there are; bold lines and callouts there are as often points of prose.
    const underHeadings = parts.length > 0 && parts.every((part) => part.kind === 'heading' || part.kind === 'question');
    const question = lines.find((line) => asksWhichThereAre(line) || (underHeadings && asksHowOrWhy(line)));
    // `뷰의 장점은 다음과 같다.` names what the parts are: without it on the front they would be the view's
    // parts, and the announcement no card (see onlyLeadsIntoItsParts).
    const announced = question === undefined ? lines.map(announcedAspect).find((aspect) => aspect !== undefined) : undefined;
    if (!asksForItsParts(concept.title) && question === undefined && announced === undefined) return;
    const names = parts.map((part) => subjectOf(displayTitle(part.title)));
    const asksElse = (part: Concept, name: string) => (part.kind === 'question' || asks(displayTitle(part.title))) && name === displayTitle(part.title);
    if (names.length < 2 || parts.some((part, n) => asksElse(part, names[n]!))) return;
    // Words then one ending in 다 (`해시로 찾으면 빠르다`) say something, as a sentence does.
    const isName = (name: string) => isTitleLike(name, LIST_TITLE_MAX) && !isStatement(name) && !/\s\S*다$/u.test(name);
    if (intro !== '' && !names.every(isName)) return;
    const announcement = lines.filter(isAnnouncement);
    concept.parts = [...(announcement.length > 0 ? [{ type: 'markdown' as const, markdown: announcement.join('\n') }] : []), { type: 'markdown', markdown: names.map((name) => `- ${name}`).join('\n') }];
    concept.namesItsParts = true;
    const title = displayTitle(concept.title);
    if (question !== undefined && !asks(title) && !asksForItsParts(title) && !endsInAspect(title)) concept.leadIn = askedLeadIn(question);
    else if (announced !== undefined && !asks(title) && !asksForItsParts(title) && !endsInAspect(title)) {
      // A bare aspect (`장점은 다음과 같다`) is the heading's.
      const asked = isGenericTitle(announced) ? `${subjectOf(title)}의 ${announced}` : announced;
      concept.leadIn = `${withParticle(asked, '은/는')}?`;
    }
  }

  /**
   * A back that says something, then ends on an announcement (`**문제3. 출제 영역은 다음과 같습니다.**`,
   * `출제 영역:`; see leadsIntoWhatFollows) right over the sub-titles it announces, each a card of its
   * own (`영역 1. …`, `영역 2. …` over their lists; bold lines, callouts, one-item list titles,
   * sub-headings): the back lists their names after it, as a back lists its list's sub-titles in place
   * (see `listInto`), instead of announcing nothing. Not
   * where a sub-title asks something, names an aspect (`**장점**`) or a section any note has (`정리`),
   * which a bare name would not say; a back of nothing but the lead-in is `namePartsAskedFor`'s, or no
   * card (see onlyLeadsIntoItsParts).
   */
  private nameAnnouncedSubTitles(concept: Concept, children: readonly Concept[]): void {
    const last = concept.parts[concept.parts.length - 1];
    if (concept.namesItsParts || last?.type !== 'slice' || children.length < 2) return;
    const intro = this.explanationOf(concept);
    const lines = intro.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^(?:<br\s*\/?>\s*)+$/iu.test(line));
    if (lines.length < 2 || !leadsIntoWhatFollows(lines[lines.length - 1]!) || onlyLeadsIn(lines.join('\n'))) return;
    const backEnds = this.source.slice(0, last.end).split('\n').length;
    const announced = children.filter((child) => child.line > backEnds);
    const isNamedSubTitle = (child: Concept) => {
      const title = displayTitle(child.title);
      return ANNOUNCED_SUB_TITLE_KINDS.has(child.kind) && !asks(title) && !isAspectTitle(title) && !isGenericTitle(title);
    };
    if (announced.length < 2 || !announced.every(isNamedSubTitle)) return;
    concept.parts.push({ type: 'markdown', markdown: announced.map((child) => `- ${displayTitle(child.title)}`).join('\n') });
  }

  /**
   * A heading that asks (`## 3. ELB는 ...를 제공합니다.`) over its choices in a fenced block (`A. static
   * IPv4`, `B. …`) and then its answer: the choices are set apart, as a numbered question's are.
   */
  private fencedChoices(concept: Concept): void {
    const [first, ...rest] = concept.parts;
    if (first?.type !== 'slice' || rest.length === 0) return;
    const fence = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)\n\1\s*$/.exec(this.source.slice(first.start, first.end).trim());
    if (!fence) return;
    const lines = fence[2]!.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const lettered = lines.every((line) => choiceIndex(line) !== undefined) && areChoices(lines);
    if (!lettered && !this.unletteredChoices(concept, lines, rest[0]!)) return;
    const next = rest[0]!;
    const answerLine = next.type === 'slice' ? this.lineFrom(next.start) : undefined;
    concept.choices = { lines: lines.map(shownChoice), parts: [first], named: choicesNamedByMark(answerLine, lines).map(shownChoice) };
    concept.parts = rest;
    // The fence was decided a part of the back before it was found to be the choices the front shows.
    const fenceLine = this.source.slice(0, first.start).split('\n').length;
    const fenceDecision = this.decisions.find((decision) => decision.concept === concept && decision.line === fenceLine && decision.outcome === 'explanation');
    if (fenceDecision) fenceDecision.outcome = 'choices';
  }

  /**
   * A multiple-choice question answered after the author's reasoning (the choices, a fence of `A는 …라
   * 제거`, `D를 선택`, then `` **`정답 : (A)`** ``): the answer line goes first on the back, so that the card
   * answers before it explains, and what came before it follows in the note's order. The line boxed as
   * code (`` `정답 : (A)` ``, a fence holding it, alone or over prose) is prose: written as text. The choices it names
   * by their marks are written out under it, as under one right below the choices (see withNamedChoices).
   */
  private answerLineFirst(concept: Concept): void {
    const choices = concept.choices;
    if (!choices) return;
    for (const [at, part] of concept.parts.entries()) {
      const answer = this.answerLineOf(part, choices.lines);
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
  private answerLineOf(part: BackPart, choices: readonly string[]): { line: string; unboxed: boolean; rest: BackPart[] } | undefined {
    if (part.type !== 'slice') return undefined;
    const text = dedent(this.source.slice(part.start, part.end), part.indent).trim();
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
    const lineEnd = this.source.indexOf('\n', part.start);
    const rest: BackPart[] = lineEnd >= 0 && lineEnd < part.end ? [{ ...part, start: lineEnd + 1 }] : [];
    return { line, unboxed: line !== written.trim(), rest };
  }

  /**
   * Choices without letters (`- SNI`, `- Host Headers`), bullets in the fence under a heading that asks:
   * choices only where an answer line (`정답 SNI`) follows them, since such bullets may as well be the
   * heading's own answer.
   */
  private unletteredChoices(concept: Concept, lines: readonly string[], next: BackPart): boolean {
    if (lines.length < 2 || !lines.every((line) => /^[-*+]\s+\S/.test(line))) return false;
    if (!asks(cleanTitle(concept.title)) && choiceQuestion(concept.title) === undefined) return false;
    const text = next.type === 'slice' ? this.source.slice(next.start, next.end) : next.markdown;
    const firstLine = text.replace(/^\s*(`{3,}|~{3,})[^\n]*\n/, '').trimStart().split('\n')[0]!;
    return /^(\*\*|__)?(정답|답)(\s|[.:)]|$)/.test(firstLine);
  }

  private readonly demoted = new Set<Concept>();
  /** Headings labelled `Q.` (`## Q. 질문`), whose first paragraph's `A.` (`**A.**`) labels the answer. */
  private readonly labelledQuestions = new Set<Concept>();
  /** Concepts that have children (terms, rows…), which are never demoted. */
  private readonly parents = new Set<Concept>();

  /** Handle blocks[i]; returns the index of the next block to handle. */
  private block(blocks: RootContent[], i: number): number {
    const node = blocks[i]!;
    if (node.type === 'heading') {
      const asWritten = cleanTitle(titleText(node));
      const written = withoutOutlineNumber(asWritten, this.headingsAsWritten.slice(0, node.depth - 1).filter((above) => above !== undefined).at(-1));
      this.headingsAsWritten = this.headingsAsWritten.slice(0, node.depth - 1);
      this.headingsAsWritten[node.depth - 1] = asWritten;
      const question = node.depth > 1 ? labelledHeadingQuestion(written) : undefined;
      const title = question ?? written;
      if (!isBlankTitle(title)) this.heading(node.depth, title, lineOf(node), this.numberingGoesOn.has(node), question !== undefined, question !== undefined && isFollowUpLabelled(written));
      else if (node.depth === 1 && this.deckName === undefined) this.heading(1, '', lineOf(node));
      else this.blankHeading(node);
      return i + 1;
    }
    // A line of only Obsidian tags (`#aws #네트워크`) tags the whole note, wherever it is: no text of a card.
    if (node.type === 'paragraph' && this.source[start(node)] === '#' && isTagLine(this.source.slice(start(node), end(node)))) {
      const tags = inlineTags({ type: 'root', children: [node] }, this.source);
      this.decide(node, 'dropped', undefined, `tags (they go on every card: ${tags.join(' ')})`);
      return i + 1;
    }
    // remark-frontmatter also makes `toml` nodes, which mdast's types do not list.
    if (this.leadAwaited && node.type !== 'yaml' && (node.type as string) !== 'toml') this.openUntitledLead(lineOf(node));
    if (this.referenceDepth !== undefined) {
      this.decide(node, 'dropped', undefined, 'reference section');
      return i + 1;
    }
    if ((node.type as string) === 'toml') {
      this.frontMatter(node);
      return i + 1;
    }
    const preface = this.isPrefaceBlock(node);
    this.prefaceGoesOn = preface;
    if (preface) {
      this.decide(node, 'dropped', undefined, node.type === 'list' ? 'links to other pages under the note\'s title' : 'the author\'s preface');
      return i + 1;
    }
    switch (node.type) {
      case 'blockquote':
        this.blockquote(node, blocks[i + 1]);
        return i + 1;
      case 'list': {
        const choices = this.choicesAfter(node, blocks, i + 1) ?? this.numberedChoices(blocks, i) ?? this.letteredChoices(blocks, i);
        if (choices) return choices.next;
        if (this.outlinesListsBelow(node, blocks, i + 1)) {
          this.decide(node, 'dropped', undefined, OUTLINE_REASON);
          return i + 1;
        }
        const table = blocks[i + 1];
        if (table?.type === 'table' && this.tableOfLastItem(node)) {
          this.list(withTableInLastItem(node, table), blocks[i + 2], blocks[i + 3]);
          return i + 2;
        }
        this.list(node, blocks[i + 1], blocks[i + 2]);
        return i + 1;
      }
      case 'paragraph': {
        const choices = this.numberedChoices(blocks, i) ?? this.letteredChoices(blocks, i);
        if (choices) return choices.next;
        const asList = this.linesAsList(blocks, i);
        if (asList !== undefined) return asList;
        this.paragraph(node, blocks[i + 1], blocks, i);
        return i + 1;
      }
      case 'html':
        return this.html(blocks, i);
      case 'table':
        this.table(node);
        return i + 1;
      case 'thematicBreak':
        this.decide(node, 'dropped', undefined, 'separator');
        return i + 1;
      case 'yaml':
        this.frontMatter(node);
        return i + 1;
      case 'definition':
        this.decide(node, 'dropped', undefined, 'link definition');
        return i + 1;
      case 'footnoteDefinition':
        this.decide(node, 'dropped', undefined, 'footnote (its text goes on the cards that refer to it)');
        return i + 1;
      case 'code':
        if (!this.fencedQuiz(node)) this.explain(node);
        return i + 1;
      default:
        this.explain(node);
        return i + 1;
    }
  }

  /** Front matter is left out, but not its tags: they go on every card (see `noteTags`), which explain says. */
  private frontMatter(node: RootContent): void {
    const tags = frontMatterTags({ type: 'root', children: [node] });
    this.decide(node, 'dropped', undefined, tags.length > 0 ? `front matter (its tags go on every card: ${tags.join(' ')})` : 'front matter');
  }

  /**
   * A quiz written inside a fenced block, as a box around it (```` ``` ```` then `질문 1:`, the question,
   * `답 : …` and its reasoning): a question card like `Q.`/`A.` lines outside a fence. The question needs
   * a label (`질문 1:`, `Q.`) or to ask (`…까요?`, a blank `....`); the answer a `답`/`정답` line (or `A.`
   * after `Q.`), so that code and a fence of choices (`A. ALB`) are never read as one.
   */
  private fencedQuiz(node: Code): boolean {
    // Indented code is a `code` node too, with no fence to box the answer in: code, not a quiz.
    const source = this.source.slice(start(node), end(node));
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
    this.close(SUBTITLE_LEVEL);
    const concept = this.child(this.current(), 'qa', asked, lineOf(node), this.sectionPath());
    this.decide(node, 'title', concept);
    // The answer stays in a fence as the author boxed it (its opening line as written), without its label.
    const opening = source.slice(0, source.indexOf('\n')).trim();
    concept.parts.push({ type: 'markdown', markdown: `${opening}\n${answer}\n${fence}` });
    return true;
  }

  /**
   * A note with no `#` title: its first blocks are read as the explanation of a `#` title named as its
   * deck is (its card's front is the deck's name, as a `#` title's would be), and so is a preface there.
   */
  private openUntitledLead(line: number): void {
    this.leadAwaited = false;
    const title = this.untitledName!;
    const concept = this.open(endsWithQuestionMark(title) ? 'question' : 'heading', title, line, 1, []);
    this.deckTitle = concept;
    this.untitledLead = { concept, decisionsBefore: this.decisions.length };
  }

  /**
   * The untitled note's lead in `explain`, where its card starts: at the first block it holds, which is
   * also the card's line (a note's first block may be a separator, left out).
   */
  private placeUntitledLead(): void {
    if (!this.untitledLead) return;
    const { concept, decisionsBefore } = this.untitledLead;
    const first = this.decisions.findIndex((decision, n) => n >= decisionsBefore && decision.concept === concept);
    if (first < 0) return; // it holds nothing: no card, and nothing to say
    concept.line = this.decisions[first]!.line;
    this.decisions.splice(first, 0, { line: concept.line, ...(this.untitledFrom === 'file' ? { block: FILE_NAME_BLOCK, reason: 'the note has no # title: named after the file' } : { block: FRONT_MATTER_TITLE_BLOCK, reason: "the note has no # title: named by its front matter's title" }), outcome: 'deck-title', concept });
  }

  /**
   * Headings numbered 1 (`## 1. 일관성`) whose next heading at their level or above is numbered 2 at
   * their level: a numbering that goes on, which makes them parts even of a heading that explains itself.
   */
  private readonly numberingGoesOn = new Set<Heading>();

  private markNumberingsGoingOn(blocks: readonly RootContent[]): void {
    const headings = blocks.filter((block): block is Heading => block.type === 'heading');
    for (const [n, heading] of headings.entries()) {
      if (sectionNumber(cleanTitle(titleText(heading))) !== 1) continue;
      const next = headings.slice(n + 1).find((later) => later.depth <= heading.depth && !isBlankTitle(cleanTitle(titleText(later))));
      if (next?.depth === heading.depth && sectionNumber(cleanTitle(titleText(next))) === 2) this.numberingGoesOn.add(heading);
    }
  }

  private heading(depth: number, title: string, line: number, numberingGoesOn = false, labelledQuestion = false, followUp = false): void {
    this.followUps = false;
    this.leadAwaited = false;
    // The file's name titles only the blocks above the note's first heading.
    if (this.untitledLead && this.stack[0]?.concept === this.untitledLead.concept) this.close(1);
    const whole = this.wholeOfNumbered(depth, title, numberingGoesOn);
    if (whole === undefined && this.numberedParts !== undefined && depth <= this.numberedParts.depth) this.numberedParts = undefined;
    // A part closes the part before it and what that heads, never its whole.
    this.close(whole ? depth + PART_OFFSET : depth);
    if (whole && this.numberedParts === undefined) {
      const decision = this.decisions.find((made) => made.concept === whole && made.outcome === 'title');
      if (decision) decision.reason = 'section with no explanation of its own: the numbered headings after it are its parts';
    }
    if (whole) this.numberedParts = { whole, depth, number: sectionNumber(title)! };
    this.headings = this.headings.slice(0, depth - 1);
    this.headings[depth - 1] = title;
    const label = `heading ${depth}`;
    if (this.referenceDepth !== undefined && depth > this.referenceDepth) {
      this.decisions.push({ line, block: label, outcome: 'dropped', reason: 'reference section' });
      return;
    }
    this.referenceDepth = undefined;
    if (isReferenceHeading(title)) {
      this.referenceDepth = depth;
      this.decisions.push({ line, block: label, outcome: 'dropped', reason: 'reference section' });
      return;
    }
    const isDeckTitle = depth === 1 && this.deckName === undefined;
    if (isDeckTitle) this.deckName = title;
    // `# ` with nothing after it (or only markup) titles nothing: the deck is named after the file,
    // and so is the card of what it heads.
    const shown = isDeckTitle && title === '' && this.untitledName !== undefined ? this.untitledName : title;
    // A heading labelled `Q.` is a question, though it may end in `…설명해 주세요.` rather than `?`.
    const kind: ConceptKind = labelledQuestion || endsWithQuestionMark(shown) ? 'question' : 'heading';
    const concept = this.open(kind, shown, line, whole ? depth + PART_OFFSET : depth, this.sectionPath());
    if (labelledQuestion) this.labelledQuestions.add(concept);
    if (followUp) concept.followUp = true;
    if (isDeckTitle) this.deckTitle = concept;
    this.decisions.push({ line, block: label, outcome: isDeckTitle ? 'deck-title' : 'title', concept });
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
  private wholeOfNumbered(depth: number, title: string, numberingGoesOn: boolean): Concept | undefined {
    const number = sectionNumber(title);
    if (number === undefined || this.referenceDepth !== undefined || isReferenceHeading(title)) return undefined;
    const parts = this.numberedParts;
    if (parts !== undefined) return parts.depth === depth && number === parts.number + 1 ? parts.whole : undefined;
    if (number !== 1 || depth < 2) return undefined;
    // The heading just above, over any sub-titles (a callout, a bold line) its intro opened.
    const above = [...this.stack].reverse().find((open) => open.level <= 6);
    if (above?.level !== depth) return undefined;
    const open = above.concept;
    if ((open.kind !== 'heading' && open.kind !== 'question') || open === this.deckTitle) return undefined;
    const empty = open.parts.length === 0 && !this.parents.has(open);
    if (!empty && !(numberingGoesOn && this.announcesParts(open))) return undefined;
    return sectionNumber(open.title) === undefined && !isGenericTitle(displayTitle(open.title)) ? open : undefined;
  }

  /**
   * Whether a heading with an intro of its own says that parts follow: its title or intro names kinds or
   * a count (`NoSQL 분류`, `두 가지`, `다음과 같다`). A `## 시간 복잡도` whose intro only explains it, over
   * chapters `## 1. 정렬`, `## 2. 탐색`, is not their whole: the note is numbered by chapter.
   */
  private announcesParts(open: Concept): boolean {
    const intro = open.parts.map((part) => (part.type === 'slice' ? this.source.slice(part.start, part.end) : part.markdown)).join('\n');
    return PARTS_ANNOUNCED.test(open.title) || PARTS_ANNOUNCED_IN_INTRO.test(intro);
  }

  /**
   * `### ` or `### <br>` (a `#` title of nothing aside, see `heading`): it has no title to ask, so what
   * it heads is explained by the title it stands under (the `##` above it), rather than lost with it.
   * Like any heading of its level, it ends the sections and sub-titles of that level and below.
   */
  private blankHeading(node: Heading): void {
    this.followUps = false;
    const label = `heading ${node.depth}`;
    if (this.referenceDepth !== undefined && node.depth > this.referenceDepth) {
      this.decisions.push({ line: lineOf(node), block: label, outcome: 'dropped', reason: 'reference section' });
      return;
    }
    this.referenceDepth = undefined;
    if (this.numberedParts !== undefined && node.depth <= this.numberedParts.depth) this.numberedParts = undefined;
    // With no title above its level (a `## ` in a note without a `#` title), the section before it goes on.
    this.close(this.stack.some((open) => open.level < node.depth) ? node.depth : node.depth + 1);
    // An image in it is kept where it stands; spaces, `<br>` and an emoji (`:memo:`) say nothing.
    if (/!\[|<img\s/i.test(this.source.slice(start(node), end(node)))) {
      if (this.leadAwaited) this.openUntitledLead(lineOf(node));
      this.explain(node);
      this.decisions[this.decisions.length - 1]!.block = label;
      return;
    }
    this.decisions.push({ line: lineOf(node), block: label, outcome: 'dropped', reason: 'heading with no title: what it heads joins the section it stands in' });
  }

  /** Section path for tags and context: the headings above, without the note's `#` title. */
  private sectionPath(): string[] {
    // The whole of numbered parts (`CAP 이론` over `1. 일관성`) is above them, though written at their level.
    const parts = this.numberedParts;
    const headings = parts === undefined ? this.headings : [...this.headings.slice(0, parts.depth - 1), parts.whole.title, ...this.headings.slice(parts.depth - 1)];
    const path = headings.filter((title): title is string => typeof title === 'string');
    return this.deckName !== undefined && headings[0] === this.deckName ? path.slice(1) : path;
  }

  private blockquote(node: Blockquote, next: RootContent | undefined): void {
    const first = node.children[0];
    const firstLine = first?.type === 'paragraph' ? this.firstLine(first) : '';
    if (alertType(firstLine) !== undefined) {
      this.alert(node, firstLine);
      return;
    }
    if (this.isNavigation(node) || this.isLinkList(node) || (first?.type === 'paragraph' && isReferenceLine(toString(first)))) {
      this.decide(node, 'dropped', undefined, 'navigation or references');
      return;
    }
    if (first?.type === 'paragraph' && this.isCalloutTitle(node)) {
      const owner = this.current();
      if ((owner?.kind === 'question' || owner?.kind === 'heading' || owner?.kind === 'qa') && isAnswerTemplateLabel(cleanTitle(firstLine))) {
        // `> 배경 & 질문 의도` left empty, the next label or title right after it: a blank of the template.
        // (`> 답변` over `> 타입을 …` in the same quote is no blank: its answer follows on the next line.)
        const blank = this.afterFirstLine(first) === undefined;
        if (blank && (next === undefined || next.type === 'heading' || (next.type === 'blockquote' && this.isAnswerTemplateLabelQuote(next)))) {
          this.decide(node, 'dropped', undefined, 'a label of the answer template with nothing under it');
          return;
        }
        this.explain(node); // `> 답변` under `### 질문?`: the heading's own answer follows
        this.markTemplateLabel(owner, firstLine);
        this.followUps = /키워드|꼬리\s*질문/.test(firstLine);
        return;
      }
      const rest = this.lazyRest(first);
      if (rest !== null) {
        this.close(CALLOUT_LEVEL);
        const concept = this.open('callout', cleanTitle(firstLine), lineOf(node), CALLOUT_LEVEL, this.sectionPath());
        this.decide(node, 'title', concept);
        this.markDemotable(concept, node);
        if (rest) this.addSlice(concept, rest.start, end(first), 0, first);
        return;
      }
    }
    this.explain(node);
    // `> 배경 & 질문 의도` with its content in the same quote (`> - …` right under it): a part of the template all the same.
    const owner = this.current();
    if ((owner?.kind === 'question' || owner?.kind === 'heading' || owner?.kind === 'qa') && first?.type === 'paragraph' && isAnswerTemplateLabel(cleanTitle(firstLine))) {
      this.markTemplateLabel(owner, firstLine);
    }
    for (const block of node.children) if (block.type === 'paragraph') this.boldTerms(block, true);
    this.quoteTerms(node);
  }

  /** The part just added to `owner` opens a section of an interview answer template (see back.ts, answerFirst). */
  private markTemplateLabel(owner: Concept, label: string): void {
    const part = owner.parts[owner.parts.length - 1];
    if (part?.type === 'slice') part.templateLabel = isAnswerLabel(cleanTitle(label)) ? 'answer' : 'other';
  }

  /**
   * An Obsidian or GitHub alert (`> [!note] OSI 7계층` over its body, in the quote). Titled with a name
   * (`OSI 7계층`) or an aspect (`정의`), it is a sub-title as a callout is, its body the back; the box ends
   * with the quote, so what follows is the explanation above again. Untitled, or titled with a label of
   * the box (`암기법`, `참고`, `Tip`: isGenericAlertTitle), it stays in the explanation it stands in.
   */
  private alert(node: Blockquote, firstLine: string): void {
    const title = cleanTitle(alertTitle(firstLine));
    const owner = this.current();
    const body = title && !isGenericAlertTitle(title) && isTitleLike(title, CALLOUT_TITLE_MAX) ? this.alertBody(node) : undefined;
    if (owner === undefined || body === undefined) {
      this.explain(node, { stripAlertMarker: true });
      return;
    }
    const concept = this.child(owner, 'callout', title, lineOf(node), this.sectionPath());
    concept.parts.push({ type: 'markdown', markdown: body.markdown });
    this.collectImages(concept, node, body.start);
    this.decide(node, 'title', concept);
  }

  /** What an alert's quote holds under its title line, one `>` taken off each line; undefined if nothing. */
  private alertBody(node: Blockquote): { markdown: string; start: number } | undefined {
    const newline = this.source.indexOf('\n', start(node));
    if (newline < 0 || newline >= end(node)) return undefined;
    const lines = this.dedentedSlice(newline + 1, end(node), this.indentOf(node)).split('\n');
    const markdown = lines.map((line) => line.replace(/^ {0,3}>[ \t]?/, '')).join('\n').trim();
    return markdown ? { markdown, start: newline + 1 } : undefined;
  }

  /** `> 답변`, `> 키워드 & 꼬리 질문`: a quote that is only a label of an interview answer's template. */
  private isAnswerTemplateLabelQuote(node: Blockquote): boolean {
    const first = node.children[0];
    return this.isCalloutTitle(node) && first?.type === 'paragraph' && isAnswerTemplateLabel(cleanTitle(this.firstLine(first)));
  }

  /** `> TCP`: a quote of one short line, read as a sub-title (when more follows it, see `lazyRest`). */
  private isCalloutTitle(node: Blockquote): boolean {
    const first = node.children[0];
    return node.children.length === 1 && first?.type === 'paragraph' && isTitleLike(this.firstLine(first), CALLOUT_TITLE_MAX);
  }

  /**
   * A quote of nothing but `용어 : 설명` lines, one to a paragraph (`> 장애 : 시스템이 …` then `> 회복 : …`):
   * definitions set apart, each a term card beside the explanation it stays in. (A plain `용어 : …` line
   * among other prose is prose; bold terms are boldTerms'.)
   */
  private quoteTerms(node: Blockquote): void {
    const owner = this.current();
    if (!owner || node.children.length === 0) return;
    const terms: { paragraph: Paragraph; term: string; descriptionStart: number }[] = [];
    for (const block of node.children) {
      if (block.type !== 'paragraph' || block.children[0]?.type === 'strong') return;
      const line = this.source.slice(start(block), end(block));
      const term = line.includes('\n') ? undefined : splitTerm(line);
      if (!term || term.descriptionStart >= line.length) return;
      // A lead-in among them (`참고 : …`, `크게 2가지 : …`) stays in the explanation only.
      if (!isNotATerm(term.term) && !isAnswerTemplateLabel(term.term)) terms.push({ paragraph: block, term: term.term, descriptionStart: term.descriptionStart });
    }
    for (const { paragraph, term, descriptionStart } of terms) {
      const concept = this.child(owner, 'term', term, lineOf(paragraph), owner.section);
      if (labelsAValue(term, this.source.slice(start(paragraph) + descriptionStart, end(paragraph)))) concept.labelsValue = true;
      this.addSlice(concept, start(paragraph) + descriptionStart, end(paragraph), 0, paragraph);
      this.decisions.push({ line: lineOf(paragraph), block: 'paragraph', outcome: 'title', concept });
    }
  }

  /**
   * The part of a callout's paragraph after its title line, or null when the paragraph is a multi-line
   * quotation. Lines written after `> 제목` without a blank line join the paragraph by Markdown's lazy
   * continuation; they carry no `>` and belong to the explanation. Lines that carry `>` are a quotation.
   */
  private lazyRest(paragraph: Paragraph): { start: number } | null | undefined {
    const text = this.source.slice(start(paragraph), end(paragraph));
    const newline = text.indexOf('\n');
    if (newline < 0) return undefined;
    const continuation = text.slice(newline + 1).split('\n');
    if (continuation.some((line) => /^\s*>/.test(line))) return null;
    return { start: start(paragraph) + newline + 1 };
  }

  /**
   * `1. 시작 구성`, then `  - AMI` indented by less than the number's width, then `2. …`: Markdown
   * reads three lists, the author wrote one, its bullets under the first item. The bullets are put
   * back under the item before them, and the numbering that goes on after them back in its list.
   * (The nodes keep their positions: backs are still cut from the note as written.)
   */
  private joinNumberedLists(blocks: RootContent[]): RootContent[] {
    const joined: RootContent[] = [];
    for (const block of blocks) {
      const previous = joined[joined.length - 1];
      if (previous?.type === 'list' && previous.ordered === true && block.type === 'list') {
        const last = previous.children[previous.children.length - 1]!;
        const indented = block.ordered !== true && this.indentOf(block) > this.indentOf(previous);
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

  /**
   * `1. …무엇입니까?` with its choices written flush left after a blank line (`A. …` / `B. …`, one
   * paragraph or several): Markdown ends the list item at the blank line, but the choices are the
   * question's. Made a multiple-choice question as if they were inside it; the index of the block
   * after the choices, or undefined for anything else.
   */
  private choicesAfter(node: List, blocks: readonly RootContent[], from: number): { next: number } | undefined {
    const only = node.children.length === 1 ? node.children[0]! : undefined;
    const question = only?.children.length === 1 && only.children[0]!.type === 'paragraph' ? only.children[0] : undefined;
    if (!question || this.referenceDepth !== undefined) return undefined;
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
        const sourceLines = this.source.slice(start(block), end(block)).split('\n');
        if (sourceLines.length !== lines.length) return undefined;
        answerFrom = start(block) + sourceLines.slice(0, gathered.lines).reduce((sum, text) => sum + text.length + 1, 0);
      }
    }
    if (!areChoices(choices)) return undefined;
    this.close(SUBTITLE_LEVEL);
    const concept = this.open('qa', asked, lineOf(only!), SUBTITLE_LEVEL, this.sectionPath());
    this.decide(node, 'title', concept);
    for (const [k, paragraph] of paragraphs.entries()) {
      const last = k === paragraphs.length - 1;
      const answerStart = last ? answerFrom : undefined; // an answer line in it is on the back
      this.addSlice(concept, start(paragraph), answerStart ?? end(paragraph), 0, paragraph);
      this.decide(paragraph, answerStart === undefined ? 'choices' : 'explanation', concept);
    }
    const after = blocks[from + paragraphs.length];
    const answerLine = answerFrom !== undefined ? this.lineFrom(answerFrom) : after?.type === 'paragraph' ? this.firstLineSource(after) : undefined;
    concept.choices = { lines: choices.map(shownChoice), parts: concept.parts.splice(0), named: choicesNamedByMark(answerLine, choices).map(shownChoice) };
    const lastParagraph = paragraphs[paragraphs.length - 1]!;
    if (answerFrom !== undefined) this.addSlice(concept, answerFrom, end(lastParagraph), 0, lastParagraph);
    return { next: from + paragraphs.length }; // what follows (the answer, its reasoning) joins the question
  }

  /**
   * Numbered choices under the question just opened (`Q1. …?`, `문제 1.`, a heading that asks), before
   * anything else is written under it: an ordered list (`1. ALB`, `2) NLB`) or lines of their own (`①
   * ALB`, `(2) NLB`), in one paragraph or several, perhaps ended by the answer line. Where they are
   * choices (areNumberedChoices), they are set apart as lettered ones are; the index of the block after
   * them, or undefined (numbered lines under a question are most often its answer, and stay so).
   */
  private numberedChoices(blocks: readonly RootContent[], i: number): { next: number } | undefined {
    const owner = this.itemOwner === undefined ? this.current() : undefined;
    if (!owner || owner === this.deckTitle || owner.parts.length > 0 || owner.choices !== undefined || this.referenceDepth !== undefined) return undefined;
    // A `Q.` paragraph with no answer in it, or a heading that asks.
    if (!this.asksOverChoices(owner)) return undefined;
    const first = blocks[i]!;
    const nodes: (List | Paragraph)[] = [];
    if (first.type === 'list' && first.ordered === true) nodes.push(first);
    else for (let n = i; blocks[n]?.type === 'paragraph' && numberedChoice(plainLines(blocks[n] as Paragraph)[0]!) !== undefined; n++) nodes.push(blocks[n] as Paragraph);
    const gathered = this.gatherNumbered(nodes);
    if (!gathered) return undefined;
    const { choices, answerAt, used } = gathered;
    const last = used[used.length - 1]!;
    const after = blocks[i + used.length];
    const answerLine = answerAt?.line ?? (after?.type === 'paragraph' ? this.firstLineSource(after) : undefined);
    if (!areNumberedChoices(cleanTitle(owner.title), choices, answerLine)) return undefined;
    for (const node of used) {
      const answered = node === last && answerAt !== undefined; // its answer line is on the back
      this.addSlice(owner, start(node), answered ? answerAt.start : end(node), this.indentOf(node), node);
      this.decide(node, answered ? 'explanation' : 'choices', owner);
    }
    owner.choices = { lines: choices.map(shownChoice), parts: owner.parts.splice(0), named: choicesNamedByMark(answerLine, choices).map(shownChoice) };
    this.demotable.delete(owner); // unanswered, the question shows its choices on the back
    if (answerAt) this.addAnswer(owner, answerAt.start, end(last), last);
    return { next: i + used.length };
  }

  /**
   * A question that choices may come under: a `Q.` paragraph with no answer in it, or a heading that
   * asks, labelled `Q.` or ending as a question does, perhaps before an exam's note (`…? (Choose two.)`).
   */
  private asksOverChoices(owner: Concept): boolean {
    if (owner.kind === 'qa') return this.demotable.has(owner);
    if (owner.kind !== 'question' && owner.kind !== 'heading') return false;
    const title = cleanTitle(owner.title);
    return asks(title) || choiceQuestion(title) !== undefined || this.labelledQuestions.has(owner);
  }

  /**
   * Lettered choices under the question just opened (`## Q. 다음 중 TCP의 특징이 아닌 것은?`, a heading
   * that asks, a `Q.` paragraph with no answer), before anything else is written under it: `A. 연결
   * 지향`, `B. 신뢰성 보장`… one to a line in a paragraph or one to a paragraph, perhaps ended by the
   * answer line (`정답: C`, `**A.** C`). Where they are choices (areLetteredChoices), they go on the
   * front as numbered ones do (see numberedChoices); the index of the block after them, or undefined.
   */
  private letteredChoices(blocks: readonly RootContent[], i: number): { next: number } | undefined {
    const owner = this.itemOwner === undefined ? this.current() : undefined;
    if (!owner || owner === this.deckTitle || owner.parts.length > 0 || owner.choices !== undefined || this.referenceDepth !== undefined) return undefined;
    if (!this.asksOverChoices(owner)) return undefined;
    const choices: string[] = [];
    const used: (Paragraph | List)[] = [];
    let answerAt: { line: string; start: number } | undefined;
    const first = blocks[i]!;
    if (first.type === 'list') {
      // `- A. …`, `- B. …`: one choice to an item, the answer line perhaps run on in the last.
      const gathered = this.letteredItems(first, choices);
      if (gathered === undefined) return undefined;
      used.push(first);
      answerAt = gathered.answerAt;
    }
    for (let n = i; first.type !== 'list' && blocks[n]?.type === 'paragraph' && answerAt === undefined; n++) {
      const paragraph = blocks[n] as Paragraph;
      const plain = plainLines(paragraph);
      if (choiceIndex(plain[0]!.trim()) !== choices.length) break;
      const gathered = this.gatherLettered(paragraph, choices);
      if (gathered === undefined) break;
      used.push(paragraph);
      answerAt = gathered.answerAt;
    }
    const after = blocks[i + used.length];
    const answerLine = answerAt?.line ?? (after?.type === 'paragraph' ? this.firstLineSource(after) : undefined);
    if (!areLetteredChoices(cleanTitle(owner.title), choices, answerLine)) return undefined;
    const last = used[used.length - 1]!;
    for (const node of used) {
      const answered = node === last && answerAt !== undefined; // its answer line is on the back
      this.addSlice(owner, start(node), answered ? answerAt!.start : end(node), 0, node);
      this.decide(node, answered ? 'explanation' : 'choices', owner);
    }
    owner.choices = { lines: choices.map(shownChoice), parts: owner.parts.splice(0), named: choicesNamedByMark(answerLine, choices).map(shownChoice) };
    this.demotable.delete(owner); // unanswered, the question shows its choices on the back
    if (answerAt) this.addAnswer(owner, answerAt.start, end(last), last);
    return { next: i + used.length };
  }

  /**
   * Lettered choices written as a bullet list, one to an item (`- A. …`, `- B. …`), added to `choices`:
   * each item a paragraph starting the next choice, an answer line only in the last. Undefined for any
   * other list.
   */
  private letteredItems(list: List, choices: string[]): { answerAt: { line: string; start: number } | undefined } | undefined {
    if (list.ordered === true) return undefined;
    let answerAt: { line: string; start: number } | undefined;
    for (const item of list.children) {
      const paragraph = item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : undefined;
      if (!paragraph || answerAt !== undefined || choiceIndex(plainLines(paragraph)[0]!.trim()) !== choices.length) return undefined;
      const gathered = this.gatherLettered(paragraph, choices);
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
  private gatherLettered(paragraph: Paragraph, choices: string[], fromLine = 0): { answerAt: { line: string; start: number } | undefined } | undefined {
    const plain = plainLines(paragraph);
    const source = this.source.slice(start(paragraph), end(paragraph)).split('\n');
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
  private gatherNumbered(nodes: readonly (List | Paragraph)[], fromLine = 0): NumberedChoices | undefined {
    const choices: string[] = [];
    const used: (List | Paragraph)[] = [];
    for (const node of nodes) {
      const paragraphs = node.type === 'paragraph' ? [node] : node.children.map((item) => (item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : undefined));
      used.push(node);
      for (const [k, paragraph] of paragraphs.entries()) {
        if (!paragraph) return undefined; // an item of more than a line of text is no choice
        const plain = plainLines(paragraph);
        const source = this.source.slice(start(paragraph), end(paragraph)).split('\n');
        if (plain.length !== source.length) return undefined;
        // A list item's number is the list's, not its text's: put back as written (`1.`, `2)`).
        if (node.type === 'list') plain[0] = `${this.source.slice(start(node.children[k]!), start(paragraph)).trim()} ${plain[0]}`;
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

  private list(node: List, next: RootContent | undefined, afterNext: RootContent | undefined): void {
    if (this.isTableOfContents(node)) {
      this.decide(node, 'dropped', undefined, 'table of contents');
      return;
    }
    if (isWikilinkList(node)) {
      this.decide(node, 'dropped', undefined, 'links to other notes ([[…]]): a table of contents');
      return;
    }
    const only = node.children.length === 1 ? node.children[0]! : undefined;
    const choice = only ? this.multipleChoice(only) : undefined;
    if (only && choice !== undefined) {
      this.close(SUBTITLE_LEVEL);
      const concept = this.open('qa', choice.question, lineOf(only), SUBTITLE_LEVEL, this.sectionPath());
      this.decide(node, 'title', concept);
      this.choicesInto(concept, only, choice); // what follows the list (the reasoning, `정답 : (A)`) joins them
      return;
    }
    const title = only ? this.itemTitle(only) : undefined;
    // `1) 애자일 기법` over bullets written flush with it: a numbered sub-title (CommonMark reads it as a
    // one-item list), unless the numbering goes on after the bullets as a list of short steps.
    const stepsFollow = afterNext?.type === 'list' && afterNext.ordered === true && afterNext.children.length > 1;
    const numberedOverBullets = node.ordered === true && next?.type === 'list' && next.ordered !== true && !stepsFollow;
    // A lone item whose title line ends in a hard break (`* convoy effect␠␠` over its sentence) answers
    // the title above it, as it did before such a break ended a title's line.
    const loneBrokenLine = node.ordered !== true && only?.children.length === 1 && only.children[0]!.type === 'paragraph' && breaksAfterTitle(only.children[0]!);
    // A quote that is no callout title (`> 입출력 단위 : …` lines) explains it as a paragraph would.
    const quoteExplains = next?.type === 'blockquote' && !this.isCalloutTitle(next);
    // One item under a title asking why (`## Why use CDN?` over `- 빠른 응답` and its bullets) is its
    // reason, part of its answer, as several are (see isReasonWhy in cards.ts); an aspect still asks.
    const loneReason = only !== undefined && title !== undefined && this.isReasonOfCurrent(title);
    if (only && title !== undefined && !loneBrokenLine && !loneReason && (this.itemHasMore(only) || startsExplanation(next) || numberedOverBullets || quoteExplains)) {
      // Right under a line used as a sub-title (`영역 2. 보안 설계` over `- 접근 제어` and its bullets), the
      // item is its part, as two items would be, not the next sub-title.
      const label = this.current();
      if (!(label?.kind === 'bold-title' && label.parts.length === 0 && !this.parents.has(label))) this.close(SUBTITLE_LEVEL);
      const concept = this.open('list-title', title, lineOf(only), SUBTITLE_LEVEL, this.sectionPath());
      // Decided as the item it is (`amgi explain`: a list item used as a sub-title), not as a list of kinds.
      this.decisions.push({ line: lineOf(only), block: 'list item', outcome: 'title', concept });
      this.markDemotable(concept, node);
      this.itemBody(concept, only, undefined, 1);
      return;
    }
    const owner = this.current();
    // Decided before its items, so `explain` lists the list above the terms found in it.
    if (owner) this.decide(node, 'explanation', owner);
    else this.decide(node, 'dropped', undefined, 'no title above it');
    const partsBefore = owner?.parts.length ?? 0;
    const listPart = this.listInto(owner, node, 1);
    if (owner) {
      // Before what its items gave the owner (the tables under a clause, see tablesUnderClause).
      owner.parts.splice(partsBefore, 0, listPart);
      this.collectImages(owner, node);
    }
  }

  /**
   * A list inside an explanation. `용어 : 설명` items and items that head nested content become cards of
   * their own; the owner's back then lists just their titles, in place.
   */
  private listInto(owner: Concept | undefined, list: List, depth: number): BackPart {
    const slice = this.slicePart(list);
    if (depth > MAX_LIST_DEPTH) return slice;
    // Siblings are read alike: if one item heads an explanation, every item with a body is a title.
    const headsExplanation = list.children.some((item) => this.itemTitle(item) !== undefined && isExplained(item));
    // `* 삽입 이상(insertion anomalies)` with its sentence on the next line, and every item so: each a
    // title over its explanation. (One such item alone may be a sentence wrapped in two.)
    const titleLines =
      list.children.length >= 2 &&
      list.children.every(
        (item) =>
          item.children.length === 1 &&
          item.children[0]!.type === 'paragraph' &&
          this.itemTitle(item) !== undefined &&
          endsAsName(this.firstLine(item.children[0]!)) &&
          this.afterFirstLine(item.children[0]!) !== undefined,
      );
    // `장 ; …` over `단 ; …`: 장점 and 단점 shortened, asked as the aspects they are ("디자인 패턴의 장점은?").
    const shortened = list.children.map((item) => {
      const first = item.children[0];
      return first?.type === 'paragraph' ? abbreviatedAspect(this.firstLineSource(first))?.term : undefined;
    });
    const aspectsShortened = shortened.includes('장점') && shortened.includes('단점');
    const attributes = this.attributesAmongNames(list);
    const firstLines = list.children.map((item) => (item.children[0]?.type === 'paragraph' ? this.firstLine(item.children[0]) : ''));
    if (isQuestionList(firstLines)) for (const item of list.children) this.listedQuestions.add(item);
    const children: (Concept | undefined)[] = list.children.map((item) =>
      attributes.has(item) ? undefined : this.itemConcept(owner, item, depth, headsExplanation || titleLines, titleLines, aspectsShortened),
    );
    // A clause's tables went to the owner as its own (see tablesUnderClause): the clause stays a line, without them.
    const clauseTables = list.children.map((item, n) => (children[n] === undefined ? this.tablesUnderClause(item) : []));
    const keptEnd = (item: ListItem, n: number) => (clauseTables[n]!.length > 0 ? end(item.children[item.children.length - clauseTables[n]!.length - 1]!) : end(item));
    if (children.every((child, n) => child === undefined && !this.leadInLines.has(list.children[n]!) && clauseTables[n]!.length === 0)) return slice;
    // Bare names written again further down the list, over their content (`- 생성 패턴`, `- 구조 패턴`,
    // then `- 생성 패턴` over its bullets…): an outline of those items, which the back lists anyway.
    const outline = this.outlineItems(list.children, (n) => children[n] === undefined || children[n]!.kind === 'list-title');
    for (const item of outline) this.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'dropped', reason: OUTLINE_REASON });
    this.markComparison(list, children);
    this.askTermsAlike(children);
    this.askValuesOfTheTerm(owner, children);
    this.keepStepsAsWritten(owner, list, children);
    // A question's answer is all of it (`오버로딩과 오버라이딩의 차이는?` over `- 오버로딩` and `- 오버라이딩`,
    // each explained): its parts are cards too, but the question is not answered by their names.
    // A title that asks without a question mark (`REST란`, `스레드(Thread) 란`) asks all the same.
    // So does one asking for a difference (`뮤텍스와 세마포어의 차이`, `IPv4 vs IPv6`): the names compared are no answer.
    const answersQuestion = owner !== undefined && this.asksForAll(owner);
    const listed = children.filter((child, n) => child !== undefined && child.kind !== 'qa' && !outline.has(list.children[n]!));
    const endings = listed.map((child) => aspectEnding(displayTitle(child!.title)));
    const kindsOfOneAspect = listed.length >= 2 && endings[0] !== undefined && endings.every((ending) => ending === endings[0]);
    const lines = list.children.flatMap((item, n): { markdown: string; kept: boolean }[] => {
      if (outline.has(item)) return [];
      const child = children[n];
      // A paragraph's lines read as items are listed with their own marks (`①`, `(1)`): they are no list.
      const marker = this.linesRead.get(item)?.marker ?? (list.ordered ? `${(list.start ?? 1) + n}.` : '-');
      const leadIn = this.leadInLines.get(item);
      if (leadIn !== undefined && !answersQuestion) return [{ markdown: `${marker} ${leadIn.label}\n${leadIn.items.replace(/^/gm, ' '.repeat(marker.length + 1))}`, kept: false }];
      // A question the note does not answer (`- Q1. …?` alone) is no card: it stays a line here.
      const unanswered = child?.kind === 'qa' && child.parts.length === 0 && child.choices === undefined;
      if (!child || (answersQuestion && child.kind !== 'qa') || unanswered) {
        if (child && answersQuestion && child.kind !== 'qa') child.inParentBack = true;
        return [{ markdown: this.keptItem(item, keptEnd(item, n)), kept: true }];
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
      if (!askedAsName && this.definedOnItsLine.has(child)) {
        return [{ markdown: this.keptItem(item, end(item.children[0]!)), kept: true }];
      }
      if (!askedAsName && !kindsOfOneAspect && !child.nameAmongNames && isAspectTitle(displayTitle(child.title))) return [];
      return [{ markdown: `${marker} ${child.title}`, kept: false }];
    });
    const made = lines.some((line) => !line.kept);
    const markdown = lines.map((line) => (made && line.kept ? asListedItem(line.markdown) : line.markdown)).join('\n');
    // Aspects named in full (`REST API의 정의`, `일반 소켓과의 차이점`) outline the owner as bare labels do;
    // all ending in one aspect (`상호 배제 조건`, `점유 대기 조건`…), they are the owner's kinds of it: an answer.
    const namesAspect = (title: string) => isAspectTitle(title) || endsInAspect(title);
    const namesOnly = !answersQuestion && !kindsOfOneAspect && children.every((child, n) => child !== undefined || outline.has(list.children[n]!)) && listed.length > 0;
    const aspectLabelsOnly = namesOnly && listed.every((child) => namesAspect(displayTitle(child!.title)));
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
    const ownerTitle = owner === undefined ? undefined : displayTitle(owner.title);
    const ownerNames = ownerTitle === undefined ? [] : [ownerTitle, subjectOf(ownerTitle), aspectOwner(ownerTitle)].map(withoutPossessive);
    const repeatsOwnerTitle = (child: Concept) => ownerNames.includes(withoutPossessive(displayTitle(child.title)));
    const mentionedByOwner = (subject: string) =>
      ownerTitle !== undefined && subject.split(/[\s(),/&·]+/u).some((word) => word.length >= 2 && ownerTitle.includes(word));
    const asksOfOwner = (child: Concept) => {
      const title = displayTitle(child.title);
      if (isAspectTitle(title)) return !child.nameAmongNames;
      if (endsInAspect(title)) return !endsInCount(title) && mentionedByOwner(aspectOwner(title));
      return subjectOf(title) !== title && mentionedByOwner(subjectOf(title));
    };
    const sections = listed.filter((child) => !asksOfOwner(child!));
    // A procedure's numbered steps are its answer, in their order, whatever they name (`인스턴스 유형`).
    const stepsInOrder = list.ordered === true && owner !== undefined && isProcedureTitle(subjectOf(displayTitle(owner.title)));
    // Kinds of the owner named so (`기능적 응집도`, `순차적 응집도` under `응집도`), most of its sections:
    // no table of contents but the answer to `응집도의 종류는?`, asked as a table's `| 종류 |` column is.
    // An aspect asked of the owner among them (`응집도의 특징`) is a card of its own, left out of it.
    if (owner !== undefined && namesOnly && !stepsInOrder && ownerTitle !== undefined) {
      const kinds = listed.filter((child) => isKindOf(displayTitle(child!.title), ownerTitle));
      if (kinds.length >= 2 && kinds.length * 2 > listed.length) {
        const answer = listed.filter((child) => !asksOfOwner(child!) && !repeatsOwnerTitle(child!));
        const kindsCard = this.kindsCard(owner, '종류', lineOf(list), answer.map((child) => `- ${child!.title}`).join('\n'));
        // Asked before the kinds it names, as a heading's card comes before its sub-titles'.
        this.concepts.splice(this.concepts.indexOf(kindsCard), 1);
        this.concepts.splice(this.concepts.indexOf(listed[0]!), 0, kindsCard);
        // A list under a title was decided its explanation before its items were read: it is this card's.
        const decided = this.decisions.find((decision) => decision.line === lineOf(list) && decision.block === list.type);
        if (decided) Object.assign(decided, { outcome: 'title', concept: kindsCard });
        else this.decide(list, 'title', kindsCard);
        return { type: 'markdown', markdown: '' }; // the owner's back lists nothing: its kinds are that card's
      }
    }
    const subTopicsOnly =
      namesOnly &&
      !aspectLabelsOnly &&
      !stepsInOrder &&
      (listed.some((child) => repeatsOwnerTitle(child!)) || (sections.length < listed.length && sections.every((child) => child!.kind !== 'term')));
    const cardsUnderLabel = namesOnly && owner !== undefined && asksNothing(owner);
    return {
      type: 'markdown',
      markdown,
      ...(aspectLabelsOnly ? { aspectLabelsOnly } : {}),
      ...(subTopicsOnly ? { subTopicsOnly } : {}),
      ...(cardsUnderLabel ? { cardsUnderLabel } : {}),
    };
  }

  /**
   * The card asking for the owner's kinds (`응집도의 종류는?`, `Flag Bit의 종류는?`), their names its back.
   * A picture that is all the owner's back so far (`![조인](join.png)` over the kinds) shows them: it goes
   * on this card, which the owner would otherwise stand beside as a card of a picture alone. So does an
   * announcement that is all of it (`각 패턴을 살펴보면 다음과 같다.`), which leads into the names as it does
   * over sub-titles (see `namePartsAskedFor`); a lead-in question there (`어떤 패턴이 있을까?`) is the one
   * this card asks, and is dropped. Either alone would be a card asking nothing and answering nothing.
   */
  private kindsCard(owner: Concept, aspect: string, line: number, names: string): Concept {
    const kinds = this.child(owner, 'list-title', aspect, line, owner.section);
    const picturesOnly =
      owner.parts.length > 0 && owner.parts.every((part) => part.type === 'slice' && IMAGES_ONLY.test(this.source.slice(part.start, part.end).trim()));
    const soFar = owner.parts.map((part) => (part.type === 'slice' ? this.source.slice(part.start, part.end) : part.markdown)).join('\n').trim();
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
      for (const decision of this.decisions) if (decision.concept === owner && decision.outcome === 'explanation') decision.concept = kinds;
    }
    kinds.parts.push({ type: 'markdown', markdown: names });
    return kinds;
  }

  /** Terms whose description only lists names (`Stack : 지역 변수, 매개 변수`): see `askTermsAlike`. */
  private readonly namesListed = new Set<Concept>();

  /**
   * Terms of one list are asked alike: where one is asked "…이란?" (`Heap : 동적 할당 시 사용`), so is one
   * that lists names (`Stack : 지역 변수, 매개 변수, 리턴 값`), whose names then answer it as a sibling's
   * description does. A single value (`물리 계층 : Bit`) would not, and stays as written.
   */
  private askTermsAlike(children: readonly (Concept | undefined)[]): void {
    const terms = children.filter((child): child is Concept => child?.kind === 'term');
    const askedWhatIs = (term: Concept) => !term.labelsValue && /(이란|란)\?$/.test(askedTitle(term));
    if (!terms.some(askedWhatIs)) return;
    for (const term of terms) if (this.namesListed.has(term)) delete term.labelsValue;
    this.readAspectWordAmongNames(terms, askedWhatIs);
  }

  /**
   * The one aspect's word between names, every other sibling asked "…이란?" (`정의` among the levels `초기`,
   * `반복`, `관리`, `최적화`; the row `구조` between `생성` and `행위` under `디자인 패턴 분류`), is one of the
   * names, not an aspect of the title above (`…의 정의는?`). First (`목적` over the kinds of test) or last
   * (`차이` after the things compared), or beside other aspects or names kept as written, it still is that
   * title's aspect, and so it is under a title that asks for no parts (`## TCP` over `3-way handshake`,
   * `특징`, `흐름 제어`: `TCP의 특징은?`).
   */
  private readAspectWordAmongNames(siblings: readonly Concept[], askedWhatIs: (sibling: Concept) => boolean): void {
    const aspects = siblings.filter((sibling) => isAspectTitle(displayTitle(sibling.title)));
    const owner = aspects[0]?.parent;
    const among = aspects.length === 1 && owner !== undefined && namesRanksOrKinds(owner.title) ? siblings.indexOf(aspects[0]!) : -1;
    if (among > 0 && among < siblings.length - 1 && siblings.every((sibling, n) => n === among || askedWhatIs(sibling))) aspects[0]!.nameAmongNames = true;
  }

  /** Terms whose description is one English name (`물리 계층 : Bit`): see `askValuesOfTheTerm`. */
  private readonly termsOfOneValue = new Set<Concept>();

  /**
   * Under a term spelled out (`PDU (Protocol Data Unit)`), items that each give one name
   * (`- 물리 계층 : Bit`, `- 전송 계층 : Segment`) say what that term is for each: asked "물리 계층의
   * PDU는?". Elsewhere (`3세대` over `- 구조적언어 : PASCAL`, `## DB 설정` over `- port : 5432`) the title
   * above may be a kind or a group of them, and the item is kept as written.
   */
  private askValuesOfTheTerm(owner: Concept | undefined, children: readonly (Concept | undefined)[]): void {
    const acronym = owner === undefined ? undefined : acronymSpelledOut(displayTitle(owner.title));
    const terms = children.filter((child): child is Concept => child?.kind === 'term');
    if (acronym === undefined || terms.length < 2 || !terms.every((term) => this.termsOfOneValue.has(term))) return;
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
  private keepStepsAsWritten(owner: Concept | undefined, list: List, children: readonly (Concept | undefined)[]): void {
    if (list.ordered !== true || owner === undefined || !isProcedureTitle(subjectOf(displayTitle(owner.title)))) return;
    for (const [n, child] of children.entries()) {
      if (child === undefined || child.kind === 'qa') continue;
      const title = displayTitle(child.title);
      if (this.definedOnItsLine.has(child) && !endsInVerbNoun(title)) continue;
      if (isShortName(title) && this.definedUnderItsLine(list.children[n]!)) continue;
      child.asWritten = true;
    }
  }

  /** An item whose title is alone on its line and whose explanation, below it, starts by saying what it is. */
  private definedUnderItsLine(item: ListItem): boolean {
    const [first, next] = item.children;
    if (first?.type !== 'paragraph') return false;
    const rest = this.afterFirstLine(first);
    let explanation: string | undefined;
    if (rest !== undefined) explanation = this.source.slice(rest, end(first));
    else if (next?.type === 'paragraph') explanation = titleText(next);
    else if (next?.type === 'list' && next.children[0]?.children[0]?.type === 'paragraph') explanation = titleText(next.children[0].children[0]);
    const line = explanation?.trim().split('\n')[0];
    return line !== undefined && saysWhatItIs(cleanTitle(line));
  }

  /** Terms written with their definition on their line (`서브넷 : VPC 안의 IP 주소 범위`). */
  private readonly definedOnItsLine = new Set<Concept>();
  /** Items of a list of questions (`1. 데드락이 뭔가요?`, see `isQuestionList`), each read as `Q.` is. */
  private readonly listedQuestions = new Set<ListItem>();

  private itemConcept(owner: Concept | undefined, item: ListItem, depth: number, titlesHere: boolean, titleLines = false, aspectsShortened = false): Concept | undefined {
    const first = item.children[0];
    if (first?.type === 'heading') return this.headingItem(owner, item, first, depth);
    if (first?.type !== 'paragraph') return undefined;
    const firstLineSource = this.firstLineSource(first);
    const section = owner?.section ?? this.sectionPath();
    const defined = this.linesRead.get(item)?.definitions;
    if (defined !== undefined) return this.definitionItem(owner, item, first, defined, section);
    const choice = this.multipleChoice(item);
    if (choice !== undefined) {
      const concept = this.child(owner, 'qa', choice.question, lineOf(item), section);
      this.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
      this.choicesInto(concept, item, choice);
      return concept;
    }
    const questionPrefix = questionPrefixLength(firstLineSource);
    if (questionPrefix !== undefined) return this.questionItem(owner, item, questionPrefix, section);
    // the section's own items, not those of a concept in it
    const term = this.followUps && depth === 1 ? undefined : ((aspectsShortened ? abbreviatedAspect(firstLineSource) : undefined) ?? splitTerm(firstLineSource));
    if (term && repeatsOwner(owner, term.term)) return undefined;
    if (term) {
      const concept = this.child(owner, 'term', term.term, lineOf(item), section);
      const description = firstLineSource.slice(term.descriptionStart);
      if (description.trim() !== '') this.definedOnItsLine.add(concept);
      if (item.children.length === 1 && this.afterFirstLine(first) === undefined && labelsAValue(term.term, description)) {
        concept.labelsValue = true;
        if (listsNames(description)) this.namesListed.add(concept);
        if (namesOneValue(term.term, description)) this.termsOfOneValue.add(concept);
      }
      this.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
      this.itemBody(concept, item, start(first) + term.descriptionStart, depth + 1);
      return concept;
    }
    const nested = item.children[1];
    if (item.children.length === 2 && nested?.type === 'list' && this.afterFirstLine(first) === undefined && isListingLeadIn(cleanTitle(this.firstLine(first)))) {
      // `- 주요 항목들` over `- **Date**: …`: the items are the owner's, the label only lines them up.
      this.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'explanation', ...(owner ? { concept: owner } : {}) });
      const items = this.listInto(owner, nested, depth + 1);
      if (items.type === 'markdown') this.leadInLines.set(item, { label: cleanTitle(this.firstLine(first)), items: items.markdown });
      return undefined;
    }
    const clauseTables = this.tablesUnderClause(item);
    if (clauseTables.length > 0) {
      if (owner) for (const table of clauseTables) this.withOwner(owner, () => this.table(table));
      return undefined;
    }
    const title = this.itemTitle(item);
    if (title !== undefined && repeatsOwner(owner, title)) return undefined;
    // A setting written out with its value (`` `Access-Control-Allow-Origin: *` ``) under a term explained on
    // its line is an example of it, remark and all; under a title alone (`## Cache-Control 지시어`), each
    // such setting is what the title lists, and a card of its own.
    if (title !== undefined && owner?.kind === 'term' && this.definedOnItsLine.has(owner) && isSettingExample(this.firstLineSource(first))) return undefined;
    // Among siblings that head explanations, a first line that ends as a name over a sentence heads one too.
    const rest = this.afterFirstLine(first);
    const titleOverSentence = titlesHere && rest !== undefined && namesOverSentence(this.firstLine(first), this.source.slice(rest, end(first)));
    if (title !== undefined && (item.children.length > 1 || breaksAfterTitle(first) || titleLines || titleOverSentence) && titlesHere) {
      const concept = this.child(owner, 'list-title', title, lineOf(item), section);
      this.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
      this.itemBody(concept, item, undefined, depth + 1);
      return concept;
    }
    // A question too long for a sub-title among questions (`2. 은행원 알고리즘을 설명해보세요.` over its answer) is
    // asked as written where the note answers it, as `Q.` is; unanswered, it stays a line of the owner's back.
    if (this.listedQuestions.has(item)) return this.questionItem(owner, item, 0, section);
    return undefined;
  }

  /**
   * `- EC2 tasks - HTTP` in a list of bare names (`- Lambda functions`, `- IP address`): a code or a
   * number added to a name (`HTTP`, `443`), not a definition; "EC2 tasks란?" is not answered by `HTTP`.
   * Such items stay lines of the owner's explanation, as written. Where more items have one than not,
   * the list pairs names with values (see `labelsAValue`); a word (`S3 : 저장소`) may well define.
   */
  private attributesAmongNames(list: List): Set<ListItem> {
    const valued: ListItem[] = [];
    let bare = 0;
    for (const item of list.children) {
      const first = item.children[0];
      if (item.children.length !== 1 || first?.type !== 'paragraph' || this.afterFirstLine(first) !== undefined) return new Set();
      const line = this.firstLineSource(first);
      const term = splitTerm(line);
      if (term === undefined) bare += 1;
      // A code (`HTTP`), not a number: `- SSH - 22` among `- DNS` is a port worth asking, as it was written.
      else if (/^[A-Za-z][A-Za-z0-9./+_-]*$/u.test(line.slice(term.descriptionStart).trim())) valued.push(item);
      else return new Set();
    }
    return bare >= valued.length ? new Set(valued) : new Set();
  }

  /** `1. ##### 상호 배제` over its explanation: a heading written inside a list item titles the item. */
  private headingItem(owner: Concept | undefined, item: ListItem, heading: Heading, depth: number): Concept | undefined {
    const title = cleanTitle(titleText(heading));
    if (item.children.length < 2 || !isTitleLike(title, CALLOUT_TITLE_MAX)) return undefined;
    const concept = this.child(owner, 'list-title', title, lineOf(item), owner?.section ?? this.sectionPath());
    this.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
    this.itemBody(concept, item, undefined, depth + 1);
    return concept;
  }

  /**
   * `* Q. 질문` with its answer in nested items (`  * A. 답`) or following lines. The `A.` marker is
   * dropped from the back; other nested items (a reference link, say) stay.
   */
  private questionItem(owner: Concept | undefined, item: ListItem, prefix: number, section: string[]): Concept {
    const [first, ...others] = item.children as [Paragraph, ...ListItem['children']];
    const text = this.source.slice(start(first), end(first));
    const title = cleanTitle(text.split('\n')[0]!.slice(prefix));
    const concept = this.child(owner, 'qa', title, lineOf(item), section);
    this.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
    const rest = this.afterFirstLine(first);
    if (rest !== undefined) this.addAnswer(concept, rest, end(first), first);
    const choices = rest === undefined ? this.nestedChoices(concept, others) : 0;
    const answers = (list: List) => list.children.some((answer) => answer.children[0]?.type === 'paragraph' && answerPrefixLength(this.firstLineSource(answer.children[0])) !== undefined);
    for (const block of others.slice(choices)) {
      // A list with no `A.` item in it (the steps `1. SYN`, `2. SYN-ACK` that answer) stays one list.
      if (block.type !== 'list' || !answers(block)) {
        this.addSlice(concept, start(block), end(block), this.indentOf(block), block);
        continue;
      }
      for (const answer of block.children) {
        const paragraph = answer.children[0];
        if (paragraph?.type === 'paragraph' && answerPrefixLength(this.firstLineSource(paragraph)) !== undefined) {
          this.addAnswer(concept, start(paragraph), end(answer), answer);
        } else {
          this.addSlice(concept, start(answer), end(answer), this.indentOf(answer), answer);
        }
      }
    }
    return concept;
  }

  /**
   * `* Q. 다음 중 …?` over a nested numbered list (`  1. EC2`, `  2. S3`) and its answer (`  * A. 2`): the
   * numbers are choices where an answer names one or the question asks to choose (areNumberedChoices),
   * and go on the front as a `Q1.` paragraph's do. How many of `blocks` they take (0: none, they stay the
   * answer, as a numbered list under `* Q. 3-way handshake 과정은?` is).
   */
  private nestedChoices(concept: Concept, blocks: readonly ListItem['children'][number][]): number {
    const [list, after] = blocks;
    if (list?.type !== 'list' || list.ordered !== true) return 0;
    const gathered = this.gatherNumbered([list]);
    if (!gathered) return 0;
    const { choices, answerAt } = gathered;
    // The answer under the choices: a line of the last one (`정답 : 2`), an item (`* A. 2`) or a paragraph.
    const answerParagraph = after?.type === 'list' ? after.children[0]?.children[0] : after;
    const answerLine = answerAt?.line ?? (answerParagraph?.type === 'paragraph' ? this.firstLineSource(answerParagraph) : undefined);
    if (!areNumberedChoices(cleanTitle(concept.title), choices, answerLine)) return 0;
    this.addSlice(concept, start(list), answerAt?.start ?? end(list), this.indentOf(list), list);
    concept.choices = { lines: choices.map(shownChoice), parts: concept.parts.splice(0), named: choicesNamedByMark(answerLine, choices).map(shownChoice) };
    if (answerAt) this.addAnswer(concept, answerAt.start, end(list), list);
    return 1;
  }

  /**
   * A numbered multiple-choice question (`1. …무엇입니까?` over the choices `A. …`, `**B. …**`, `① …`),
   * or undefined for any other item. At least two choices follow the question, in order: on the lines
   * after it, in paragraphs of their own, or both (`**A. …**` written right under the question, then
   * `B. …` after a blank line). A line under a choice that starts none goes on with it.
   */
  private multipleChoice(item: ListItem): MultipleChoice | undefined {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') return undefined;
    const plain = plainLines(first);
    const sourceLines = this.source.slice(start(first), end(first)).split('\n');
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
      const blockLines = this.source.slice(start(block), end(block)).split('\n');
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
  private choicesInto(concept: Concept, item: ListItem, choice: MultipleChoice): void {
    const [first, ...rest] = item.children as [Paragraph, ...ListItem['children']];
    const before = concept.parts.length;
    if (choice.choicesFrom !== undefined) this.addSlice(concept, choice.choicesFrom, choice.answerFrom ?? end(first), this.indentOf(first), first);
    const choiceBlocks = rest.slice(0, choice.choiceBlocks);
    const last = choiceBlocks[choiceBlocks.length - 1];
    for (const block of choiceBlocks) this.addSlice(concept, start(block), block === last ? (choice.answerInLastBlock ?? end(block)) : end(block), this.indentOf(block), block);
    const answerAt = choice.answerFrom ?? choice.answerInLastBlock;
    const after = rest[choice.choiceBlocks];
    const answerLine = answerAt !== undefined ? this.lineFrom(answerAt) : after?.type === 'paragraph' ? this.firstLineSource(after) : undefined;
    concept.choices = { lines: choice.choices, parts: concept.parts.splice(before), named: choicesNamedByMark(answerLine, choice.choices) };
    if (choice.answerFrom !== undefined) this.addSlice(concept, choice.answerFrom, end(first), this.indentOf(first), first);
    if (last && choice.answerInLastBlock !== undefined) this.addSlice(concept, choice.answerInLastBlock, end(last), this.indentOf(last), last);
    for (const block of rest.slice(choice.choiceBlocks)) this.addSlice(concept, start(block), end(block), this.indentOf(block), block);
  }

  /**
   * An answer, without its `A.` marker; a multiple-choice question's keeps it (`정답 : B` says more than
   * `B`), except an `A.` under lettered choices, where `A. C` would read as the choice A.
   */
  private addAnswer(concept: Concept, from: number, to: number, node: Node): void {
    const newline = this.source.indexOf('\n', from);
    const line = this.source.slice(from, newline < 0 ? undefined : newline);
    const keepsLabel = concept.choices !== undefined && !(hasLetteredChoices(concept) && QA_ANSWER_LABEL.test(line));
    const prefix = keepsLabel ? 0 : (answerPrefixLength(line) ?? 0);
    this.addSlice(concept, from + prefix, to, this.indentOf(node), node);
  }

  /** The explanation inside a titled list item: the rest of its first paragraph, then its other blocks. */
  private itemBody(concept: Concept, item: ListItem, from: number | undefined, depth: number): void {
    const [first, ...others] = item.children;
    if (first?.type === 'paragraph') {
      const restStart = from ?? this.afterFirstLine(first);
      if (restStart !== undefined && restStart < end(first)) this.addSlice(concept, restStart, end(first), this.indentOf(first), first);
    }
    for (const block of others) {
      if (block.type === 'list' && depth <= MAX_LIST_DEPTH) {
        // Before what its items gave the concept (the tables under a clause, see tablesUnderClause).
        const partsBefore = concept.parts.length;
        concept.parts.splice(partsBefore, 0, this.listInto(concept, block, depth));
        this.collectImages(concept, block);
      } else if (block.type === 'table' && depth <= MAX_LIST_DEPTH) {
        // A table written in the item (`- Flag Bit` over `| URG | … |`): its rows are the item's, as a
        // table's are the title's above it anywhere else.
        this.withOwner(concept, () => this.table(block));
      } else {
        this.addSlice(concept, start(block), end(block), this.indentOf(block), block);
      }
    }
  }

  /**
   * A table written flush left right under a list's last item, which Markdown reads as the list's end,
   * but its author as that item's content: under a one-line label or term (`- 행위적 패턴`, `- 응집도 ;
   * 기능적 관련성`) whose siblings head content of their own (`- 구조적 패턴` over its indented table), or
   * under a lone term (`- 결합도 ; 모듈간의 상호 의존도`). A table after a list of bare names (`- 온디맨드`,
   * `- 스팟`) or of sentences is about all of them: the title's above, as anywhere else.
   */
  private tableOfLastItem(list: List): boolean {
    const last = list.children[list.children.length - 1];
    const paragraph = last?.children[0];
    if (last === undefined || last.children.length !== 1 || paragraph?.type !== 'paragraph' || this.afterFirstLine(paragraph) !== undefined) return false;
    const term = splitTerm(this.firstLineSource(paragraph));
    const isTerm = term !== undefined && !isNotATerm(term.term) && !isAnswerTemplateLabel(term.term);
    if (!isTerm && this.itemTitle(last) === undefined) return false;
    const siblingsHeadContent = list.children.some((item) => item !== last && item.children.length > 1);
    return siblingsHeadContent || (list.children.length === 1 && isTerm);
  }

  /** The title of a list item used as a sub-title: a short first line that is not a term. */
  private itemTitle(item: ListItem): string | undefined {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return undefined;
    const line = this.firstLine(first);
    if (this.linesRead.get(item)?.definitions !== undefined) return undefined; // a term over its definition
    const titleLike = isTitleLike(line, LIST_TITLE_MAX) || ([...cleanTitle(line)].length <= LIST_TITLE_MAX && isNamedTask(cleanTitle(line)));
    if (!titleLike || splitTerm(this.firstLineSource(first)) || isNotATerm(cleanTitle(line)) || startsWithLeadIn(line)) return undefined;
    // `- ![asg-create-1](…)`: a picture, whose alt text names a file, not a concept.
    if (IMAGE_LINE.test(this.firstLineSource(first))) return undefined;
    // A clause of the title above over items (`전문가에게 의뢰` over `- 장점 : …`) stays in that title's
    // explanation with them; over tables last, those are the title's (see tablesUnderClause).
    if (isClauseOfOwner(cleanTitle(line)) && item.children.slice(1).every((block) => block.type === 'list' || block.type === 'table')) {
      const blocks = item.children.slice(1).map((block) => block.type);
      if (blocks.indexOf('table') < 0 || blocks.lastIndexOf('list') < blocks.indexOf('table')) return undefined;
    }
    return cleanTitle(line);
  }

  /**
   * The tables written last under a clause said of the owner (`- 수학적 기법이지만 비정형 모델` over `| 유형 |
   * 설명 |`): the owner's, as if written right under it, their rows cards in its context; the clause is
   * a line of the owner's explanation (see itemTitle). None for any other item.
   */
  private tablesUnderClause(item: ListItem): Table[] {
    const [first, ...others] = item.children;
    if (first?.type !== 'paragraph' || this.afterFirstLine(first) !== undefined || !isClauseOfOwner(cleanTitle(this.firstLine(first)))) return [];
    const firstTable = others.findIndex((block) => block.type === 'table');
    if (firstTable < 0) return [];
    const [before, tables] = [others.slice(0, firstTable), others.slice(firstTable)];
    if (!before.every((block) => block.type === 'list') || !tables.every((block) => block.type === 'table')) return [];
    return tables as Table[];
  }

  /** An item that is a name alone (`- 생성 패턴`): one line (a `<br>` below it adds nothing), nothing under it. */
  private bareName(item: ListItem): string | undefined {
    const [first, ...others] = item.children;
    const lineBreak = /^(\s|<br\s*\/?>)*$/iu;
    if (first?.type !== 'paragraph' || !others.every((block) => block.type === 'html' && lineBreak.test(block.value))) return undefined;
    const rest = this.afterFirstLine(first);
    if (rest !== undefined && !lineBreak.test(this.source.slice(rest, end(first)))) return undefined;
    return cleanTitle(this.firstLine(first));
  }

  /**
   * The bare names among `items` that come back further down among them (`- 생성 패턴`, `- 구조 패턴`, then
   * `- 생성 패턴` over its table…): an outline of the items below, each of which says its name again. Two
   * of them at least, and one coming back over content, so that it outlines sections. `saysNothing` (by
   * index) tells the names that are no term defined on its line (a name over a `<br>` alone is a title over nothing).
   */
  private outlineItems(items: readonly ListItem[], saysNothing: (index: number) => boolean): Set<ListItem> {
    const firstLines = items.map((item) => (item.children[0]?.type === 'paragraph' ? cleanTitle(this.firstLine(item.children[0])) : undefined));
    const outline = new Set<ListItem>();
    let outlinesContent = false;
    for (const [n, item] of items.entries()) {
      const name = saysNothing(n) ? this.bareName(item) : undefined;
      if (name === undefined || name === '') continue;
      const again = firstLines.findIndex((line, m) => m > n && line === name);
      if (again < 0) continue;
      outline.add(item);
      outlinesContent ||= this.bareName(items[again]!) === undefined;
    }
    return outline.size >= 2 && outlinesContent ? outline : new Set();
  }

  /**
   * A list of bare names (`- 생성 패턴`, `- 구조 패턴`) each of which comes back as an item of a list
   * below it in the same section, one of them over its content: an outline of those items, whose own
   * list the back shows. (Sub-headings outlined so are not: their names are on no other card's back.)
   */
  private outlinesListsBelow(list: List, blocks: readonly RootContent[], from: number): boolean {
    if (list.children.length < 2) return false;
    const names = list.children.map((item) => this.bareName(item));
    if (names.some((name) => name === undefined || name === '')) return false;
    const later: ListItem[] = [];
    for (const block of blocks.slice(from)) {
      if (block.type === 'heading') break;
      if (block.type === 'list') later.push(...block.children);
    }
    const found = names.map((name) => later.find((item) => item.children[0]?.type === 'paragraph' && cleanTitle(this.firstLine(item.children[0])) === name));
    return found.every((item) => item !== undefined) && found.some((item) => this.itemHasMore(item!));
  }

  private itemHasMore(item: ListItem): boolean {
    const first = item.children[0];
    return item.children.length > 1 || (first?.type === 'paragraph' && this.afterFirstLine(first) !== undefined);
  }

  private paragraph(node: Paragraph, next: RootContent | undefined, blocks: readonly RootContent[] = [], at = -1): void {
    const text = toString(node);
    if (isTocMarker(this.source.slice(start(node), end(node)))) {
      this.decide(node, 'dropped', undefined, 'table of contents marker ([TOC]): the editor draws the headings there');
      return;
    }
    if (this.isNavigation(node) || isContentsLabel(text)) {
      this.decide(node, 'dropped', undefined, 'navigation');
      return;
    }
    if (isReadersNote(text)) {
      this.decide(node, 'dropped', undefined, 'a note to the readers');
      return;
    }
    if (isEndMarker(text)) {
      this.decide(node, 'dropped', undefined, 'the note\'s end mark');
      return;
    }
    if (isReferenceLine(text)) {
      this.decide(node, 'dropped', undefined, 'reference');
      return;
    }
    const firstLineSource = this.firstLineSource(node);
    // `질문 1:` alone on its line: the question is the lines after it.
    const labelOnly = isQuestionLabel(firstLineSource) && this.afterFirstLine(node) !== undefined;
    const questionPrefix = labelOnly ? firstLineSource.length + 1 : questionPrefixLength(firstLineSource);
    if (questionPrefix !== undefined && (!isNumberedLabel(firstLineSource) || this.isAnswered(node, next))) {
      this.question(node, questionPrefix, next);
      return;
    }
    const owner = this.current();
    // Under lettered choices set apart, `A.` labels the answer too: no `A.` choice can follow them.
    const answersLabelled = owner !== undefined && (owner.kind === 'qa' || this.labelledQuestions.has(owner) || hasLetteredChoices(owner));
    // `A. 고정 IP` over `B. 헬스 체크`… is the first of the choices, no label of the answer: kept with its letter.
    const choiceLines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const lettered = choiceLines.length >= 2 && choiceLines.every((line) => choiceIndex(line) !== undefined) && areChoices(choiceLines);
    if (answersLabelled && owner.parts.length === 0 && answerPrefixLength(firstLineSource) !== undefined && !lettered) {
      this.addAnswer(owner, start(node), end(node), node); // `A. 답` in the paragraph after `Q. 질문`, or after `## Q. 질문`
      this.decide(node, 'explanation', owner);
      return;
    }
    if (next?.type === 'code') {
      const intro = definitionIntro(text);
      if (intro) {
        this.close(SUBTITLE_LEVEL);
        const title = intro.subject ?? cleanTitle(text);
        const concept = this.open('definition', title, lineOf(node), SUBTITLE_LEVEL, this.sectionPath());
        this.decide(node, 'title', concept);
        // The sentence itself opens the back: it says whose definition this is.
        this.addSlice(concept, start(node), end(node), 0, node);
        return;
      }
    }
    const boldTitle = this.boldTitle(node, next, blocks, at);
    if (boldTitle !== undefined) {
      this.close(SUBTITLE_LEVEL);
      const concept = this.open('bold-title', boldTitle, lineOf(node), SUBTITLE_LEVEL, this.sectionPath());
      this.decide(node, 'title', concept);
      this.markDemotable(concept, node); // with nothing under it, it is a line of its parent's after all
      return;
    }
    if (owner !== undefined && asksNothing(owner) && this.labelLineTerms(owner, node)) return;
    this.explain(node);
    this.boldTerms(node);
  }

  /**
   * Under a label that asks nothing (`## 암기 포인트`), each line of a paragraph that reads as a term
   * (`★ Standard-IA와 One Zone-IA 차이: …`, `S3 Glacier : 아카이브용`) is a card, as a list's `- 용어 : …`
   * item would be; the other lines stay the label's, each on its own. False where no line is a term.
   */
  private labelLineTerms(owner: Concept, node: Paragraph): boolean {
    const from = start(node);
    const lines: { start: number; end: number; term?: TermSplit; mark: number; line: number }[] = [];
    let at = from;
    for (const [n, written] of this.source.slice(from, end(node)).split('\n').entries()) {
      const mark = /^[ \t]*(?:[★☆]+|[✓✔✅☑•※▶►▸➤➜])?[ \t]*/u.exec(written)![0].length;
      const term = splitTerm(written.slice(mark));
      const describes = term !== undefined && term.descriptionStart < written.length - mark && !isAnswerTemplateLabel(term.term);
      lines.push({ start: at, end: at + written.length, mark, line: lineOf(node) + n, ...(describes ? { term } : {}) });
      at += written.length + 1;
    }
    if (!lines.some((line) => line.term !== undefined)) return false;
    for (const line of lines) {
      if (line.term === undefined) {
        this.addSlice(owner, line.start, line.end, 0, node);
        continue;
      }
      const concept = this.child(owner, 'term', line.term.term, line.line, owner.section);
      const description = line.start + line.mark + line.term.descriptionStart;
      if (labelsAValue(line.term.term, this.source.slice(description, line.end))) concept.labelsValue = true;
      this.addSlice(concept, description, line.end, 0, node);
      this.decisions.push({ line: line.line, block: 'paragraph', outcome: 'title', concept });
    }
    if (lines.some((line) => line.term === undefined)) this.decide(node, 'explanation', owner);
    return true;
  }

  /**
   * `**보안 그룹 설정**` alone on its line over what explains it: a sub-title written in bold, as blog
   * notes write them. Not a lead-in (`**참고**`, `**정답**`), nor a sentence set in bold.
   */
  private boldTitle(node: Paragraph, next: RootContent | undefined, blocks: readonly RootContent[], at: number): string | undefined {
    const bold = this.boldLine(node);
    // A plain line is a sub-title only right over its list (`영역 1. 복원력을 갖춘 아키텍처 설계` over the
    // domain's tasks): over a paragraph it is a line of prose.
    const title = bold ?? (next?.type === 'list' ? this.labelLine(node) : undefined);
    if (title === undefined || (!startsExplanation(next) && next?.type !== 'list')) return undefined;
    // Under a question, bold lines set out its answer (`**개념**` under `## 토큰이란?`), as `> 답변` does.
    const owner = this.current();
    if (owner && (owner.kind === 'question' || owner.kind === 'qa' || subjectOf(displayTitle(owner.title)) !== displayTitle(owner.title))) return undefined;
    // One such line alone is emphasis or prose; sub-titles come in a row (`**보안 그룹 설정**`, `**상태 검사
    // 구성**`; `영역 1. …` and `영역 2. …`, each over its list).
    return bold !== undefined ? (this.lineBeside(blocks, at, (block) => this.boldLine(block) !== undefined) ? title : undefined) : this.lineBeside(blocks, at, (block, after) => after?.type === 'list' && this.labelLine(block) !== undefined) ? title : undefined;
  }

  /** A paragraph of only a bold line that names something: not a lead-in, a label with a colon or a sentence. */
  private boldLine(node: Paragraph): string | undefined {
    const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    if (parts.length !== 1 || parts[0]!.type !== 'strong') return undefined;
    return subTitleLine(cleanTitle(toString(parts[0]!)));
  }

  /** A paragraph of one plain line that names something, as a bold line does (see boldLine). */
  private labelLine(node: Paragraph): string | undefined {
    const [only, ...rest] = node.children;
    if (rest.length > 0 || only?.type !== 'text' || only.value.trim().includes('\n')) return undefined;
    return subTitleLine(cleanTitle(only.value));
  }

  /** Another such line in the same section, before or after `at` (up to a heading); `after` is the block following it. */
  private lineBeside(blocks: readonly RootContent[], at: number, isSuch: (block: Paragraph, after: RootContent | undefined) => boolean): boolean {
    for (const step of [-1, 1]) {
      for (let k = at + step; k >= 0 && k < blocks.length; k += step) {
        const block = blocks[k]!;
        if (block.type === 'heading') break;
        if (block.type === 'paragraph' && isSuch(block, blocks[k + 1])) return true;
      }
    }
    return false;
  }

  /**
   * `**용어** : 설명` lines, in a paragraph of their own or in a quote: term cards beside the explanation
   * they stay in, each up to the next such line (in a quote, to the end of its line). Only a bold
   * term counts, the bold part alone (`**정답 : (A)**` is a line in bold): a plain line with a colon is prose.
   */
  private boldTerms(node: Paragraph, inQuote = false): void {
    const owner = this.current();
    const [first, second] = node.children;
    // A mark (`✓ **승인** : …`) or a highlight (`==**승인**== : …`) before the bold term is not part of it.
    const marked = first?.type === 'text' && LEADING_MARK.test(first.value) && first.value.replace(LEADING_MARK, '') === '' && second?.type === 'strong';
    const highlighted = first !== undefined && isHighlight(first) && first.type === 'emphasis' && first.children.length === 1 && first.children[0]!.type === 'strong';
    if (!owner || (first?.type !== 'strong' && !marked && !highlighted)) return;
    const from = start(node);
    const to = end(node);
    const found: { line: number; start: number; description: number; lineEnd: number; term: string }[] = [];
    let at = from;
    for (const [n, rawLine] of this.source.slice(from, to).split('\n').entries()) {
      // A quote's continuation lines carry their `>` (and indentation) in the source.
      const quoted = n === 0 ? 0 : /^[ \t]*(>[ \t]?)*[ \t]*/.exec(rawLine)![0].length;
      // A mark before the term (`✓ **승인** : …`) is not part of it.
      const prefix = quoted + (LEADING_MARK.exec(rawLine.slice(quoted))?.[0].length ?? 0);
      const line = rawLine.slice(prefix);
      const bold = /^(?:==)?(\*\*|__)(.+?)\1/.exec(line);
      const term = bold ? splitTerm(line) : undefined;
      // `**Q** : …` and `**A** : …` lead a question and its answer, not terms.
      const leadIn = term !== undefined && (isAnswerTemplateLabel(term.term) || isNotATerm(term.term) || /^[QA]$/i.test(term.term));
      if (bold && term && cleanTitle(bold[2]!) === term.term && !leadIn && term.descriptionStart < line.length) {
        found.push({ line: lineOf(node) + n, start: at + prefix, description: at + prefix + term.descriptionStart, lineEnd: at + rawLine.length, term: term.term });
      }
      at += rawLine.length + 1;
    }
    found.forEach((term, k) => {
      const next = found[k + 1];
      const descriptionEnd = inQuote ? term.lineEnd : next ? next.start - 1 : to;
      const concept = this.child(owner, 'term', term.term, term.line, owner.section);
      if (labelsAValue(term.term, this.source.slice(term.description, descriptionEnd))) concept.labelsValue = true;
      this.addSlice(concept, term.description, descriptionEnd, 0, node);
      this.decisions.push({ line: term.line, block: 'paragraph', outcome: 'title', concept });
    });
  }

  /** List items read from a paragraph's lines (see `linesAsList`): how each is written. */
  private readonly linesRead = new Map<ListItem, LineItem>();

  /**
   * A paragraph each of whose lines starts with a number (`① 기능적 응집도: …`, `⑴`, `(1)`, `2)`), or
   * paragraphs of terms each over its definition (`보안 그룹` over `: 인스턴스 수준의 방화벽`, a definition
   * list as PHP Markdown Extra and Pandoc write it): CommonMark reads either as a paragraph, its author
   * wrote a list. Read as that list, so that its terms are cards as `- 기능적 응집도: …` items are and the
   * title's back names them. The index of the block after it, or undefined for any other paragraph.
   */
  private linesAsList(blocks: readonly RootContent[], i: number): number | undefined {
    const first = blocks[i] as Paragraph;
    // Most paragraphs are neither, as their second line tells: a number or a definition's `: ` starts it.
    const secondLine = this.afterFirstLine(first);
    if (secondLine === undefined) return undefined;
    const second = this.lineFrom(secondLine);
    if (lineNumber(second) === undefined && !DEFINITION_MARK.test(second)) return undefined;
    const numbered = this.numberedLines(first);
    if (numbered !== undefined) {
      const list = this.listOfLines([{ paragraph: first, items: numbered.items }], true);
      const leadIn = numbered.leadInEnd === undefined ? undefined : this.paragraphWithin({ paragraph: first, next: 0 }, first.position!.start, this.pointAt(numbered.leadInEnd, lineOf(first)));
      if (list === undefined || (numbered.leadInEnd !== undefined && leadIn === undefined)) return undefined;
      if (leadIn !== undefined) this.explain(leadIn); // `응집도는 다음과 같이 나뉜다.` above the lines
      this.listOfLinesRead(list, blocks[i + 1], blocks[i + 2], NUMBERED_LINES_BLOCK, NUMBERED_LINE_BLOCK);
      return i + 1;
    }
    const groups: { paragraph: Paragraph; items: LineItem[] }[] = [];
    for (let n = i; blocks[n]?.type === 'paragraph'; n++) {
      const items = this.definitionLines(blocks[n] as Paragraph);
      if (items === undefined) break;
      groups.push({ paragraph: blocks[n] as Paragraph, items });
    }
    const list = groups.length > 0 ? this.listOfLines(groups, false) : undefined;
    if (list === undefined) return undefined;
    const after = i + groups.length;
    this.listOfLinesRead(list, blocks[after], blocks[after + 1], DEFINITIONS_BLOCK, DEFINITION_BLOCK);
    return after;
  }

  /** A list read from lines (see `linesAsList`), read as any list is; `explain` names its blocks as what they are. */
  private listOfLinesRead(list: List, next: RootContent | undefined, afterNext: RootContent | undefined, listBlock: string, itemBlock: string): void {
    const from = this.decisions.length;
    this.list(list, next, afterNext);
    for (const decision of this.decisions.slice(from)) {
      if (decision.block === 'list') decision.block = listBlock;
      else if (decision.block === 'list item') decision.block = itemBlock;
    }
  }

  /**
   * The lines of a paragraph that each start with a number, alike and in order (`①`, `②`; `(1)`, `(2)`),
   * a line indented under one going on with it, the first line perhaps a lead-in (`다음과 같이 나뉜다.`),
   * where two at least and most of them say a term (`기능적 응집도: …`): numbered sentences are prose, and
   * numbered lines under a question (`다음 중 …?`) its choices.
   */
  private numberedLines(node: Paragraph): { items: LineItem[]; leadInEnd: number | undefined } | undefined {
    const from = start(node);
    const items: LineItem[] = [];
    let leadInEnd: number | undefined;
    let previous: LineNumber | undefined;
    let at = from;
    for (const [n, written] of this.source.slice(from, end(node)).split('\n').entries()) {
      const numbered = lineNumber(written);
      const line = lineOf(node) + n;
      if (numbered !== undefined) {
        if (previous !== undefined && (numbered.style !== previous.style || numbered.number !== previous.number + 1)) return undefined;
        previous = numbered;
        const indent = written.length - written.trimStart().length;
        items.push({ start: at + indent, end: at + written.length, textStart: at + numbered.width, line, lastLine: line, number: numbered.number, ...(numbered.style === 'n)' ? {} : { marker: numbered.mark }) });
      } else if (n === 0) {
        leadInEnd = at + written.length;
      } else if (items.length > 0 && /^[ \t]/.test(written)) {
        Object.assign(items[items.length - 1]!, { end: at + written.length, lastLine: line }); // wrapped under the line above
      } else return undefined;
      at += written.length + 1;
    }
    if (items.length < 2) return undefined;
    if (leadInEnd !== undefined) {
      const leadIn = this.source.slice(from, leadInEnd);
      if (asks(cleanTitle(leadIn)) || questionPrefixLength(leadIn) !== undefined) return undefined;
    }
    const saysTerm = (item: LineItem) => {
      const text = this.lineFrom(item.textStart);
      const term = splitTerm(text);
      return term !== undefined && term.descriptionStart < text.length && !isNotATerm(term.term);
    };
    return items.filter(saysTerm).length * 2 > items.length ? { items, leadInEnd } : undefined;
  }

  /**
   * A paragraph of terms each over its definitions (`보안 그룹`, then `: 인스턴스 수준의 방화벽` and more
   * `: ` lines, a line indented under one going on with it): each term's line and its definitions.
   * Undefined where any other line is in it, or a term's line names nothing (`참고`, a sentence).
   */
  private definitionLines(node: Paragraph): LineItem[] | undefined {
    const from = start(node);
    const lines = this.source.slice(from, end(node)).split('\n');
    const items: LineItem[] = [];
    let at = from;
    for (const [n, written] of lines.entries()) {
      const mark = DEFINITION_MARK.exec(written)?.[0].length;
      const line = lineOf(node) + n;
      const last = items[items.length - 1];
      if (mark !== undefined && last !== undefined) {
        last.definitions!.push({ start: at + mark, end: at + written.length, indent: mark });
        Object.assign(last, { end: at + written.length, lastLine: line });
      } else if (mark === undefined && DEFINITION_MARK.test(lines[n + 1] ?? '')) {
        const term = cleanTitle(written);
        if (!isTitleLike(written, TERM_MAX) || isStatement(term) || isNotATerm(term) || isAnswerTemplateLabel(term)) return undefined;
        const indent = written.length - written.trimStart().length;
        items.push({ start: at + indent, end: at + written.length, textStart: at + indent, line, lastLine: line, definitions: [] });
      } else if (last !== undefined && /^[ \t]/.test(written)) {
        last.definitions![last.definitions!.length - 1]!.end = at + written.length; // wrapped under the line above
        Object.assign(last, { end: at + written.length, lastLine: line });
      } else return undefined;
      at += written.length + 1;
    }
    return items.length > 0 ? items : undefined;
  }

  /**
   * The list of `groups`' lines as read (see numberedLines, definitionLines), each item's paragraph the
   * inline nodes of its lines, its number left out; undefined where markup runs across two items' lines.
   */
  private listOfLines(groups: readonly { paragraph: Paragraph; items: readonly LineItem[] }[], ordered: boolean): List | undefined {
    const children: ListItem[] = [];
    const read: LineItem[] = [];
    for (const { paragraph, items } of groups) {
      const inline = { paragraph, next: 0 };
      for (const item of items) {
        const [itemStart, textStart, itemEnd] = [this.pointAt(item.start, item.line), this.pointAt(item.textStart, item.line), this.pointAt(item.end, item.lastLine)];
        const text = this.paragraphWithin(inline, textStart, itemEnd);
        if (text === undefined) return undefined;
        children.push({ type: 'listItem', spread: false, children: [text], position: { start: itemStart, end: itemEnd } });
        read.push(item);
      }
    }
    children.forEach((child, n) => this.linesRead.set(child, read[n]!));
    const list: List = { type: 'list', ordered, spread: false, children, position: { start: children[0]!.position!.start, end: children[children.length - 1]!.position!.end } };
    if (ordered) list.start = read[0]!.number ?? 1;
    return list;
  }

  /** A paragraph of the inline nodes of a paragraph from `from` to `to` (see inlineWithin). */
  private paragraphWithin(inline: InlineCursor, from: Point, to: Point): Paragraph | undefined {
    const children = this.inlineWithin(inline, from, to);
    return children === undefined ? undefined : { type: 'paragraph', children, position: { start: from, end: to } };
  }

  /**
   * The inline nodes of a paragraph from `from` (a line's start, or after its number) to `to` (a line's
   * end), a text running across them cut there; read from the cursor on, which is left at the first node
   * that runs past `to` (ranges are asked in order: the paragraph is read once). Undefined where other
   * markup runs across them (an emphasis over two lines), or a text's lines cannot be told apart in its source.
   */
  private inlineWithin(inline: InlineCursor, from: Point, to: Point): PhrasingContent[] | undefined {
    const within: PhrasingContent[] = [];
    const nodes = inline.paragraph.children;
    const first = inline.next;
    while (inline.next < nodes.length && end(nodes[inline.next]!) <= to.offset!) inline.next++;
    for (const node of nodes.slice(first, inline.next + 1)) {
      if (end(node) <= from.offset! || start(node) >= to.offset!) continue;
      if (start(node) >= from.offset! && end(node) <= to.offset!) {
        within.push(node);
        continue;
      }
      if (node.type !== 'text') return undefined;
      const lines = node.value.split('\n');
      if (lines.length !== node.position!.end.line - lineOf(node) + 1) return undefined;
      const cutAtStart = start(node) < from.offset!;
      const firstLine = cutAtStart ? from.line - lineOf(node) : 0;
      const kept = lines.slice(firstLine, (end(node) > to.offset! ? to.line : node.position!.end.line) - lineOf(node) + 1);
      if (cutAtStart) {
        // What the source has before `from` on its line (a number), as the text has it: a line's
        // indentation is no part of the text after its first line.
        const lineStart = firstLine === 0 ? start(node) : this.source.lastIndexOf('\n', from.offset! - 1) + 1;
        const before = this.source.slice(lineStart, from.offset!);
        const skipped = firstLine === 0 ? before : before.trimStart();
        if (!kept[0]!.startsWith(skipped)) return undefined;
        kept[0] = kept[0]!.slice(skipped.length);
      }
      const value = kept.join('\n');
      if (value !== '') within.push({ type: 'text', value, position: { start: cutAtStart ? from : node.position!.start, end: end(node) > to.offset! ? to : node.position!.end } });
    }
    return within;
  }

  /** The point at `offset`, on `line` (known to the caller, so that no line is counted twice). */
  private pointAt(offset: number, line: number): Point {
    const lineStart = offset === 0 ? 0 : this.source.lastIndexOf('\n', offset - 1) + 1;
    return { line, column: offset - lineStart + 1, offset };
  }

  /**
   * A term over its definitions (`보안 그룹` over `: 인스턴스 수준의 방화벽`, see definitionLines): a card
   * as a `- 용어 : 설명` item is, its back its definitions without their marks.
   */
  private definitionItem(owner: Concept | undefined, item: ListItem, paragraph: Paragraph, definitions: readonly Definition[], section: string[]): Concept | undefined {
    const term = cleanTitle(this.firstLine(paragraph));
    if (repeatsOwner(owner, term)) return undefined;
    const concept = this.child(owner, 'term', term, lineOf(item), section);
    this.definedOnItsLine.add(concept);
    const description = definitions.map((definition) => this.source.slice(definition.start, definition.end)).join('\n');
    if (definitions.length === 1 && labelsAValue(term, description)) {
      concept.labelsValue = true;
      if (listsNames(description)) this.namesListed.add(concept);
      if (namesOneValue(term, description)) this.termsOfOneValue.add(concept);
    }
    this.decisions.push({ line: lineOf(item), block: 'list item', outcome: 'title', concept });
    for (const definition of definitions) this.addSlice(concept, definition.start, definition.end, definition.indent, item);
    return concept;
  }

  /** An item kept as written in its list's back; a term over its definitions as a term line is (`- HTTP : 80`). */
  private keptItem(item: ListItem, to: number): string {
    if (this.linesRead.get(item)?.definitions === undefined) return this.dedentedSlice(start(item), to, this.indentOf(item));
    const [term, definition, ...more] = this.source.slice(start(item), to).split('\n').map((line) => line.trim());
    return [`- ${term} ${definition}`, ...more].join('\n  ');
  }

  /** `Q. 질문` with the answer on an `A.` line of the same paragraph, or in the blocks that follow. */
  /** A `문제 1.` paragraph that asks, or has its answer in it or right after it (`답 : …`). */
  private isAnswered(node: Paragraph, next: RootContent | undefined): boolean {
    const lines = this.source.slice(start(node), end(node)).split('\n');
    if (lines.some((line, n) => n > 0 && answerPrefixLength(line) !== undefined)) return true;
    if (next?.type === 'paragraph' && answerPrefixLength(this.firstLineSource(next)) !== undefined) return true;
    return asks(lines.join(' '));
  }

  private question(node: Paragraph, prefix: number, next: RootContent | undefined): void {
    const text = this.source.slice(start(node), end(node));
    const lines = text.split('\n');
    const answerIndex = lines.findIndex((line, n) => n > 0 && answerPrefixLength(line) !== undefined);
    // `**Q. 질문**` in bold whole: the label took the opening marks, so the closing ones go too.
    const bold = /^(\*\*|__)/.exec(text)?.[1];
    const titleOf = (questionLines: readonly string[]) => {
      const asked = questionLines.join(' ').slice(prefix);
      return cleanTitle(bold && asked.trimEnd().endsWith(bold) && !asked.includes(bold + ' ') ? asked.trimEnd().slice(0, -bold.length) : asked);
    };
    const choices = this.choicesUnderQuestion(node, lines, answerIndex, next, titleOf);
    const title = titleOf(choices ? lines.slice(0, choices.from) : answerIndex < 0 ? lines : lines.slice(0, answerIndex));
    this.close(SUBTITLE_LEVEL);
    const concept = this.open('qa', title, lineOf(node), SUBTITLE_LEVEL, this.sectionPath());
    if (isFollowUpLabelled(text)) concept.followUp = true;
    this.decide(node, 'title', concept);
    if (choices) {
      const from = start(node) + lines.slice(0, choices.from).reduce((sum, line) => sum + line.length + 1, 0);
      this.addSlice(concept, from, choices.answerAt?.start ?? end(node), 0, node);
      concept.choices = { lines: choices.choices.map(shownChoice), parts: concept.parts.splice(0), named: choicesNamedByMark(choices.answerLine, choices.choices).map(shownChoice) };
      if (choices.answerAt) this.addAnswer(concept, choices.answerAt.start, end(node), node);
      // Else the paragraph after it may answer it; if nothing does, it stays a line of its section, choices and all.
      else this.markDemotable(concept, node);
      return;
    }
    if (answerIndex >= 0) this.addAnswer(concept, start(node) + lines.slice(0, answerIndex).join('\n').length + 1, end(node), node);
    else this.markDemotable(concept, node); // a question the note does not answer stays a line of its section
  }

  /**
   * `Q1. …?` with its numbered choices on the lines under it, in the same paragraph (`① ALB`, `(2) NLB`):
   * where they are choices (areNumberedChoices), the line they start at, the choices and the answer line
   * under them, if there is one.
   */
  private choicesUnderQuestion(node: Paragraph, lines: readonly string[], answerIndex: number, next: RootContent | undefined, titleOf: (questionLines: readonly string[]) => string): (NumberedChoices & { from: number; answerLine: string | undefined }) | undefined {
    const plain = plainLines(node);
    if (plain.length !== lines.length) return undefined;
    const from = plain.findIndex((line, n) => n > 0 && (answerIndex < 0 || n < answerIndex) && numberedChoice(line.trim())?.number === 1);
    const gathered = from > 0 ? this.gatherNumbered([node], from) : undefined;
    if (!gathered) return this.letteredUnderQuestion(node, plain, next, titleOf);
    const answerLine = gathered.answerAt?.line ?? (next?.type === 'paragraph' ? this.firstLineSource(next) : undefined);
    return areNumberedChoices(titleOf(lines.slice(0, from)), gathered.choices, answerLine) ? { from, answerLine, ...gathered } : undefined;
  }

  /**
   * `Q. 다음 중 …?` with its lettered choices on the lines under it (`A. 연결 지향`, `B. …`): the first is
   * no `A.` answer (see choicesUnderQuestion, and letteredChoices for them in paragraphs of their own).
   */
  private letteredUnderQuestion(node: Paragraph, plain: readonly string[], next: RootContent | undefined, titleOf: (questionLines: readonly string[]) => string): (NumberedChoices & { from: number; answerLine: string | undefined }) | undefined {
    const from = plain.findIndex((line, n) => n > 0 && choiceIndex(line.trim()) === 0);
    if (from < 0) return undefined;
    const choices: string[] = [];
    const gathered = this.gatherLettered(node, choices, from);
    if (!gathered) return undefined;
    const answerLine = gathered.answerAt?.line ?? (next?.type === 'paragraph' ? this.firstLineSource(next) : undefined);
    const lines = this.source.slice(start(node), end(node)).split('\n');
    return areLetteredChoices(titleOf(lines.slice(0, from)), choices, answerLine) ? { from, choices, answerAt: gathered.answerAt, used: [node], answerLine } : undefined;
  }

  private html(blocks: RootContent[], i: number): number {
    const node = blocks[i] as Html;
    const value = node.value.trim();
    if (/^<!--[\s\S]*-->$/.test(value)) {
      this.decide(node, 'dropped', undefined, 'HTML comment');
      return i + 1;
    }
    if (/^<details[\s>]/i.test(value)) return this.details(blocks, i);
    if (/^(<br\s*\/?>|<\/br>|&nbsp;|\s)+$/i.test(value)) {
      this.decide(node, 'dropped', undefined, 'spacing');
      return i + 1;
    }
    this.explain(node);
    return i + 1;
  }

  /** `<details><summary>질문</summary>답</details>`, possibly spread over several blocks. */
  private details(blocks: RootContent[], i: number): number {
    const opening = blocks[i] as Html;
    const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(opening.value);
    // The summary is HTML: its tags go, then its character references are read (`&amp;` is `&`).
    const written = summary ? collapseWhitespace(decodeCharacterReferences(cleanTitle(summary[1]!))) : ''; // `&nbsp;` is a space
    // `<summary>꼬리 질문: …?</summary>`, `<summary>Q. …</summary>`: the label, as a heading's, is no part of the question.
    const title = labelledHeadingQuestion(written) ?? written;
    if (!title) {
      this.explain(opening);
      return i + 1;
    }
    const owner = this.current();
    const concept = this.child(owner, 'details', title, lineOf(opening), owner?.section ?? this.sectionPath());
    if (isFollowUpLabelled(written)) concept.followUp = true;
    this.decide(opening, 'title', concept);
    const afterSummary = opening.value.slice(summary!.index + summary![0].length);
    let closed = /<\/details>/i.test(afterSummary);
    pushInnerHtml(concept, afterSummary);
    // The answer runs to `</details>`, wherever it is written, but never past a heading: an unclosed
    // <details> must not swallow the rest of the note.
    let j = i + 1;
    for (; j < blocks.length && !closed && blocks[j]!.type !== 'heading'; j++) {
      const block = blocks[j]!;
      const source = this.source.slice(start(block), end(block));
      const close = source.search(/<\/details>/i);
      this.decide(block, 'explanation', concept);
      if (close < 0) {
        this.addSlice(concept, start(block), end(block), 0, block);
      } else if (block.type === 'html') {
        pushInnerHtml(concept, block.value);
        closed = true;
      } else {
        this.addSlice(concept, start(block), start(block) + close, 0, block);
        closed = true;
      }
    }
    return j;
  }

  /** A title under the current one asking why (`Why use ELB?`, `…이유는?`, `사용 이유`) names a reason, unless it is an aspect (`단점`). */
  private isReasonOfCurrent(title: string): boolean {
    const owner = this.current();
    return owner !== undefined && asksWhy(displayTitle(owner.title)) && !isAspectTitle(displayTitle(title));
  }

  /**
   * A title whose answer is all its parts say, not their names: a question (`…?`, `REST란`), one
   * asking for a difference (`뮤텍스와 세마포어의 차이`, `IPv4 vs IPv6`), or one asking why, with or
   * without a question mark (`ELB를 사용하는 이유`, `필요성`): reasons named alone answer nothing.
   */
  private asksForAll(owner: Concept): boolean {
    const title = displayTitle(owner.title);
    return endsWithQuestionMark(owner.title) || subjectOf(title) !== title || asksForDifference(title) || asksWhy(title);
  }

  /**
   * A two-column table of terms and descriptions: one card per row, the owner lists the terms, or
   * keeps the whole table where it asks for all of it (`TCP와 UDP의 차이` over `| TCP | 연결형 |`).
   */
  private table(node: Table): void {
    const [header, ...rows] = node.children;
    if (header !== undefined && header.children.length >= 3) {
      this.wideTable(node);
      return;
    }
    const twoColumns = header !== undefined && rows.length > 0 && node.children.every((row) => row.children.length === 2);
    // `| TCP | 연결형 |` over `|---|---|`: a table written without a header, its first row one of its pairs.
    const headerIsRow = twoColumns && headerReadsAsRow(rowCells(header), rows.map(rowCells));
    if (headerIsRow) rows.unshift(header);
    const titles = rows.map(rowName);
    if (!twoColumns || !titles.every((title) => isTitleLike(title, LIST_TITLE_MAX))) {
      this.explain(node);
      return;
    }
    const owner = this.current();
    // `| 서비스 | 포트 |`: each row asked for its port (`SSH의 포트는?`), not what SSH is.
    // Not of rows that are questions (`| 질문 | 답 |` over `| 3계층은? | 네트워크 |`): each is asked as written.
    const property = headerIsRow || titles.some((title) => /[?？]$/u.test(title)) ? undefined : propertyHeader(cleanTitle(titleText(header.children[1]!)));
    const rowConcepts = rows.map((row, n) => {
      const cell = row.children[1]!;
      const concept = this.child(owner, 'table-row', titles[n]!, lineOf(row), owner?.section ?? this.sectionPath());
      if (property !== undefined) concept.valueOfTerm = property;
      // A cell's position includes its pipes; its content runs from the first to the last inline node.
      const first = cell.children[0];
      const last = cell.children[cell.children.length - 1];
      if (first && last) this.addSlice(concept, start(first), end(last), 0, cell);
      this.decisions.push({ line: lineOf(row), block: 'table row', outcome: 'title', concept });
      return concept;
    });
    this.readAspectWordAmongNames(rowConcepts, (row) => /(이란|란)\?$/.test(askedTitle(row)));
    if (owner && this.asksForAll(owner)) {
      this.addSlice(owner, start(node), end(node), this.indentOf(node), node);
      this.decide(node, 'explanation', owner);
      return;
    }
    if (owner) {
      const names = { type: 'markdown', markdown: titles.map((title) => `- ${title}`).join('\n') } satisfies BackPart;
      // `| 종류 | 내용 |`: the names are the owner's kinds, asked as such (`Flag Bit의 종류는?`), unless the
      // owner asks for them already (`## 조인의 종류`): then they are its answer, beside what is above the
      // table (an image of them), not a second card asking the same.
      const corner = header && !headerIsRow ? cleanTitle(titleText(header.children[0]!)) : '';
      const ownerTitle = displayTitle(owner.title);
      const ownerAsks = asksForItsParts(ownerTitle) || aspectEnding(ownerTitle) === corner || endsInCorner(ownerTitle, corner);
      if (KINDS_CORNER.has(corner) && !ownerAsks) {
        const kinds = this.kindsCard(owner, corner, lineOf(node), names.markdown);
        this.decide(node, 'title', kinds);
        return;
      }
      owner.parts.push(names);
    }
    this.decide(node, owner ? 'explanation' : 'dropped', owner, owner ? undefined : 'no title above it');
  }

  /**
   * A table of three columns or more whose first column names things (`| 종류 | 방법 | 선점 |`): a card
   * per row, its back the other cells under their headers. Where the top-left cell says the columns
   * are what is compared (`| 구분 | TCP | UDP |`), each row is a property asked of them all. The owner
   * keeps the whole table. A table whose first column is not names (numbers, steps), or with cells of
   * arrows alone (a scale drawn with `<`), stays as it is.
   */
  private wideTable(node: Table): void {
    const [header, ...rows] = node.children as [TableRow, ...TableRow[]];
    const owner = this.current();
    const headers = header.children.map((cell) => cleanTitle(titleText(cell)));
    const titles = rows.map(rowName);
    const headed = (title: string) => isTitleLike(title, LIST_TITLE_MAX) && /[\p{L}\p{N}]/u.test(title);
    // Cells of arrows or inequalities alone (`<`, `→`) make the table a scale or a diagram, not entries.
    const scale = rows.some((row) => row.children.some((cell) => /^[<>=≤≥→←↔⇒⇐]+$/u.test(toString(cell).trim())));
    if (!owner || rows.length === 0 || scale || !headers.slice(1).every(headed) || !titles.every(namesEntry) || new Set(titles).size < titles.length) {
      this.explain(node);
      return;
    }
    // `| 구분 | TCP | UDP |`: the columns are the things compared where the title above names them
    // (`TCP와 UDP의 차이`), or where every row names an aspect of them (`| 장점 | … |`, `| 용도 | … |`);
    // else they may as well be properties (`| 구분 | 가용성 | 최소 저장 기간 |`), and each row is shown
    // by its name alone.
    const compared = headers.slice(1);
    const above = [owner.title, ...owner.section];
    const comparison = isComparisonCorner(headers[0]!) && !compared.some(isAspectTitle);
    const namedAbove = comparison ? compared.map((name) => nameAsTitledAbove(name, above)) : [];
    const named = comparison && namedAbove.every((name) => name !== undefined);
    const aspectsOfColumns = comparison && !named && titles.every(isAspectTitle);
    if (!comparison && this.asksForRowNames(owner)) {
      // `개발 조직 방법` over `| 분류 | 정의 | 장점 | 단점 |`: the methods are the rows, answered by their names as
      // over a two-column table; each row's cells are on its own card, which the whole table would repeat.
      owner.parts.push({ type: 'markdown', markdown: titles.map((title) => `- ${title}`).join('\n') });
      this.decide(node, 'explanation', owner);
    } else this.explain(node);
    rows.forEach((row, n) => {
      const concept = this.child(owner, 'table-row', titles[n]!, lineOf(row), owner.section);
      if (named) concept.across = namedAbove as string[];
      else if (aspectsOfColumns) concept.across = compared.map((name) => namesWithoutGloss(name).at(-1) ?? name);
      else if (comparison) concept.asWritten = true;
      const lines = row.children.slice(1, headers.length).flatMap((cell, column) => {
        const first = cell.children[0];
        const last = cell.children[cell.children.length - 1];
        const text = first && last ? this.source.slice(start(first), end(last)).trim() : '';
        return text ? [`- **${headers[column + 1]}**: ${text}`] : [];
      });
      if (lines.length > 0) concept.parts.push({ type: 'markdown', markdown: lines.join('\n') });
      this.collectImages(concept, row);
      this.decisions.push({ line: lineOf(row), block: 'table row', outcome: 'title', concept });
    });
  }

  /** A title asking for an aspect (`개발 조직 방법은?`, `TCP의 특징은?`) or its parts, not for all a table says. */
  private asksForRowNames(owner: Concept): boolean {
    const title = displayTitle(owner.title);
    return (endsInAspect(title) || asksForItsParts(title)) && !this.asksForAll(owner);
  }

  // ——— stack and parts ———

  private current(): Concept | undefined {
    return this.itemOwner ?? this.stack[this.stack.length - 1]?.concept;
  }

  /** The concept of a list item whose own blocks (a table) are being read: their owner, not the open title's. */
  private itemOwner: Concept | undefined;

  private withOwner(concept: Concept, read: () => void): void {
    const outer = this.itemOwner;
    this.itemOwner = concept;
    try {
      read();
    } finally {
      this.itemOwner = outer;
    }
  }

  /**
   * Close the open titles at `level` and below. A callout or list item that got no explanation was not
   * a title after all (a one-line definition under a heading, say): its text joins the explanation above.
   */
  private close(level: number): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) {
      const { concept } = this.stack.pop()!;
      const demotable = this.demotable.get(concept);
      if (!demotable || concept.parts.length > 0 || this.parents.has(concept) || !concept.parent) continue;
      concept.parent.parts.push(demotable.part);
      pushAll(concept.parent.images, concept.images);
      demotable.decision.outcome = 'explanation';
      demotable.decision.concept = concept.parent;
      this.demoted.add(concept);
    }
  }

  private markDemotable(concept: Concept, node: Node): void {
    this.demotable.set(concept, { part: this.slicePart(node), decision: this.decisions[this.decisions.length - 1]! });
  }

  private open(kind: ConceptKind, title: string, line: number, level: number, section: string[]): Concept {
    this.followUps = false;
    const concept = this.child(this.current(), kind, title, line, section);
    this.stack.push({ concept, level });
    return concept;
  }

  /** A concept that does not take over the explanation of what follows (terms, rows, details). */
  private child(parent: Concept | undefined, kind: ConceptKind, title: string, line: number, section: string[]): Concept {
    const concept: Concept = { kind, title, line, parent, section, parts: [], images: [], unresolvedImages: [] };
    this.concepts.push(concept);
    if (parent) {
      this.parents.add(parent);
      const siblings = this.terms.get(parent);
      if (kind === 'term') siblings ? siblings.push(concept) : this.terms.set(parent, [concept]);
    }
    return concept;
  }

  /** The `용어 : 설명` terms found under each concept, in order (see markComparison). */
  private readonly terms = new Map<Concept, Concept[]>();
  /** A listing lead-in item's label (`주요 항목들`) and the lines of its items' titles, by item. */
  private readonly leadInLines = new Map<ListItem, { label: string; items: string }>();

  /**
   * Labels over the same terms (`- 저장 위치` and `- 보안`, each over just `쿠키 : …` and `세션 : …`)
   * compare those terms, one property per label: each term is asked for that property, and each
   * label's card shows its whole list, values included, rather than the terms' names. Labels over
   * terms that differ (`- 블랙박스` over its kinds of test, `- 화이트박스` over others) are concepts.
   */
  private markComparison(list: List, children: readonly (Concept | undefined)[]): void {
    const labels = children.flatMap((child, n) => (child?.kind === 'list-title' && this.terms.has(child) ? [{ label: child, item: list.children[n]! }] : []));
    if (labels.length < 2) return;
    const titlesOf = (label: Concept) => [...new Set(this.terms.get(label)!.map((term) => term.title))].sort();
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
      for (const term of this.terms.get(label)!) term.comparison = 'compared';
      const values = item.children.find((block): block is List => block.type === 'list');
      const names = label.parts.findIndex((part) => part.type === 'markdown'); // the terms' names, from itemBody
      if (values && names >= 0) label.parts[names] = this.slicePart(values);
    }
  }

  private explain(node: RootContent, options: { stripAlertMarker?: boolean } = {}): void {
    const owner = this.current();
    if (!owner) {
      this.decide(node, 'dropped', undefined, 'no title above it');
      return;
    }
    const part = this.slicePart(node);
    if (options.stripAlertMarker) part.stripAlertMarker = true;
    owner.parts.push(part);
    this.collectImages(owner, node);
    this.decide(node, 'explanation', owner);
  }

  private addSlice(concept: Concept, from: number, to: number, indent: number, node: Node): void {
    concept.parts.push({ type: 'slice', start: from, end: to, indent });
    this.collectImages(concept, node, from);
  }

  private slicePart(node: Node): BackPart & { type: 'slice' } {
    return { type: 'slice', start: start(node), end: end(node), indent: this.indentOf(node) };
  }

  /** Columns before the node on its first line, tabs counted to the next multiple of four. */
  private indentOf(node: Node): number {
    const from = start(node);
    const lineStart = this.source.lastIndexOf('\n', from - 1) + 1;
    let columns = 0;
    for (const char of this.source.slice(lineStart, from)) columns = char === '\t' ? columns + 4 - (columns % 4) : columns + 1;
    return columns;
  }

  private dedentedSlice(from: number, to: number, indent: number): string {
    return dedent(this.source.slice(from, to), indent);
  }

  /** Images inside node (at or after offset `from`), in note order, walked without recursion so deep nesting is safe. */
  private collectImages(concept: Concept, node: Node, from = 0): void {
    const pending: Node[] = [node];
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (current.type === 'image' && start(current) >= from) {
        concept.images.push({ src: (current as Image).url, line: lineOf(current) } satisfies ImageRef);
      } else if (current.type === 'html' && start(current) >= from) {
        for (const { src } of imgTags((current as Html).value)) concept.images.push({ src, line: lineOf(current) });
      } else if (current.type === 'text' && end(current) > from && (current as Text).value.includes('![')) {
        // Read from the source, where an escaped `\![` is not a reference. A paragraph's text may begin
        // on the title's line, before `from`: the reference itself must be after it.
        for (const { written, label, offset, linesDown } of unresolvedImageReferences(this.source.slice(start(current), end(current)))) {
          if (start(current) + offset >= from) concept.unresolvedImages.push({ written, label, line: lineOf(current) + linesDown });
        }
      }
      // Pushed last child first, so that the first is taken first: images are listed in note order.
      const children = (current as { children?: Node[] }).children;
      if (children) for (let k = children.length - 1; k >= 0; k--) pending.push(children[k]!);
    }
  }

  private decide(node: Node, outcome: BlockDecision['outcome'], concept?: Concept, reason?: string): void {
    const decision: BlockDecision = { line: lineOf(node), block: node.type, outcome };
    if (concept) decision.concept = concept;
    if (reason) decision.reason = reason;
    this.decisions.push(decision);
  }

  // ——— text helpers ———

  /** The first line of a paragraph as plain text (for cleanTitle: see titleText). */
  private firstLine(paragraph: Paragraph): string {
    return titleText(paragraph).split('\n')[0] ?? '';
  }

  /** The first line of a paragraph as written (with its Markdown). */
  private firstLineSource(paragraph: Paragraph): string {
    const text = this.source.slice(start(paragraph), end(paragraph));
    const newline = text.indexOf('\n');
    return newline < 0 ? text : text.slice(0, newline);
  }

  /** The source line from `offset` to its end, trimmed. */
  private lineFrom(offset: number): string {
    const newline = this.source.indexOf('\n', offset);
    return this.source.slice(offset, newline < 0 ? undefined : newline).trim();
  }

  private afterFirstLine(paragraph: Paragraph): number | undefined {
    const newline = this.source.indexOf('\n', start(paragraph));
    return newline >= 0 && newline < end(paragraph) ? newline + 1 : undefined;
  }

  /** A line or blockquote made only of navigation links: `[Top](#…) [뒤로](…)`. */
  private isNavigation(node: Paragraph | Blockquote): boolean {
    const paragraph = node.type === 'blockquote' ? node.children[0] : node;
    if (paragraph?.type !== 'paragraph') return false;
    const linkTexts: string[] = [];
    let other = '';
    for (const child of paragraph.children) {
      if (child.type === 'link' || child.type === 'linkReference') linkTexts.push(toString(child));
      else other += toString(child);
    }
    return isNavigationLinks(linkTexts, other);
  }

  /**
   * Right under the note's `#` title, before anything it explains: an author's preface (`이 문서는 …
   * 정리한 것입니다`), and a list of only links (to the other pages of the author's notes). Either would
   * make a card asking about the note itself.
   */
  private isPrefaceBlock(node: RootContent): boolean {
    const owner = this.current();
    if (owner === undefined || owner !== this.deckTitle || owner.parts.length > 0) return false;
    if (node.type === 'list') return this.isLinkList(node);
    return (node.type === 'paragraph' || node.type === 'blockquote') && isPreface(this.source.slice(start(node), end(node)), this.prefaceGoesOn);
  }

  /** A blockquote or list holding only links: a reference list. */
  private isLinkList(node: Blockquote | List): boolean {
    const list = node.type === 'list' ? node : node.children.length === 1 ? node.children[0] : undefined;
    if (list?.type !== 'list') return false;
    return list.children.every((item) => {
      const paragraph = item.children[0];
      return (
        item.children.length === 1 &&
        paragraph?.type === 'paragraph' &&
        paragraph.children.some((child) => child.type === 'link') &&
        paragraph.children.every((child) => child.type === 'link' || (child.type === 'text' && !/[\p{L}\p{N}]/u.test(child.value)))
      );
    });
  }

  /**
   * A list of in-page links (`- [OSI 7계층](#osi-7계층)`), nested or not, of short labels otherwise:
   * most of its items are such links, or every top-level one is (its sub-items may name the parts of
   * a section without links of their own).
   */
  private isTableOfContents(list: List): boolean {
    const pending: List[] = [list];
    let links = 0;
    let labels = 0;
    let topLinks = 0;
    while (pending.length > 0) {
      const current = pending.pop()!;
      for (const item of current.children) {
        for (const block of item.children) {
          if (block.type === 'list') pending.push(block);
          else if (block.type !== 'paragraph') return false;
          else if (block.children.some((child) => child.type === 'link' && child.url.startsWith('#'))) {
            links++;
            if (current === list) topLinks++;
          } else if (isTitleLike(toString(block), LIST_TITLE_MAX) && !splitTerm(this.firstLineSource(block))) labels++;
          else return false;
        }
      }
    }
    const everyTopItemLinks = list.children.length >= 2 && topLinks === list.children.length;
    return links > 0 && (links >= labels || everyTopItemLinks);
  }
}

/**
 * A list of nothing but wikilinks (`- [[TCP]]`, `- [[UDP]]`, nested or not): the notes a note leads to,
 * each a deck of its own, as a vault's table of contents or its related notes list them. No answer.
 */
function isWikilinkList(list: List): boolean {
  return list.children.every((item) =>
    item.children.every((block) =>
      block.type === 'list'
        ? isWikilinkList(block)
        : block.type === 'paragraph' &&
          block.children.some((child) => child.type === 'link' && child.data?.wikilink === true) &&
          block.children.every((child) => (child.type === 'link' && child.data?.wikilink === true) || (child.type === 'text' && !/[\p{L}\p{N}]/u.test(child.value))),
    ),
  );
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
 * Whether a list item's nested blocks explain its first line rather than continue an outline of short
 * bullets: `- 컴퓨팅` over `  - EC2` is an outline; `1. 물리 계층` over `* 비트를 전송한다.` explains, and
 * so do terms (`- 저장 위치` over `  - 쿠키 : 클라이언트`) and a paragraph of its own under the title line
 * (a loose item).
 */
/**
 * A first line ended by a hard break (two spaces or `\`), the explanation under it in the same
 * paragraph: `2.  데이터의 무결성␠␠␠` over its sentence, as its siblings have theirs in nested blocks.
 */
function breaksAfterTitle(paragraph: Paragraph): boolean {
  return paragraph.children[1]?.type === 'break' && paragraph.children.length > 2;
}

/**
 * `- 신뢰성` under `- 신뢰성 ; 기능의 계속적인 수행`: an item named as the one it is under says more of
 * that one (here its formula), not of another thing. It stays on the owner's back as written; a card of
 * its own would ask the owner's question again (`신뢰성 › 신뢰성이란?`).
 */
function repeatsOwner(owner: Concept | undefined, title: string): boolean {
  if (owner === undefined) return false;
  const ownerTitle = displayTitle(owner.title);
  const own = displayTitle(cleanTitle(title));
  if (owner.kind !== 'heading') return own === subjectOf(ownerTitle);
  // A heading that asks what something is (`### CORS란`) is asked it again by an item of its own, the
  // name spelled out (`- CORS(Cross Origin Resource Sharing)란`): one question, answered on the heading's
  // back. A heading that only names it (`### CORS`) asks nothing, and the item is its card.
  const asked = subjectOf(ownerTitle);
  return asked !== ownerTitle && withoutGloss(subjectOf(own)) === withoutGloss(asked);
}

function isExplained(item: ListItem): boolean {
  if (item.children[1]?.type === 'paragraph') return true;
  const pending: Node[] = item.children.slice(1);
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'list' || node.type === 'listItem') pushAll(pending, (node as List | ListItem).children);
    else if (node.type !== 'paragraph') return true;
    else if (toString(node).split('\n').some((line) => isDescription(line) || splitTerm(line) !== undefined)) return true;
  }
  return false;
}

/** A line that describes rather than names: a sentence, or a phrase of four words or more. */
function isDescription(line: string): boolean {
  return !isTitleLike(line, LIST_TITLE_MAX) || cleanTitle(line).split(' ').length >= 4;
}

/** Whether a block right after a one-item list is explanation (so the item is a sub-title). */
/** A mark some notes put before each term, as a bullet would be: `✓ **승인** : …`. */
const LEADING_MARK = /^[✓✔✅☑•※▶►▸➤➜]\s*/u;

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

const ANSWER_LINE = /^(정답|답|해설|풀이|answer|explanation)\s*[:：.)]/i;
/** The `A.` of a question's answer (`A.`, `**A.**`, `A:`), not `정답 :`. */
const QA_ANSWER_LABEL = /^[*_`\s]*A\s*[.:)]/;

/** A multiple-choice question whose choices are lettered (`A. …`, `(b) …`, `③ …`), not numbered. */
function hasLetteredChoices(concept: Concept): boolean {
  return concept.choices !== undefined && choiceIndex(concept.choices.lines[0] ?? '') === 0;
}

/**
 * A choice as the front shows it: plain, and without what marks it as the answer (the bold is gone
 * with the markup; `(정답)`, `✅`, `← 정답` go here).
 */
function shownChoice(choice: string): string {
  return cleanTitle(choice.replace(/\s*(\(정답\)|\[정답\]|←\s*정답|<-\s*정답|✅|✔️?|☑️?)\s*/gu, ' '));
}

/** Numbered choices found under a question (see Extractor.numberedChoices). */
interface NumberedChoices {
  /** Each choice as written, its number first (`1. ALB`, `② NLB`), its lines joined. */
  choices: string[];
  /** The answer line that ends them inside the last block, and where it starts, if one does. */
  answerAt: { line: string; start: number } | undefined;
  /** The blocks the choices take. */
  used: (List | Paragraph)[];
}

/** A multiple-choice question found in a list item (see Extractor.multipleChoice). */
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

function startsExplanation(next: RootContent | undefined): boolean {
  return next !== undefined && ['paragraph', 'code', 'html', 'table'].includes(next.type);
}

function pushInnerHtml(concept: Concept, html: string): void {
  const inner = html.replace(/<\/?details[^>]*>/gi, '').replace(/<summary[^>]*>[\s\S]*?<\/summary>/gi, '').trim();
  if (inner) concept.parts.push({ type: 'markdown', markdown: inner });
}

/**
 * Remove a block's indentation from its continuation lines (the first line starts at the block).
 * Leading tabs count to the next multiple of four columns, as in CommonMark.
 */
/** The list as its author meant it: `table` read as the content of its last item (see `tableOfLastItem`). */
function withTableInLastItem(list: List, table: Table): List {
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

export function dedent(text: string, indent: number): string {
  if (indent <= 0) return text;
  const pattern = new RegExp(`^ {0,${indent}}`);
  return text
    .split('\n')
    .map((line, n) => (n === 0 ? line : expandLeadingTabs(line).replace(pattern, '')))
    .join('\n');
}

function expandLeadingTabs(line: string): string {
  const leading = /^[ \t]*/.exec(line)![0];
  if (!leading.includes('\t')) return line;
  let columns = 0;
  for (const char of leading) columns = char === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return ' '.repeat(columns) + line.slice(leading.length);
}

function start(node: Node): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Node): number {
  return node.position?.end.offset ?? 0;
}

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

/**
 * A compared column's name as a title above says it: whole, or without what only glosses it (see
 * namesWithoutGloss). Undefined where no title names it.
 */
function nameAsTitledAbove(column: string, above: readonly string[]): string | undefined {
  return namesWithoutGloss(column).find((name) => above.some((title) => title.includes(name)));
}

/**
 * A column's name without a name in brackets, then without an English one after the Korean
 * (`오버로딩 overloading` → `오버로딩`), longest first: a question names each compared column briefly.
 */
function namesWithoutGloss(column: string): string[] {
  const unbracketed = withoutGloss(column);
  const korean = withoutEnglishAfterKorean(unbracketed);
  return [unbracketed, ...(korean ? [korean] : [])].filter((name) => name !== '');
}

/**
 * A name without the English words after its Korean (`오버로딩 overloading` → `오버로딩`), or undefined
 * where none end it or no Hangul comes before them. Scanned from the end, as a pattern would try each
 * Hangul letter against all the rest.
 */
function withoutEnglishAfterKorean(name: string): string | undefined {
  const isBlank = (char: string) => /\s/.test(char);
  // The run of English letters, blanks and hyphens the name ends with.
  let runStart = name.length;
  while (runStart > 0 && /[A-Za-z\s-]/.test(name[runStart - 1]!)) runStart--;
  // The English starts at its first blank that a letter follows (`연결 - connection` keeps `연결 -`).
  for (let at = runStart; at < name.length; ) {
    if (!isBlank(name[at]!)) {
      at++;
      continue;
    }
    let next = at;
    while (next < name.length && isBlank(name[next]!)) next++;
    if (next < name.length && /[A-Za-z]/.test(name[next]!)) {
      const korean = name.slice(0, at);
      return /[\uac00-\ud7a3]/.test(korean) && !/[\n\r\u2028\u2029]/.test(korean) ? korean : undefined;
    }
    at = next;
  }
  return undefined;
}

/** A title line that can head what follows: not a lead-in, a label with a colon or a sentence. */
function subTitleLine(title: string): string | undefined {
  // Its number (`1. `, `영역 1. `) is no sentence's end: the rest is what must read as a title.
  const unnumbered = title.replace(/^(?:\p{L}{1,4}\s*)?\d+[.)]\s+(?=\S)/u, '');
  if (/[:：;]/.test(title) || !isTitleLike(unnumbered, CALLOUT_TITLE_MAX) || !/\p{L}{2}/u.test(title)) return undefined;
  if (isNotATerm(title) || isAnswerTemplateLabel(title) || isReferenceHeading(title) || isListingLeadIn(title) || isBoldLeadIn(title)) return undefined;
  return title;
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

/** A place in the note: its line, column and offset. */
type Point = NonNullable<Node['position']>['start'];

/** A paragraph's line read as a list item (see `linesAsList`), with the lines wrapped under it. */
interface LineItem {
  /** Where it starts (its number, or its term) and where its last line ends, in the source. */
  start: number;
  end: number;
  /** Where its text starts, after its number. */
  textStart: number;
  /** Its first and last lines. */
  line: number;
  lastLine: number;
  /** Its number (`①` is 1). */
  number?: number;
  /** The mark the title's back lists it by, where that is no list marker (`①`, `(1)`; `2)` is listed as `2.`). */
  marker?: string;
  /** A term's definitions (see definitionLines). */
  definitions?: Definition[];
}

/** A paragraph read range by range, in order (see inlineWithin): the index of its first inline node not yet read whole. */
interface InlineCursor {
  paragraph: Paragraph;
  next: number;
}

/** A definition's text after its `: ` mark, whose width its wrapped lines are indented by. */
interface Definition {
  start: number;
  end: number;
  indent: number;
}

/** A definition's line in a definition list: `: 인스턴스 수준의 방화벽`. */
const DEFINITION_MARK = /^[ \t]{0,3}:[ \t]+(?=\S)/;

/**
 * A number starting a line of a paragraph: `①`, `⑴` (no blank needed after them), `(1)`, `1)`. (`1.`, and
 * `1)` first in a paragraph, start a list in CommonMark; a later `2)` does not.)
 */
const LINE_NUMBER = /^[ \t]*(?:([①-⑳])[ \t]*|([⑴-⒇])[ \t]*|\((\d{1,2})\)[ \t]*|(\d{1,2})\)[ \t]+)(?=\S)/u;

interface LineNumber {
  style: '①' | '⑴' | '(n)' | 'n)';
  number: number;
  /** The number as written, without blanks. */
  mark: string;
  /** Columns up to the text after it. */
  width: number;
}

function lineNumber(line: string): LineNumber | undefined {
  const match = LINE_NUMBER.exec(line);
  if (!match) return undefined;
  const [written, circled, parenthesized, inParentheses, beforeParenthesis] = match;
  const width = written.length;
  if (circled !== undefined) return { style: '①', number: circled.charCodeAt(0) - 0x2460 + 1, mark: circled, width };
  if (parenthesized !== undefined) return { style: '⑴', number: parenthesized.charCodeAt(0) - 0x2474 + 1, mark: parenthesized, width };
  if (inParentheses !== undefined) return { style: '(n)', number: Number(inParentheses), mark: `(${inParentheses})`, width };
  return { style: 'n)', number: Number(beforeParenthesis), mark: `${beforeParenthesis})`, width };
}
