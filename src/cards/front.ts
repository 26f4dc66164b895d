/** The front of a card: the title kept verbatim, a natural question for terms, and just enough context. */
import { remembered } from '../util/memo.js';
import { codePointLength } from '../util/text.js';
import { withParticle } from './particles.js';
import { aspectOwner, countsWithoutOwner, endsInAspect, isLayerNumber, isLevelCode, labelsLayerOf, labelsPartsWithoutOwner } from './title-rules/aspects.js';
import { comparedPair, isSharedLabel, sharedAsked } from './title-rules/comparisons.js';
import { isStudyAidLabel } from './title-rules/labels.js';
import { isSequence, isStatement } from './title-rules/names.js';
import { asks, asksAspectOfNothing, questionSubject, refersBack } from './title-rules/questions.js';
import { isActionPhrase, isEnglishActionOrCondition, isProcedureTitle, namesADoing } from './title-rules/tasks.js';
import { namesKindsOf, namesWithoutDescribing } from './title-rules/values.js';
import { endsInWhatIsParticle, isObject } from './title-rules/words.js';
import { type Concept, type ConceptKind, TITLE_FACTS } from './types.js';
import { CONTEXT_SEPARATOR, displayTitle, isAspectTitle, isChapterNumber, sectionNumber, shownTitle, type SummaryAsked, summaryAsked, withoutGloss } from './titles.js';

export { CONTEXT_SEPARATOR, displayTitle } from './titles.js';

/** Kinds whose title is a noun to ask about: `리전` → `리전이란?`. */
const ASKED_AS_WHAT_IS: ReadonlySet<ConceptKind> = new Set(['term', 'list-title', 'definition', 'table-row']);
/** Kinds whose title heads an explanation as written: a topic, not a noun to ask "…이란?" about (extract/sub-titles.ts's SUB_TITLE_KINDS without `question`, which asks already). */
const TOPIC_KINDS: ReadonlySet<ConceptKind> = new Set(['heading', 'callout', 'bold-title']);
/** Kinds whose title is already a question and needs no context. */
const SELF_CONTAINED: ReadonlySet<ConceptKind> = new Set(['question', 'details', 'qa']);

/**
 * What the rules of a front ask of a title as written, shown without its number (see displayTitle):
 * worked out once for each title and remembered as one record. Every card's front asks them of each
 * title above it, several times over: asked one by one, each was a lookup of its own, most of the
 * million the bench's 300 notes made (lookups were then a quarter of extraction's own time).
 */
export interface TitleFacts {
  /** An aspect's label (`장점`, see isAspectTitle) or a summary's (`정리`). */
  aspectOrSummary: boolean;
  summary: SummaryAsked | undefined;
  /** A label of study aids (`암기 포인트`, see isStudyAidLabel). */
  studyAid: boolean;
  /** A level's code (`Lv1`, see isLevelCode). */
  levelCode: boolean;
  /** A label of what things compared share (`Common`, see isSharedLabel). */
  sharedLabel: boolean;
  /** A layer's number (`Layer 4`, see isLayerNumber). */
  layerNumber: boolean;
  /** A name to ask what it is (see namesSomething). */
  namesAThing: boolean;
  /** Ends in an aspect's word, its gloss aside (`REST 특징`, `형상관리의 기능(활동)`, see endsInAspect). */
  endsInAspect: boolean;
}

const factsOfTitle = remembered(function factsOfTitle(title: string): TitleFacts {
  const shown = displayTitle(title);
  const summary = summaryAsked(shown);
  return {
    aspectOrSummary: isAspectTitle(shown) || summary !== undefined,
    summary,
    studyAid: isStudyAidLabel(shown),
    levelCode: isLevelCode(shown),
    sharedLabel: isSharedLabel(shown),
    layerNumber: isLayerNumber(shown),
    namesAThing: namesSomething(shown),
    endsInAspect: endsInAspect(withoutGloss(shown)),
  };
});

/** A concept's title facts, worked out once for the concept (see TITLE_FACTS). */
function factsOf(concept: Concept): TitleFacts {
  return (concept[TITLE_FACTS] ??= factsOfTitle(concept.title));
}

/**
 * A noun phrase ends in a letter, digit, closing bracket or a name's symbol (`C++`, `C#`) and is not already
 * a question: `CORS란` asks, `혼란` (its 란 its own, see subjectOf) is a noun.
 */
function isNounPhrase(title: string): boolean {
  return /[\p{L}\p{N})\]]$|[A-Za-z](\+\+|#)$/u.test(title) && !/(에 대해서|에 대하여|에 대해|에 관해|에 관하여)$/.test(title) && subjectOf(title) === title;
}

/**
 * A title that names something, to be asked what it is (see askedTitle): a noun phrase, no statement
 * (`컴파일러가 변환`), no task (`인스턴스 생성하기`, `increase instance size`). One of a title's facts
 * (see TitleFacts), read on its concept.
 */
function namesSomething(title: string): boolean {
  return isNounPhrase(title) && !isStatement(title) && !isActionPhrase(title) && !isEnglishActionOrCondition(title);
}

/**
 * What a title that asks about something is about: `쿠키(Cookie)란?` → `쿠키(Cookie)`, `CORS란` →
 * `CORS`, `프로세스 란` → `프로세스`. A title whose 란 is part of a word (`혼란`) is kept whole.
 */
export const subjectOf = remembered(function subjectOf(title: string): string {
  // A name in brackets after the question goes with the subject: `접근 제어자란? (Access Modifier)`.
  const aside = /\?\s*(\([^()]*\))$/u.exec(title);
  if (aside) {
    const subject = subjectOf(title.slice(0, aside.index + 1));
    return subject === title.slice(0, aside.index + 1) ? title : `${subject} ${aside[1]}`;
  }
  const match = /^(.+?)(\s*)(이란|란)\s*(무엇인가요|무엇인가|무엇일까|뭔가요|뭘까)?\s*(\?*)$/u.exec(title);
  if (!match) return title;
  const [, subject, space, particle, what, mark] = match as unknown as [string, string, string, string, string | undefined, string];
  // Only where 란 is surely the particle: after a word that is not Hangul (`CORS란`), or the one Hangul
  // takes, in a title that asks (`?`, `무엇인가`, a space before it, 이란 after two syllables or more, or
  // 란 on a word of two syllables or more that is not its own, see endsInWhatIsParticle: `인덱스란`).
  if (!/[\uac00-\ud7a3]$/.test(subject)) return subject;
  if (withParticle(subject, '이란/란').slice(subject.length) !== particle) return title;
  const lastWord = `${subject.split(/\s+/u).pop()!}${particle}`;
  return mark || what || space || (particle === '이란' && subject.length >= 2) || endsInWhatIsParticle(lastWord) ? subject : title;
});

export function askedTitle(concept: Concept): string {
  const title = shownTitle(concept);
  if (concept.across) return `${joinedWithAnd(concept.across)}의 ${withParticle(title, '은/는')}?`;
  if (concept.asWritten) return title;
  // A name given another (`들고 기다리기(hold and wait) = 점유대기`) is asked as written: 이란 after it
  // would ask about the second name alone.
  if (/\s=\s/.test(title)) return title;
  // A section that sums up the topic above it asks for that summary, of all the topic (`인덱스의 종류를
  // 정리하면?`, where its 장점 would be 인덱스's): `인덱스를 정리하면?`, `인덱스의 결론은?`.
  const facts = factsOf(concept);
  const summary = facts.summary;
  if (summary !== undefined && namesItsParent(concept)) {
    const topic = parentSubject(concept.parent!)!;
    return summary === '결론' ? `${topic}의 결론은?` : `${withParticle(topic, '을/를')} ${summary}하면?`;
  }
  const sequenceOf = ownerOfSequence(concept);
  if (sequenceOf !== undefined) return `${sequenceOf}의 순서는?`;
  const shared = sharedOfCompared(concept);
  if (shared !== undefined) return shared;
  if (concept.comparison === 'compared') return `${title}의 ${withParticle(subjectOf(shownTitle(concept.parent!)), '은/는')}?`;
  if (concept.comparison === 'property') return `${withParticle(title, '은/는')}?`;
  if (concept.valueOfTerm !== undefined) return `${title}의 ${withParticle(concept.valueOfTerm, '은/는')}?`;
  // `Port Unreachable ; Code 3` asks for the code, not what Port Unreachable is.
  if (concept.valueWord !== undefined && concept.labelsValue) return `${title}의 ${withParticle(concept.valueWord, '은/는')}?`;
  const scale = scaleOfLevel(concept);
  if (scale !== undefined) return `${scale.name} ${withParticle(title, '은/는')}?`;
  if (namesItsParent(concept)) {
    return `${aspectOwner(parentSubject(concept.parent!)!)}의 ${withParticle(title, '은/는')}?`;
  }
  // An aspect of a question that is not about one thing (`…의 차이는?` over `> 차이점`): the label as
  // written, after the question as context.
  if (isAspectLabel(concept)) return title;
  // `CORS란` is already a question; a word whose 란 is its own (`혼란`) is asked what it is as other nouns are.
  if (/(이란|란)$/.test(title) && subjectOf(title) !== title) return `${asksWithoutSpace(title)}?`;
  // `Why ELB` asks why as `Why use ELB?` does, its mark left off as headings leave it (a Korean `…왜 빠를까`
  // is a sentence, kept as written as other questions ending in `…까` are).
  if (/^why\b/iu.test(title) && !/[?？]$/u.test(title)) return `${title}?`;
  if (SPACED_WHAT_IS_QUESTION.test(title) && asksWithoutSpace(title) !== title) return `${asksWithoutSpace(title)}?`;
  // A heading whose intro asks which parts there are asks that question (see `namePartsAskedFor`).
  if (concept.leadIn !== undefined) return concept.leadIn;
  // A heading asking for its parts by name (`인덱스의 종류`) is asked as a list title naming an aspect is.
  if (concept.namesItsParts && concept.kind === 'heading') return asks(title) ? title : `${withParticle(title, '은/는')}?`;
  // A statement (`컴파일러가 변환`) is kept as written: 이란 after it asks nothing.
  const namesAThing = facts.namesAThing;
  // A title naming an aspect (`REST 특징`, `REST가 필요한 이유`) is asked for what it holds; an aspect in
  // brackets after it (`형상관리의 기능(활동)`) is still the aspect asked for.
  const asksForAspect = namesAThing && facts.endsInAspect && !concept.nameAmongNames;
  if (ASKED_AS_WHAT_IS.has(concept.kind) && namesAThing) {
    // `오버로딩 vs 오버라이딩` compares two things: asked for their difference, not "…이란?".
    const compared = comparedPair(title);
    if (compared) return `${withParticle(compared[0], '와/과')} ${compared[1]}의 차이는?`;
    if (asksForAspect) return `${withParticle(title, '은/는')}?`;
    if (concept.answeredByParts) return `${title}의 구성 요소는?`;
    if (concept.answeredByKinds) return `${title}의 종류는?`;
    if (concept.asksMembers || concept.answeredByNames) return `${title}에 해당하는 것은?`;
    return concept.labelsValue || concept.caseOfTopic || labelsLayerOfParent(concept) ? title : `${withParticle(title, '이란/란')}?`;
  }
  // A sub-title is a topic, kept as written (`AWS 글로벌 인프라`, `민첩성 확보`), but one naming an aspect
  // (`DBMS 장점`, `클라우드 컴퓨팅을 이용하는 이점`) asks for it as a list title does: `DBMS 장점은?`. Not the
  // note's `#` title, its name, nor a numbered step of a procedure (`### 1. 서브넷 생성 과정` under `## VPC
  // 설정`), kept as written as a numbered item there is.
  const noteTitle = concept.parent === undefined && concept.section.length === 0;
  if (TOPIC_KINDS.has(concept.kind) && asksForAspect && !noteTitle && !isProcedureStep(concept)) return `${withParticle(title, '은/는')}?`;
  if (concept.answeredByParts && namesAThing) return `${title}의 구성 요소는?`;
  if (concept.answeredByKinds && namesAThing) return `${title}의 종류는?`;
  if (concept.answeredByNames && namesAThing) return `${title}에 해당하는 것은?`;
  return title;
}

/**
 * Whether a card's title, asking nothing as written, is asked which things its back names (see
 * namesAnswering): a Korean name (`제품 품질`, `자료구조 지향 분석 기법`), not the note's title, a
 * label of study aids, a step written as a statement, nor an English name (`Health Checks › required`),
 * where a Korean question reads badly. Only what askedTitle would keep as written (a question asks already),
 * or ask "…이란?" of names alone (see asksWhatIsOfNames).
 */
export function mayAskWhichNamesAnswer(concept: Concept, names: readonly string[]): boolean {
  const title = shownTitle(concept);
  if (!/[\uac00-\ud7a3]/u.test(title) || isNoteTitle(concept) || asksNothing(concept) || concept.asWritten || concept.valueWord !== undefined) return false;
  // What to do (`AS 생성` over its numbered steps, `교착 상태를 예방 & 회피`) has steps or ways, no members.
  if (isProcedureTitle(title) || title.split(/\s+/u).some(isObject)) return false;
  // Nor what is done (`프로세스 종료비용 최소화` over `우선순위, 진행비용, 복귀비용`: what it weighs), nor a step
  // of a process (`토큰 교환` under `## 토큰 발급 과정`: what it uses).
  if (namesADoing(title) || isStepOfProcess(concept)) return false;
  // Under a title naming the state its items hold (`### 프로세스 상태` over ``- 선점 스케줄링 : `Interrupt`,
  // `Exit` ``; `## 상태 전이`), the names are that label's states or transitions, no members of it: kept as a label.
  if (concept.parent !== undefined && HOLDS_STATES.test(withoutGloss(shownTitle(concept.parent)))) return false;
  // Names the title says already (`선점 / 비선점 스케줄링` over `선점`, `비선점`; `MDA 프레임워크` over `MDA
  // Model Driven Architecture`) would be the answer on the front.
  const saidInTitle = (name: string) => {
    const bare = withoutGloss(name);
    const acronym = bare.split(/\s+/u)[0]!;
    return title.includes(bare) || (/^[A-Z]{2,}$/u.test(acronym) && title.includes(acronym));
  };
  if (names.every(saidInTitle)) return false;
  if (!isNounPhrase(title) || isStatement(title) || isActionPhrase(title)) return false;
  return askedTitle(concept) === title || asksWhatIsOfNames(concept, names);
}

/**
 * A term or a label asked "…이란?" whose back only names things (`인수시험 ; 알파 시험, 베타 시험`, `- 로그 회복
 * 기법` over `- 즉시 갱신 회복 : …`, `- 지연 갱신 회복 : …`): the names do not say what it is, they are which
 * things it covers. Not where a name describes (`CMM 정의 ; 표준화, 일관된 프로세스`, see namesWithoutDescribing).
 */
export function asksWhatIsOfNames(concept: Concept, names: readonly string[]): boolean {
  if (concept.kind !== 'term' && concept.kind !== 'list-title') return false;
  const title = shownTitle(concept);
  if (names.length < 2 || askedTitle(concept) !== `${withParticle(title, '이란/란')}?`) return false;
  // Its kinds (`관리적 요소, 기술적 요소` under `비용 요소`) are its kinds however they are told apart.
  return namesKindsOf(title, names) || namesWithoutDescribing(names, title);
}

/** A title naming the state, transition or moment its items hold (`프로세스 상태`, `상태 전이`, `전이 시점`). */
const HOLDS_STATES = /\s(?:\S*상태|전이|시점)$/u;

/** Anything right under a process's title (`### 인가 코드 전달` under `## 토큰 발급 과정`). */
function isStepOfProcess(concept: Concept): boolean {
  const parent = concept.parent;
  return parent !== undefined && parent.title !== '' && isProcedureTitle(subjectOf(shownTitle(parent)));
}

/** `Helm 이란 무엇인가?`, `도커 란?`: a question what something is, its 이란 set apart from its word. */
const SPACED_WHAT_IS_QUESTION = /\s(?:이란|란)\s*(?:무엇인가요|무엇인가|무엇일까|뭔가요|뭘까)?\s*\?+$/u;

/**
 * 이란 is a particle and is written on its word: `프로세스(Process) 란` is asked `프로세스(Process)란?`, with
 * the particle its word takes (`3-way handshake 이란` → `3-way handshake란?`). Asking what it is says no
 * more than 이란 does: `Helm 이란 무엇인가?` is `Helm이란?`. A title whose 란 is not surely the particle
 * (`미국 이란?`, see subjectOf) is kept as written.
 */
function asksWithoutSpace(title: string): string {
  if (!/\s(이란|란)$/u.test(title) && !SPACED_WHAT_IS_QUESTION.test(title)) return title;
  const subject = subjectOf(title);
  return subject === title ? title : withParticle(subject, '이란/란');
}

/**
 * The scale a level code is a step of (`Lv1` under `수행 능력 - 여섯 단계로 평가`): its title
 * above, named as it is as context (`CMMI의 단계`, see contextTitles), without an aspect or a count naming
 * the steps (`수행 능력 6단계` → `수행 능력`; `성숙도 단계` over `1단계` → `성숙도`); and
 * whether that title names whose scale it is (`프로그래밍 언어의 종류`). Asked with its scale, the level
 * needs that title as context no more: its one level of context is what the scale is of (`SPICE ›
 * 수행 능력 Lv1은?`, as `CMMI`'s levels are `Lv1`… too), and none where the scale names it
 * (`프로그래밍 언어 1세대는?`). Undefined for any other title, or where the title above names nothing.
 */
function scaleOfLevel(concept: Concept): { name: string; namesOwner: boolean } | undefined {
  const parent = concept.parent;
  // The level code first: asked of every card's title and its ancestors', it is rarely one, and cheap to tell.
  if (parent === undefined || parent.title === '' || !factsOf(concept).levelCode || asksNothing(parent)) return undefined;
  // The note's `#` title names its subject (`# 언어` over `## 3세대`), no scale: the level stays a topic.
  if (isNoteTitle(parent)) return undefined;
  // Asked otherwise before this rule (see askedTitle): a step written as is, a row of things compared.
  if (concept.asWritten || concept.across || concept.comparison !== undefined || concept.valueOfTerm !== undefined) return undefined;
  const scale = namesItsParent(parent) ? `${aspectOwner(parentSubject(parent.parent!)!)}의 ${shownTitle(parent)}` : parentSubject(parent);
  if (scale === undefined) return undefined;
  const owned = aspectOwner(scale);
  // The level's own unit says it again (`성숙도 단계` over `1단계`): `성숙도 1단계는?`.
  const unit = /\d\s?([\uac00-\ud7a3]+)$/u.exec(shownTitle(concept))?.[1];
  const name = unit !== undefined && owned.endsWith(` ${unit}`) ? owned.slice(0, -unit.length - 1) : owned;
  return { name, namesOwner: owned !== scale && scale.startsWith(`${owned}의 `) };
}

/**
 * What a title written as steps in order is the order of (`SDLC 선정 -> WBS -> CPM/PERT` under `### 일정
 * 계획`): the title above, whose order it answers (`일정 계획의 순서는?`, the steps on its back, see
 * cards.ts). Undefined for any other title, or one with no title above to ask of (see markOrdersOfOwners).
 */
export function ownerOfSequence(concept: Concept): string | undefined {
  const parent = concept.parent;
  if (parent === undefined || parent.title === '' || asksNothing(parent) || concept.ordersItsOwner !== true) return undefined;
  return parentSubject(parent);
}

/**
 * Marks the titles written as steps in order (see isSequence) that are their owner's only section: the
 * whole of what the title above holds, so its order. Beside other sections (`### 소스 -> 바이트코드 변환`
 * then `### 요청 → 응답 → 로그 기록` under `## 변환`) the title above is a topic of several things, whose order
 * no one of them is: kept as written.
 */
export function markOrdersOfOwners(concepts: readonly Concept[]): void {
  const sectionsUnder = new Map<Concept, number>();
  for (const concept of concepts) if (concept.parent !== undefined) sectionsUnder.set(concept.parent, (sectionsUnder.get(concept.parent) ?? 0) + 1);
  for (const concept of concepts) {
    if (concept.parent !== undefined && sectionsUnder.get(concept.parent) === 1 && isSequence(shownTitle(concept))) concept.ordersItsOwner = true;
  }
}

/** The question a label of what two things compared share asks (`Common` under `A vs B`, see sharedAsked): it names them both. */
function sharedOfCompared(concept: Concept): string | undefined {
  const parent = concept.parent;
  return parent === undefined || parent.title === '' || !factsOf(concept).sharedLabel ? undefined : sharedAsked(shownTitle(concept), shownTitle(parent));
}

/** `Layer 4` under `Network Load Balancer`: the layer it works at, kept as written (see labelsLayerOf). */
function labelsLayerOfParent(concept: Concept): boolean {
  return concept.parent !== undefined && factsOf(concept).layerNumber && labelsLayerOf(shownTitle(concept), shownTitle(concept.parent));
}

/** A list item or bold line right under a procedure's heading (`* 하이브리드 방식 사용` under `## TLS 연결 과정`). */
function isSubTitleOfProcedure(concept: Concept): boolean {
  const heading = concept.parent;
  return (concept.kind === 'list-title' || concept.kind === 'bold-title') && heading?.kind === 'heading' && isProcedureTitle(subjectOf(shownTitle(heading)));
}

function isProcedureStep(concept: Concept): boolean {
  const parent = concept.parent;
  return sectionNumber(concept.title) !== undefined && parent !== undefined && isProcedureTitle(subjectOf(shownTitle(parent)));
}

function isAspectLabel(concept: Concept): boolean {
  const parent = concept.parent;
  return parent !== undefined && parent.section.length > 0 && parent.title !== '' && !concept.nameAmongNames && factsOf(concept).aspectOrSummary;
}

/**
 * A sub-title that asks nothing: a label of study aids (`암기 포인트`, `Tip`), or a summary with no topic
 * above it to sum up (`## 핵심 정리` right under the `#` title, where `…을 정리하면?` has no `…`). Its
 * terms are asked as if it were not there (`S3 Glacier란?`, not `암기 포인트 › S3 Glacier란?`), and it is
 * no card where they are all it holds (see `labelLineTerms` in extract/paragraphs.ts).
 */
export function asksNothing(concept: Concept): boolean {
  if (!TOPIC_KINDS.has(concept.kind) || concept.parent === undefined) return false;
  const facts = factsOf(concept);
  return facts.studyAid || (facts.summary !== undefined && !namesItsParent(concept));
}

/** `TCP`, `UDP` → `TCP와 UDP`; three or more: `A, B와 C`. */
function joinedWithAnd(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -2).map((name) => `${name}, `).join('')}${withParticle(names[names.length - 2]!, '와/과')} ${names[names.length - 1]}`;
}

/**
 * An aspect label already names its parent, so it needs no further context; a parent that is a question
 * it names only where the question names its one subject (see parentSubject).
 */
function namesItsParent(concept: Concept): boolean {
  return isAspectLabel(concept) && parentSubject(concept.parent!) !== undefined;
}

/**
 * What the aspects under a title are of: the title's subject (`REST란` → `REST`), or for a question,
 * the one thing it asks about (`인덱스란 무엇이고 왜 사용하나요?` → `인덱스`, see questionSubject).
 * Undefined for a question about two things or none it names (`프로세스와 스레드의 차이는?`).
 */
function parentSubject(parent: Concept): string | undefined {
  const title = shownTitle(parent);
  const subject = subjectOf(title);
  if (subject !== title && !/[?？]$/u.test(subject)) return subject;
  return /[?？]$/u.test(title) || asks(title) ? questionSubject(title) : subject;
}

/** The note's `#` title, also when it asks (`# Cloud Computing?`, a card of its own): the deck's name. */
function isNoteTitle(concept: Concept): boolean {
  return concept.parent === undefined && (concept.kind === 'heading' || concept.kind === 'question') && concept.section.length === 0;
}

/**
 * Titles of the concept's ancestors, nearest first, that can serve as context. The note's `#` title is
 * the deck's name, so it is never repeated in a front.
 */
function contextTitles(concept: Concept): string[] {
  const titles: string[] = [];
  let longQuestion: string | undefined;
  for (let parent = concept.parent; parent; parent = parent.parent) {
    if (isNoteTitle(parent)) break;
    if (!parent.title || asksNothing(parent)) continue;
    // Steps in order say the answer, no context (see ownerOfSequence): the title above them places it.
    if (ownerOfSequence(parent) !== undefined) continue;
    // A step under a sub-title of its procedure's section (`* 하이브리드 방식 사용` under `## TLS 연결 과정`,
    // the steps after it, see keepStepsAsWritten): the procedure places it, not that line.
    if (parent === concept.parent && concept.asWritten && isSubTitleOfProcedure(parent)) continue;
    // A bare aspect label says nothing as context (`종류 › 수퍼키란?`): named with what it is an aspect
    // of, as its own card asks it (`키의 종류 › 수퍼키란?`), which then needs no further level.
    // A summary section as context is the topic's (`인덱스 정리 › 핵심`), not "인덱스의 정리".
    const namesOwner = namesItsParent(parent);
    if (namesOwner && summaryAsked(shownTitle(parent)) !== undefined) {
      titles.push(`${parentSubject(parent.parent!)} ${shownTitle(parent)}`);
      parent = parent.parent!;
      continue;
    }
    if (namesOwner) {
      titles.push(`${aspectOwner(parentSubject(parent.parent!)!)}의 ${shownTitle(parent)}`);
      parent = parent.parent!;
      continue;
    }
    // A title that asks what something is says, as context, what it asks about: `REST란` → `REST`.
    const title = subjectOf(shownTitle(parent));
    // A long question places nothing (`단점에서 미루어보았을 때 …하는가? 단점에 대한 대응책은? › 반정규화`):
    // its subject where it names one, else the title above it. A label kept as written under it
    // (`차이점`) or a follow-up (`그렇다면 그 단점은?`) still says it, being of that question.
    if (isLongQuestion(title) && !(parent === concept.parent && (isAspectLabel(concept) || refersBack(shownTitle(concept))))) {
      const subject = questionSubject(title);
      if (subject !== undefined) titles.push(subject);
      longQuestion ??= title;
      continue;
    }
    titles.push(title);
  }
  // With nothing else above it, a title kept as written (`Dirty Read` under `## 트랜잭션 격리 수준별로 …
  // 무엇인가?`) would ask nothing: the question stays its context after all.
  if (titles.length === 0 && longQuestion !== undefined && !/[?？]$/u.test(askedTitle(concept))) titles.push(longQuestion);
  // A row label of a table comparing its columns (`설명`, kept as written or asked of the columns) does
  // not name its parent: it keeps it as context, unless that names the columns (see namesTheCompared).
  // Nor does an item asked for its term (`물리 계층의 PDU는?`), which names that term already; a table's row
  // asked for its column (`생성의 패턴은?`) keeps its title, which says whose (`디자인 패턴 분류 ›`).
  if (concept.valueOfTerm !== undefined && concept.kind === 'table-row') return withCountsOwned(titles);
  const namesParent =
    (namesItsParent(concept) && !concept.asWritten && !concept.across) || sharedOfCompared(concept) !== undefined || scaleOfLevel(concept) !== undefined || ownerOfSequence(concept) !== undefined;
  const shown = namesParent || concept.comparison === 'compared' || concept.valueOfTerm !== undefined ? titles.slice(1) : titles;
  return withCountsOwned(shown);
}

/** A question of more than this many characters, or of two questions, is too long to serve as context. */
const QUESTION_CONTEXT_MAX = 40;

const isLongQuestion = remembered(function isLongQuestion(title: string): boolean {
  return asks(title) && (codePointLength(title) > QUESTION_CONTEXT_MAX || /[?？]\s+\S/u.test(title));
});

/**
 * A count that does not name whose parts it counts (`2개의 기능 통합`, `프로세스 성숙단계 5단계`, see
 * countsWithoutOwner) is one level of context with the title above it, which does, without its gloss:
 * `Gateway Load Balancer › 2개의 기능 통합 › Load Balancer란?`, `CMM › 프로세스 성숙단계 5단계 › 초기란?`.
 * So is a generic label of parts (`프로세스 영역`, see labelsPartsWithoutOwner): `SPICE › 프로세스 영역 › …`.
 */
function withCountsOwned(titles: readonly string[]): string[] {
  const owned: string[] = [];
  for (let n = 0; n < titles.length; n++) {
    const owner = titles[n + 1];
    // A chapter's number (`3장`) names no owner: no context for `테스트 단계` either.
    const ownsParts = (title: string) => labelsPartsWithoutOwner(title) && !title.startsWith(withoutGloss(owner!)) && !isChapterNumber(owner!);
    if (owner !== undefined && (countsWithoutOwner(titles[n]!) || ownsParts(titles[n]!))) {
      owned.push(`${withoutGloss(owner)}${CONTEXT_SEPARATOR}${titles[n]}`);
      n++;
    } else owned.push(titles[n]!);
  }
  return owned;
}

/**
 * Whether a question already names what its nearest context is about, as its author wrote it
 * (`REST의 정의는?` under `REST란`, `쿠키 사용 예는?` under `쿠키(Cookie)란?`, `교착상태 해결방안에 해당하는
 * 것은?` under `교착상태 해결방안`): that context would
 * only say it again, so the front takes the one above it.
 */
function namesItsContext(question: string, context: string): boolean {
  const subject = withoutGloss(context);
  if (subject.length < 2 || subject === question || !question.startsWith(subject)) return false;
  const rest = question.slice(subject.length);
  // After a space, only an aspect (`REST 특징은?`): `브라우저 엔진이란?` is another thing, which its context places.
  if (/^\s/u.test(rest)) return endsInAspect(question.replace(/\s*(?:은|는|이란|란)?\?$/u, ''));
  return /^(?:$|의|은|는|이|가|을|를|와|과|에|이란|란|[?(])/u.test(rest);
}

/**
 * Whether a context names all the things a table row is asked of (`TCP와 UDP의 비교` over the row asked
 * `TCP와 UDP의 연결은?`): the question names them already, so every row's front would say them twice.
 */
function namesTheCompared(concept: Concept, context: string): boolean {
  return concept.across !== undefined && concept.across.every((name) => context.includes(name));
}

/** Whether every word of a title is in the question (`트랜잭션의 성질` in `트랜잭션은 어떤 성질을 가질까?`). */
function saysAgain(question: string, title: string): boolean {
  const words = title.replace(/\s*\([^()]*\)/gu, '').split(/\s+/u).map((word) => word.replace(/(?<=\S)(?:의|은|는)$/u, '')).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => question.includes(word));
}

/** What a front is made of, worked out once for a concept whose front may be made at several levels. */
export interface FrontParts {
  question: string;
  /** Titles that can serve as context, nearest first. */
  context: string[];
  /** The question names the nearest context (see namesItsContext, namesTheCompared), which is then said only where fronts collide. */
  namesNearest: boolean;
  /** The most levels a front can take. */
  depth: number;
}

export function frontParts(concept: Concept): FrontParts {
  const question = askedTitle(concept);
  const context = contextTitles(concept);
  // A lead-in asked in a heading's place has the heading as context (`ACID › 트랜잭션은 어떤 성질을
  // 가질까?`), unless it names all of it again (`트랜잭션의 성질` over `트랜잭션은 어떤 성질을 가질까?`).
  if (concept.leadIn !== undefined && !saysAgain(question, subjectOf(shownTitle(concept)))) context.unshift(subjectOf(shownTitle(concept)));
  // A title kept as written that says again the one above it (`소프트웨어 재공학` under `PART 12 소프트웨어
  // 재공학`): that context would be the question twice, so it is never shown. (`신뢰성이란?` under `신뢰성`
  // asks, and takes that context back where fronts collide: see frontFromParts.)
  if (context.length > 0 && (question === context[0] || question === withoutGloss(context[0]!))) context.shift();
  const namesNearest = context.length > 0 && (namesItsContext(question, context[0]!) || namesTheCompared(concept, context[0]!));
  return { question, context, namesNearest, depth: context.length + (namesNearest ? 1 : 0) };
}

/**
 * The front at `levels` of context (the caller adds levels when fronts collide). A question that names
 * its nearest context takes the one above it at level 1, and that nearest one back at level 2 (two
 * `신뢰성이란?` told apart as before), then more as usual.
 */
export function frontFromParts(parts: FrontParts, levels: number): string {
  const { context } = parts;
  const shown = !parts.namesNearest ? context.slice(0, levels) : levels === 1 ? context.slice(1, 2) : context.slice(0, Math.max(0, levels - 1));
  return [...shown.reverse(), parts.question].join(CONTEXT_SEPARATOR);
}

export function defaultContextLevels(concept: Concept): number {
  // A follow-up that points back (`그렇다면 그 단점은?`) is said after the question it follows, labelled
  // so (`꼬리 질문:`) or asked under it.
  const follows = concept.followUp || (concept.parent !== undefined && SELF_CONTAINED.has(concept.parent.kind));
  if (follows && SELF_CONTAINED.has(concept.kind) && refersBack(shownTitle(concept))) return 1;
  // So is a question for an aspect of nothing it names (`단점은 없을까?` under `## 정규화`).
  if (SELF_CONTAINED.has(concept.kind) && asksAspectOfNothing(shownTitle(concept))) return 1;
  // `Launch Template과 Launch Configuration의 공통점은?` names what it is about: more only where fronts collide.
  if (sharedOfCompared(concept) !== undefined) return 0;
  if (scaleOfLevel(concept)?.namesOwner) return 0;
  return SELF_CONTAINED.has(concept.kind) ? 0 : 1;
}
