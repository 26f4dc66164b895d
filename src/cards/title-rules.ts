/**
 * Small text rules that decide whether a line is a title, a term, navigation or a reference.
 * Each is a pure function of text so it can be tested on its own; `extract/` applies them to the tree.
 * Being split by topic into `title-rules/`: what is moved there is exported from here until importers
 * import from its module.
 */
import { collapseWhitespace, trimEndWhere, trimWhere } from '../util/text.js';
import { type ParticlePair, withParticle } from './particles.js';
import { displayTitle, isAspectTitle } from './titles.js';
import { asksForItsParts, aspectOwner, endsInAspect } from './title-rules/aspects.js';
import { cleanTitle } from './title-rules/clean.js';
import { isStatement } from './title-rules/names.js';

export { isAspectTitle } from './titles.js';
export * from './title-rules/alerts.js';
export * from './title-rules/aspects.js';
export * from './title-rules/clean.js';
export * from './title-rules/glosses.js';
export * from './title-rules/labels.js';
export * from './title-rules/names.js';
export * from './title-rules/references.js';
export * from './title-rules/tables.js';
export * from './title-rules/tasks.js';
export * from './title-rules/terms.js';
export * from './title-rules/values.js';
export * from './title-rules/words.js';

/** A title asking how things differ: `뮤텍스와 세마포어의 차이`, `TCP/UDP 차이점`, `IPv4 vs IPv6`, `A와 B 비교`. */
export function asksForDifference(title: string): boolean {
  return /\S\s*(차이|차이점|비교)$/.test(title) || /\S\s+(vs\.?|VS\.?|Vs\.?)\s+\S/.test(title);
}

/** The two things a title compares (`오버로딩 vs 오버라이딩`), or undefined: none, or more (`A vs B vs C`). */
export function comparedPair(title: string): readonly [string, string] | undefined {
  const versus = /^(.+?)\s+(?:vs\.?|VS\.?|Vs\.?)\s+(.+)$/.exec(title);
  if (!versus || /\s(vs\.?|VS\.?|Vs\.?)\s/.test(versus[2]!)) return undefined;
  return [versus[1]!, versus[2]!];
}

/** A label for what the things compared have in common: `Common`, `Shared`, `Both`, `공통점`. */
const SHARED_LABEL = /^(?:common|shared|both|in common|공통|공통점|공통\s?사항|같은\s?점)$/iu;

/**
 * What a label of what both share asks under a title comparing two things: `Common` under `Launch
 * Template vs Launch Configuration` asks `Launch Template과 Launch Configuration의 공통점은?`. `Common` is
 * no term to ask "…이란?", and `A vs B의 공통점` would read as if `A vs B` were one thing. Undefined elsewhere.
 */
export function sharedAsked(label: string, comparing: string): string | undefined {
  if (!SHARED_LABEL.test(label.trim())) return undefined;
  const pair = comparedPair(comparing);
  return pair && `${withParticle(pair[0], '와/과')} ${pair[1]}의 공통점은?`;
}

/**
 * A title naming a kind of the thing another names (`기능적 응집도` of `응집도`, `내용결합도` of `결합도`): that
 * name after a describing word, with a space or, for a Hangul name, without (`NoSQL` is no kind of `SQL`).
 * Not after 의 (`모듈의 응집도` is an aspect of the module), nor of an aspect, a question or a one-letter name.
 */
export function isKindOf(title: string, of: string): boolean {
  const name = displayTitle(of);
  if (name.length < 2 || isAspectTitle(name) || endsInAspect(name) || asks(name) || /[?？]$/u.test(name)) return false;
  if (!title.endsWith(name)) return false;
  const describing = title.slice(0, -name.length);
  if (/의\s*$/u.test(describing)) return false;
  return /\S\s+$/u.test(describing) || (/[\uac00-\ud7a3]$/u.test(describing) && /^[\uac00-\ud7a3]/u.test(name));
}

/**
 * How a question names the one thing it asks about, the subject first: `인덱스란 무엇이고 …`, `인덱스는
 * 무엇인가요`, `인덱스를 사용하는 이유는`, `인덱스가 필요한 이유`, `인덱스에 대해 설명해 주세요`.
 */
const ONE_SUBJECT_ASKED: readonly { pattern: RegExp; pair: ParticlePair | undefined }[] = [
  { pattern: /^(.+?)\s*(이란|란)(?:\s+(?:무엇|뭔|뭘|뭐|어떤)|$)/u, pair: '이란/란' },
  { pattern: /^(.+?)(은|는)\s+(?:무엇|뭔|뭘|뭐|어떤\s+것)/u, pair: '은/는' },
  { pattern: /^(.+?)(이|가)\s+(?:무엇|뭔|뭘|뭐)/u, pair: '이/가' },
  { pattern: /^(.+?)(을|를)\s+[\uac00-\ud7a3]+(?:는|한)\s+(?:이유|목적)(?:은|는|가|이)?$/u, pair: '을/를' },
  { pattern: /^(.+?)(이|가)\s+(?:필요한|중요한)\s+(?:이유|목적)(?:은|는|가|이)?$/u, pair: '이/가' },
  { pattern: /^(.+?)()\s*에\s*(?:대해서|대해|대하여|관해서|관해|관하여)\s+(?:설명|말|얘기|이야기)/u, pair: undefined },
];

/** Words that ask or refer back: a subject with one (`왜 인덱스`, `그 차이`) is not a thing named. */
const NOT_A_SUBJECT = /(?:^|\s)(?:왜|어떻게|어떤|무엇|무슨|언제|어디|그렇다면|그럼|그러면|그|이|저|이것|그것)(?:\s|$)/u;

/**
 * The one thing a question asks about, where it says so plainly: `인덱스란 무엇이고 왜 사용하나요?`,
 * `인덱스는 무엇인가요?`, `인덱스를 사용하는 이유는?`, `인덱스에 대해 설명해 주세요.`, `인덱스의 장단점은?`
 * → `인덱스`; the aspects under it are its (`인덱스의 장점은?`). Undefined for a question about two
 * things (`프로세스와 스레드의 차이는?`) or one that does not name its subject first.
 */
export function questionSubject(question: string): string | undefined {
  // A connective turning to the question (`그래서 정규화란 무엇인가?`) is no part of its subject.
  const asked = trimEndWhere(displayTitle(question), (char) => /[\s?？.!]/u.test(char)).trim().replace(/^(?:그래서|그렇다면|그러면|그럼|그리고|또한)\s*,?\s+/u, '');
  for (const { pattern, pair } of ONE_SUBJECT_ASKED) {
    const match = pattern.exec(asked);
    if (!match) continue;
    const subject = match[1]!.trim();
    // The particle is the one the subject takes: `혼란 무엇` has no subject 혼.
    if (pair && /[\uac00-\ud7a3]$/.test(subject) && withParticle(subject, pair) !== subject + match[2]) continue;
    if (asksOfAnother(asked.slice(match[0].length))) return undefined;
    return oneThing(subject);
  }
  // `인덱스의 장단점은?`: an aspect asked of one thing.
  const aspect = /^(.+?)(은|는)$/u.exec(asked);
  if (aspect && withParticle(aspect[1]!, '은/는') === asked) {
    const owner = aspectOwner(aspect[1]!);
    if (owner !== aspect[1]) return oneThing(owner);
  }
  return undefined;
}

/**
 * The rest of a question asking what a second thing is (`스택은 무엇이고 큐는 무엇인가요?`): it is about
 * two things, and an aspect under it (`차이점`, `장점`) is of neither alone. An aspect asked so (`…이고
 * 장점은 무엇인가요?`) is still the first thing's.
 */
function asksOfAnother(rest: string): boolean {
  for (const match of rest.matchAll(/(?:^|\s)(\S+?)(은|는|이란|란)\s+(?:무엇|뭔|뭐|어떤)/gu)) {
    const [, word, particle] = match;
    const pair: ParticlePair = particle === '은' || particle === '는' ? '은/는' : '이란/란';
    if (withParticle(word!, pair) === word! + particle && !isAspectTitle(word!)) return true;
  }
  return false;
}

/** A subject that names one thing: short, no second thing (`A와 B`, `A, B`, `A 및 B`, `A vs B`), nothing asked. */
function oneThing(subject: string): string | undefined {
  const words = subject.split(/\s+/u);
  if (words.length > 4 || NOT_A_SUBJECT.test(subject) || isStatement(subject)) return undefined;
  if (/[,/·]|\s(?:및|또는|혹은|그리고|vs\.?|VS\.?)\s/u.test(subject)) return undefined;
  const joinsTwo = words.slice(0, -1).some((word) => /[와과]$/u.test(word) && withParticle(word.slice(0, -1), '와/과') === word);
  return joinsTwo ? undefined : subject;
}

export function endsWithQuestionMark(text: string): boolean {
  return /[?？]$/.test(cleanTitle(text));
}

/** The bold or italic marks around a sentence (`**왜일까?**`). */
const isEmphasisMark = (char: string) => char === '*' || char === '_';

/** `꼬리 질문`, `추가 질문`, `Follow-up`: the label of a question that follows up the one above it. */
const FOLLOW_UP = '(?:꼬리\\s*질문|추가\\s*질문|후속\\s*질문|심화\\s*질문|follow[-\\s]?up(?:\\s+questions?)?)\\s*\\d{0,3}';
/** `Q.`, `Q1.`, `**Q.**`, `문제 1.`, `질문 3:`, `꼬리 질문:`: a question follows. */
const QUESTION_PREFIX = new RegExp(`^(?:\\*\\*|__)?(?:Q\\s*\\d{0,3}|(?:문제|질문)\\s*\\d{1,3}|${FOLLOW_UP})\\s*[.:)](?:\\*\\*|__)?\\s*`, 'iu');
const FOLLOW_UP_LABEL = new RegExp(`^(?:\\*\\*|__)?${FOLLOW_UP}\\s*[.:)]`, 'iu');
/** `A.`, `A1.`, `**A.**`, `답 :`, `정답:`: the answer follows. */
// Bold only around the label: `**정답 : (B)**`, a whole line in bold, is an answer line kept as written.
const ANSWER_PREFIX = /^(?:\*\*(?:A\s*\d{0,3}|정?답)\s*[.:)]\*\*|__(?:A\s*\d{0,3}|정?답)\s*[.:)]__|(?:A\s*\d{0,3}|정?답)\s*[.:)])\s*/i;

/**
 * `Q.`, `Q1.`, `Q)` before a heading's or a `<summary>`'s text (`## Q. 프로세스와 스레드의 차이는?`), as
 * interview notes label questions, and a follow-up's label (`꼬리 질문: …`, `Follow-up: …`).
 */
const HEADING_QUESTION_LABEL = new RegExp(`^(?:Q\\s*\\d{0,3}|${FOLLOW_UP})\\s*[.:)]\\s*(?=\\S)`, 'iu');

/**
 * The question of a heading labelled `Q.` (`Q. 프로세스와 스레드의 차이는?` → `프로세스와 스레드의 차이는?`), or
 * undefined for any other heading. The label marks a question, as `Q.` does before a paragraph: a card
 * needs no more of it, and a context made of it would repeat it before every term under it.
 */
export function labelledHeadingQuestion(title: string): string | undefined {
  const match = HEADING_QUESTION_LABEL.exec(title);
  return match ? title.slice(match[0].length) : undefined;
}

export function questionPrefixLength(line: string): number | undefined {
  const match = QUESTION_PREFIX.exec(line);
  return match && match[0].length < line.trim().length ? match[0].length : undefined;
}

/**
 * `Q.` always leads a question; `문제 1.`, `질문 1:` also number sections (`**문제1. 응시자는 …합니다.**`),
 * so they lead one only where it asks (ends in `?`, `…까`, `…시오`) or an answer follows.
 */
export function isNumberedLabel(line: string): boolean {
  return /^(?:\*\*|__)?(?:문제|질문)/.test(line) || isFollowUpLabelled(line);
}

/**
 * `꼬리 질문: …`, `Follow-up: …`: a question asked after the one above it. (A follow-up is labelled as
 * `문제 1.` is, so it leads a question only where it asks or an answer follows: see isNumberedLabel.)
 */
export function isFollowUpLabelled(line: string): boolean {
  return FOLLOW_UP_LABEL.test(line);
}

/** Words that point back at what was said before (`그렇다면`, `그 단점`, `이때`, `왜 그런가요`). */
const REFERS_BACK = /(?:^|\s)(?:그렇다면|그러면|그럼|그래서|그|이|저|그것|이것|그런|이런|그렇게|이렇게|이때|그때|해당|이를|그를|이는|그건|이건)(?=[\s,?？]|$)|(?:^|\s)그(?:것|런|렇)/u;

/** A question that refers back to the one before it (`그렇다면 그 단점은?`): it needs that one to be understood. */
export function refersBack(question: string): boolean {
  return REFERS_BACK.test(question);
}

/**
 * A question of a few words for an aspect of nothing it names (`단점은 없을까?`, `장점은?`, `특징이 무엇인가요?`):
 * it asks of the title above it, as a follow-up that refers back does, and needs that title to be
 * understood. Not one where the aspect is the object of another verb (`단점을 보았을 때 어떤 상황에서
 * 정규화를 해야 하는가?`), which names its subject further on.
 */
export function asksAspectOfNothing(question: string): boolean {
  const words = displayTitle(question).trim().split(/\s+/u);
  if (words.length > 3 || !asks(question)) return false;
  const first = words[0]!.replace(/[?？]+$/u, '');
  const aspect = first.slice(0, -1); // 은, 는, 이 and 가 are one syllable each
  return aspect !== '' && isAspectTitle(aspect) && (['은/는', '이/가'] as const).some((pair) => withParticle(aspect, pair) === first);
}

export function asks(text: string): boolean {
  return /(?:[?？]|까\.?|시오\.?|나요\.?|가요\.?|세요\.?)$/.test(trimEndWhere(text, (char) => /[*_\s]/.test(char)));
}

/**
 * The first lines of a list's items where every one asks, two or more (`1. 데드락이 뭔가요?`, `2. 은행원 알고리즘을
 * 설명해보세요.`): questions to practise, each a card where the note answers it under the item, a line of the
 * section where it does not, as an unanswered `Q.` is.
 */
export function isQuestionList(firstLines: readonly string[]): boolean {
  return firstLines.length >= 2 && firstLines.every((line) => ASKS_TO_ANSWER.test(trimEndWhere(line, (char) => /[*_\s]/.test(char))));
}

/**
 * A line asking, or asking to explain (`…설명해보세요.`, `…말해 주세요`, `…서술하시오`); not one telling what to
 * do (`설치하세요.`), which `asks` takes as well: a list of steps is no list of questions.
 */
const ASKS_TO_ANSWER = /(?:[?？]|까|나요|가요|(?:설명|말|서술|비교|얘기|이야기)\s?(?:해\s?(?:보|주)(?:세요|십시오)|하(?:세요|시오)))\.?$/u;

/**
 * A back of one short sentence that only asks, with a question word or after `그렇다면`
 * (`그렇다면 DBMS는 인덱스를 어떻게 관리하는가`, `트랜잭션은 어떤 성질을 가질까?`): the lead-in of a section
 * whose sub-headings answer it, which says nothing by itself. A sentence before the question (`…B+트리로
 * 관리한다. 해시는 언제 쓸까?`), an answer hedged as one (`확장이 쉽기 때문이 아닐까?`) and the noun 인가
 * (`인증이 아니라 인가`) say something: their card is kept.
 */
export function isLeadInQuestion(back: string): boolean {
  const sentence = trimWhere(back, isEmphasisMark).trim();
  if (sentence.includes('\n') || [...sentence].length > LEAD_IN_MAX || /[.!?？！。]\s/.test(sentence)) return false;
  return /(?:[?？]|까\.?|[\uac00-\ud7a3][는인한된]가\.?)$/.test(sentence) && LEAD_IN_ASKING.test(sentence);
}

/** Longest lead-in: a short sentence, no paragraph. */
const LEAD_IN_MAX = 80;
/** What a lead-in asks with: a question word, or `그렇다면` turning to what follows. */
const LEAD_IN_ASKING = /(?:^|\s)(?:그렇다면|그러면|그럼|왜(?!곡|냐)|어떻게|어떤|어떠한|어느|무엇|무슨|뭐|언제|어디|누가|누구|몇|얼마)/;

/**
 * A lead-in that asks which things there are (`트랜잭션은 어떤 성질을 가질까?`, `어떤 종류가 있을까?`,
 * `무엇이 있을까?`, `몇 가지가 있을까?`): the names of the parts under it answer it. One asking how or
 * why (`어떻게 관리하는가`, `왜 생길까?`) is answered by names only where the parts are headings (see
 * asksHowOrWhy); one asking for a difference or a meaning (`어떤 차이가 있을까?`) by what the parts say.
 */
export function asksWhichThereAre(question: string): boolean {
  return isLeadInQuestion(question) && ASKS_WHICH.test(trimWhere(question, isEmphasisMark));
}

/**
 * A lead-in that asks why, how, when or where (`교착 상태는 왜 생길까?`, `그렇다면 인덱스는 어떻게 관리하는가`):
 * the headings written right under it answer it, each a cause, a way or a case, and their names are
 * its answer as the kinds' are one asking which there are (see asksWhichThereAre). Not one asking for
 * a difference (`어떻게 다를까?`) or a meaning (`왜 그런 이름일까?`): the names alone do not answer that.
 */
export function asksHowOrWhy(question: string): boolean {
  const sentence = trimWhere(question, isEmphasisMark);
  return isLeadInQuestion(question) && ASKS_HOW_OR_WHY.test(sentence) && !ASKS_DIFFERENCE_OR_MEANING.test(sentence);
}

/**
 * A title asking why (`왜 로드 밸런서를 쓸까?`, `Why use ELB?`, `인덱스를 쓰는 이유는?`), or naming what it
 * asks for without a question mark (`ELB를 사용하는 이유`, `사용 이유`, `필요성`, `목적`, `도입 배경`, `Why
 * ELB`): what is under it are reasons (`- managed LB`, `- 부하 분산`), which answer it together and name
 * nothing to ask about alone.
 */
export function asksWhy(title: string): boolean {
  const sentence = trimEndWhere(title, (char) => /[?？.\s]/.test(char));
  return /^why\b/iu.test(sentence) || /(?:^|\s)왜(?!곡|냐)/u.test(sentence) || NAMES_REASONS.test(sentence);
}

/**
 * A title naming purposes as its topic (`정보보안의 목적`), asking nothing outright: its items with their own
 * definitions (`- 기밀성 : …`) are terms to learn, as under any topic. Not reasons (`캐시를 사용하는 이유`
 * over `- 응답 속도 : 메모리가 빠르다`): a reason's label is no term its description defines.
 */
export function namesPurposesWithoutAsking(title: string): boolean {
  const sentence = trimEndWhere(title, (char) => /[.\s]/.test(char));
  return !/[?？]$/u.test(sentence) && /(?:^|\s)목적$/u.test(sentence);
}

/**
 * A last word naming reasons or purposes, with a particle if asked (`…이유는`, `필요성`, `목적`, `등장 배경`).
 * Not a bare `배경`: `메모리 관리 배경` sets out what one needs to know first, terms of their own.
 */
const NAMES_REASONS = /(?:^|\s)(?:이유|필요성|목적|(?:도입|등장|개발)\s*배경)(?:은|는|가|이)?$/u;

const ASKS_HOW_OR_WHY = /(?:^|\s)(?:왜(?!곡|냐)|어떻게|언제|어디|(?:어떤|어떠한|무슨)\s+이유)/u;
const ASKS_DIFFERENCE_OR_MEANING = /차이|다르|다를|달라|다른가|비교|의미|뜻|이름/u;

/** A lead-in question as a front asks it: `_그렇다면 트랜잭션은 어떤 성질을 가질까_` → `트랜잭션은 어떤 성질을 가질까?`. */
export function askedLeadIn(question: string): string {
  const sentence = trimWhere(question, isEmphasisMark).trim().replace(/^(?:그렇다면|그러면|그럼)\s*,?\s*/u, '').replace(/\.$/u, '');
  return /[?？]$/u.test(sentence) ? sentence : `${sentence}?`;
}

/** `어떤 성질을`, `어떠한 특성을`, `어떤 것들이`, `무슨 문제가`; `무엇이 있`, `몇 가지`. */
const ASKS_WHICH = /(?:^|\s)(?:어떤|어떠한|무슨)\s+(?!(?:차이|의미|뜻|이유)(?:점)?(?:이|가|을|를)\s)[\p{L}\p{N}]+?(?:이|가|을|를)\s|(?:^|\s)몇\s*(?:가지|개|종류)|(?:^|\s)(?:무엇|뭐)(?:이|가|들이)?\s*있/u;

/**
 * A sentence that only says the parts follow (`인덱스의 종류는 다음과 같다.`, `다음과 같은 종류가 있다`,
 * `아래와 같습니다:`, `다음의 네 가지 특성을 만족한다.`): it says nothing the parts below do not. Not
 * `다음과 같이` before what a picture shows, nor `…된 다음의 상태` (after). Its number (`문제3. 출제
 * 영역은 다음과 같습니다.`, `2) …`) only labels it: the period after it ends no sentence.
 */
export function isAnnouncement(line: string): boolean {
  const sentence = announcementSentence(line);
  if ([...sentence].length > LEAD_IN_MAX || /[.!?？！。]\s/.test(sentence)) return false;
  return ANNOUNCES.test(sentence) && /(?:다|요)[.:]?$|:$/.test(sentence);
}

/**
 * A line that says what follows, at the end of an explanation over its sub-titles: an announcement
 * (see isAnnouncement), or a label ending in a colon (`시험 영역:`, `**구성 요소 :**`), which leads into
 * what is under it as one does.
 */
export function leadsIntoWhatFollows(line: string): boolean {
  if (isAnnouncement(line)) return true;
  const label = trimWhere(line, isEmphasisMark).trim();
  return /\S\s*[:：]$/u.test(label) && [...label].length <= LEAD_IN_MAX;
}

/**
 * A sentence saying how many kinds of a thing there are (`스케줄러에도 크게 **세 가지 종류가** 존재한다.`,
 * `두 가지 방식이 있다`): the number it announces. The note names them after it, as sub-titles (see
 * nameAnnouncedSubTitles), or does not.
 */
export function announcedCount(line: string): number | undefined {
  const sentence = line.replace(/[*_]/gu, '').trim();
  if ([...sentence].length > LEAD_IN_MAX || /[.!?？！。]\s/u.test(sentence)) return undefined;
  const count = /(?:^|\s)(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|\d+)\s*(?:가지|개)의?\s*(?:종류|유형|방식|방법)?(?:가|이)\s+(?:존재|있)(?:한다|합니다|다|습니다)\.?$/u.exec(sentence)?.[1];
  if (count === undefined) return undefined;
  return /^\d+$/u.test(count) ? Number(count) : COUNT_WORDS.indexOf(count) + 1;
}

const COUNT_WORDS: readonly string[] = ['한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'];

/**
 * What an announcement says its parts are, where it names an aspect (`뷰의 장점은 다음과 같다.` → `뷰의 장점`,
 * `종류는 아래와 같습니다` → `종류`): the question the names under it answer. Undefined for one naming
 * no aspect (`트랜잭션은 다음과 같다`).
 */
export function announcedAspect(line: string): string | undefined {
  const subject = announcedSubject(line);
  return subject !== undefined && (isAspectTitle(subject) || endsInAspect(subject) || asksForItsParts(subject)) ? subject : undefined;
}

/**
 * What an announcement labelled as a question says follows (`**문제2. 출제 영역과 비율은 다음과
 * 같습니다.**` → `출제 영역과 비율`): the author set it as a question, so the names under it answer
 * it whatever it names. Undefined for an announcement with no such label (see announcedAspect).
 */
export function askedAnnouncement(line: string): string | undefined {
  return isNumberedLabel(line) && !isFollowUpLabelled(line) ? announcedSubject(line) : undefined;
}

/** The subject of an announcement `X은 다음과 같다` (`뷰의 장점은 다음과 같다.` → `뷰의 장점`). */
function announcedSubject(line: string): string | undefined {
  if (!isAnnouncement(line)) return undefined;
  const sentence = announcementSentence(line);
  const match = /^(.+?)(은|는|이|가)\s+(?:다음|아래)(?:과|와)\s*같(?:다|습니다|아요|음)[.:]?$/u.exec(sentence);
  if (!match) return undefined;
  const subject = match[1]!.trim();
  return withParticle(subject, match[2] === '은' || match[2] === '는' ? '은/는' : '이/가') === subject + match[2] ? subject : undefined;
}

/** The sentence of a line, without its emphasis nor its number (`문제3. `, `Q2. `, `3) `, `② `), which only labels it. */
function announcementSentence(line: string): string {
  return trimWhere(line, isEmphasisMark).trim().replace(/^(?:(?:\p{L}{1,4}\s?)?\d+[.)]\s+|[①-⑳]\s*)/u, '');
}

const ANNOUNCES =
  /(?:다음|아래)(?:과|와)\s*같(?:다|습니다|아요|음)|(?:다음|아래)(?:과|와)\s*같은\s+\S+?(?:이|가|들이)\s*있|(?:다음|아래)(?:과|와)\s*같이\s*(?:나뉜|나뉩|나눌|나누|분류|구분)|(?:다음|아래)의\s+(?:\S+\s+){0,3}(?:\d+|두|세|네|다섯|여섯|일곱)\s*(?:가지|개)/u;

/**
 * An intro of nothing but a lead-in question (see isLeadInQuestion), an announcement (see
 * isAnnouncement), or the one after the other, one to a line: what it leads into is what its parts say.
 */
export function onlyLeadsIn(intro: string): boolean {
  const lines = intro.split(/\n+/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0 || lines.length > 2) return false;
  const questions = lines.filter(isLeadInQuestion).length;
  const announcements = lines.filter(isAnnouncement).length;
  return questions <= 1 && announcements <= 1 && questions + announcements === lines.length;
}

/**
 * A back of one remark in italics (`_스케줄링 대상은 Ready Queue에 있는 프로세스들이다._`): an aside the
 * author set apart, which answers nothing its title asks. Not bold (`**…**`), which is a label or a point.
 */
export function onlyAnAside(back: string): boolean {
  return /^(?:_(?!_)[^_\n]+(?<!_)_|\*(?![*\s])[^*\n]+(?<![*\s])\*)$/u.test(back.trim());
}

/** A line that is only a question's label (`질문 1:`), the question on the lines after it. */
export function isQuestionLabel(line: string): boolean {
  const match = QUESTION_PREFIX.exec(line);
  return match !== null && match[0].length >= line.trim().length;
}

export function answerPrefixLength(line: string): number | undefined {
  return ANSWER_PREFIX.exec(line)?.[0].length;
}

/** A choice of a multiple-choice question: `A. …`, `**B. …**`, `(C) …`, `③ …`; not `e.g. …`. */
const CHOICE = /^[*_\s]*(?:\(([A-Ea-e])\)|([A-Ea-e])[.)]|([①-⑤]))\s+\S/;
/** Exam questions run long (a scenario, then what is asked): 562 characters in one note of the corpus. */
export const QUESTION_MAX = 1000;

/** Which choice a line is (0 for `A.`, `(a)` or `①`), or undefined for a line that is not one. */
export function choiceIndex(text: string): number | undefined {
  const match = CHOICE.exec(text);
  if (!match) return undefined;
  const letter = match[1] ?? match[2];
  return letter !== undefined ? letter.toUpperCase().charCodeAt(0) - 65 : match[3]!.charCodeAt(0) - 0x2460;
}

/** Lines (or paragraphs) that are the choices A, B, C… in order, two at least. */
export function areChoices(texts: readonly string[]): boolean {
  const indexes = texts.map(choiceIndex).filter((index): index is number => index !== undefined);
  return indexes.length >= 2 && indexes.every((index, n) => index === n);
}

/**
 * The question of a numbered multiple-choice item, when its text asks: it ends in `?`, or in `…고르시오.`
 * as exam papers write it. `…? (Select TWO.)`: a note after the question does not make it less one.
 */
export function choiceQuestion(text: string): string | undefined {
  const question = cleanTitle(text);
  return /([?？]|시오\.?|세요\.?)(\s*\([^()]*\))?$/.test(question) && [...question].length <= QUESTION_MAX ? question : undefined;
}

/** A numbered choice: `1. …`, `1) …`, `(1) …`, `① …` (a circled number needs no space after it). */
const NUMBERED_CHOICE = /^[*_\s]*(?:\((\d{1,2})\)\s*|(\d{1,2})[.)]\s+|([①-⑳])\s*)(?=\S)/;

/** A numbered choice's number (1 for `1.`, `(1)` or `①`) and its text, or undefined for a line that is not one. */
export function numberedChoice(line: string): { number: number; text: string } | undefined {
  const match = NUMBERED_CHOICE.exec(line);
  if (!match) return undefined;
  const digits = match[1] ?? match[2];
  return { number: digits !== undefined ? Number(digits) : match[3]!.charCodeAt(0) - 0x2460 + 1, text: line.slice(match[0].length) };
}

/** The label of an answer line: `A1.`, `A:`, `정답 :`, `정답은`, `답:`, `Answer:`, bold or in code or not. */
const ANSWER_LABEL = /^[*_`\s]*(?:A\s*\d{0,3}\s*[.:)]|(?:정답|답)(?:은|\s*[.:)]|\s)|answer\s*[.:)])[*_`\s]*/i;
/** One choice named by its number: `2`, `2번`, `(2)`, `②`. */
const CHOICE_NAMED = String.raw`(?:\(?\d{1,2}\)?(?:\s*번)?|[①-⑳])`;
/** Between choices an answer names: `2, 3`, `2와 3`, `B and D`; nothing before a circled one (`①③`). */
const BETWEEN_NAMED = String.raw`(?:\s*[,/&]\s*|\s+(?:및|and)\s+|\s*(?:와|과)\s*|\s*(?=[①-⑳]))`;
/** The choices an answer names, `2번`, `(2)`, `②`, `2, 3` or `①③`, and what follows them. */
const NAMED_CHOICES = new RegExp(String.raw`^(${CHOICE_NAMED}(?:${BETWEEN_NAMED}${CHOICE_NAMED})*)(.*)$`, 'i');
/** After a number, what makes it a count, a step, a range or a sum rather than a choice (`3가지`, `1 → 2 → 3`, `1번부터`). */
const NOT_A_CHOICE_AFTER = /^\s*(?:→|->|=>|~|<|>|\+|-\s*\d|\*|×|\.\d|\d|째|가지|개|단계|계층|차|회|명|초|분|시간|%|배|층|부터|까지|에서|bit|byte)/i;

/** A line that gives the answer (`A1. 2번`, `정답 : ②`, `**정답 : (2)**`, `답 NLB`). */
export function isAnswerLine(line: string): boolean {
  return ANSWER_LABEL.test(line);
}

/**
 * The choices an answer line names (`A1. 2번`, `정답 : 2`, `답: ②`, `**정답 : (2)**`, `답: 2, 3`, `답: ①③`,
 * `Answer: 1 and 3`), as indexes into `choices` (their text without the number): by their numbers, or
 * one by its text whole (`정답: NLB`). A bare number is one only alone or before punctuation (`2. NLB`,
 * `2 (NLB)`): `A. 3 way handshake` says something else. `namesOnly`: the answer is its numbers and
 * nothing more, so the back shows the named choices' text (see NamedChoices).
 */
export function namedChoices(line: string, choices: readonly string[]): NamedChoices | undefined {
  const answer = answerText(line);
  if (answer === undefined) return undefined;
  const named = NAMED_CHOICES.exec(answer);
  if (named && !NOT_A_CHOICE_AFTER.test(named[2]!)) {
    const marked = /번|[()①-⑳]/.test(named[1]!);
    const numbers = [...named[1]!.matchAll(/\d{1,2}|[①-⑳]/g)].map(([mark]) => (/\d/.test(mark) ? Number(mark) : mark.charCodeAt(0) - 0x2460 + 1));
    const alone = marked || /^\s*(?:$|[.):\-–—(\[,])/.test(named[2]!);
    if (alone && numbers.every((number) => number >= 1 && number <= choices.length)) {
      return { indexes: numbers.map((number) => number - 1), namesOnly: NOTHING_MORE.test(named[2]!) };
    }
  }
  return namedByText(answer, choices);
}

export function answerNamesChoice(line: string, choices: readonly string[]): boolean {
  return namedChoices(line, choices) !== undefined;
}

/** Which choices an answer line names, 0 for the first, in the order it names them. */
export interface NamedChoices {
  indexes: number[];
  /** The answer is only their marks (`정답: B`, `답: ①③`), not their text: the back shows it under the line. */
  namesOnly: boolean;
}

/** After the marks an answer names, nothing but a closing stop or bracket. */
const NOTHING_MORE = /^[\s.)。]*$/;

/** An answer line's answer: after its label (`정답 :`, `**A.**`), without markup; undefined for no answer line. */
function answerText(line: string): string | undefined {
  const label = ANSWER_LABEL.exec(line);
  return label ? line.slice(label[0].length).replace(/[*_`]+/g, '').trim() : undefined;
}

/** The one choice an answer writes out whole (`정답: NLB`), which the back then needs not repeat. */
function namedByText(answer: string, choices: readonly string[]): NamedChoices | undefined {
  const plain = (text: string) => cleanTitle(text).replace(/[.。]$/, '').toLowerCase();
  const index = answer === '' ? -1 : choices.findIndex((choice) => plain(choice) === plain(answer));
  return index < 0 ? undefined : { indexes: [index], namesOnly: false };
}

/** A question that asks to choose: `…고르시오`, `다음 중 …?`, `옳은 것은?`, `해당하지 않는 것은?`. */
const ASKS_TO_CHOOSE =
  /고르(?:시오|세요|십시오|라|면)|골라|선택하(?:시오|세요|십시오)|(?:다음|보기|아래)\s*중|(?:옳은|옳지\s*않은|틀린|맞는|맞지\s*않는|올바른|올바르지\s*않은|알맞은|알맞지\s*않은|적절한|적절하지\s*않은|아닌|해당하는|해당하지\s*않는|거리가\s*먼|관계\s*없는|관계가\s*없는)\s*것/;

/** An exam's note of how many to choose: `(2개 선택)`, `두 개를 고르시오`, `Choose two.`, `(Select TWO.)`. */
const CHOOSE_HOW_MANY = /(?:\d|두|세|네)\s*개\s*(?:를\s*)?(?:선택|고르)|\b(?:choose|select)\s+(?:two|three|four|\d)\b/i;

export function asksToChoose(question: string): boolean {
  return ASKS_TO_CHOOSE.test(question) || CHOOSE_HOW_MANY.test(question);
}

/**
 * Whether numbered lines under a question are its choices rather than its answer: numbered 1, 2, 3…
 * in order, two at least, and an answer line right after them names one (`A1. 2번`, `정답 : ②`), or the
 * question asks to choose (`다음 중 …`, `…고르시오`). A numbered list under `TCP 3-way handshake
 * 과정은?` is what it asks for, and stays the answer.
 */
export function areNumberedChoices(question: string, choices: readonly string[], answerLine: string | undefined): boolean {
  const numbered = choices.map(numberedChoice);
  if (numbered.length < 2 || numbered.some((choice, n) => choice?.number !== n + 1)) return false;
  return (answerLine !== undefined && answerNamesChoice(answerLine, numbered.map((choice) => choice!.text))) || asksToChoose(question);
}

/** One choice named by its letter: `C`, `(C)`, `C번`, `c`, or a circled `③` (see choiceIndex). */
const LETTER_NAMED = String.raw`(?:\(?[A-Ea-e]\)?(?:\s*번)?|[①-⑤])`;
/**
 * The choices an answer names by letter (`C`, `A, C`, `B and D`, `①③`), then nothing, or punctuation
 * or a word not in Latin letters before more (`C 비연결성`, not `CPU`, `A형`).
 */
const LETTERS_NAMED = new RegExp(String.raw`^(${LETTER_NAMED}(?:${BETWEEN_NAMED}${LETTER_NAMED})*)(?=$|\s*[.):\-–—(\[,]|\s+[^\sA-Za-z])(.*)$`);

/**
 * The choices an answer line (`**A.** C`, `정답: C`, `답 (C)`, `Answer: B and D`, `정답 : 비연결성`) names
 * among lettered `choices` (their text without the letter): by their letters, or one by its text whole.
 */
export function namedLetteredChoices(line: string, choices: readonly string[]): NamedChoices | undefined {
  const answer = answerText(line);
  if (answer === undefined) return undefined;
  const named = LETTERS_NAMED.exec(answer);
  if (named) {
    // A letter standing alone, not one of `and`.
    const marks = [...named[1]!.matchAll(/(?<![A-Za-z])[A-Ea-e](?![A-Za-z])|[①-⑤]/g)].map(([mark]) => mark);
    const indexes = marks.map((mark) => (/[①-⑤]/.test(mark) ? mark.charCodeAt(0) - 0x2460 : mark.toUpperCase().charCodeAt(0) - 65));
    if (indexes.every((index) => index < choices.length)) return { indexes, namesOnly: NOTHING_MORE.test(named[2]!) };
    return undefined;
  }
  return namedByText(answer, choices);
}

export function answerNamesLetteredChoice(line: string, choices: readonly string[]): boolean {
  return namedLetteredChoices(line, choices) !== undefined;
}

/**
 * Whether lettered lines under a question (`A. 연결 지향`, `B. 신뢰성 보장`…, in order, two at least)
 * are its choices rather than its answer: the answer line under them names one (`**A.** C`, `정답: C`),
 * or the question asks to choose (`다음 중 …`). Lettered lines under `교착 상태의 조건은?` with no such
 * line are the four conditions it asks for, and stay the answer.
 */
export function areLetteredChoices(question: string, choices: readonly string[], answerLine: string | undefined): boolean {
  if (!areChoices(choices)) return false;
  const texts = choices.map((choice) => choice.replace(CHOICE_MARK, ''));
  return (answerLine !== undefined && answerNamesLetteredChoice(answerLine, texts)) || asksToChoose(question);
}

/**
 * The choices, as written with their marks, that an answer line names by those marks alone (`정답: A, C`
 * under `A. …`, `B. …`; `답: ①③`): the back writes them out. None where it names none, or writes its
 * answer out (`정답: NLB`, `정답: C 비연결성`).
 */
export function choicesNamedByMark(answerLine: string | undefined, choices: readonly string[]): string[] {
  const named = answerLine === undefined ? undefined : namedAmong(answerLine, choices);
  return named?.namesOnly ? [...new Set(named.indexes)].map((index) => choices[index]!) : [];
}

/** An answer line naming one of `choices` (written with their marks), by mark or by its text. */
export function namesAChoice(answerLine: string, choices: readonly string[]): boolean {
  return namedAmong(answerLine, choices) !== undefined;
}

/** The choices an answer line names among `choices`, lettered or numbered, written with their marks. */
function namedAmong(answerLine: string, choices: readonly string[]): NamedChoices | undefined {
  const lettered = areChoices(choices);
  // Bullets (`- SNI`) have no marks to name them by.
  if (!lettered && choices.some((choice) => numberedChoice(choice) === undefined)) return undefined;
  const texts = choices.map((choice) => (lettered ? choice.replace(CHOICE_MARK, '') : (numberedChoice(choice)?.text ?? choice)));
  return lettered ? namedLetteredChoices(answerLine, texts) : namedChoices(answerLine, texts);
}

/** What marks a choice (`A. `, `**(B)** `, `③ `), its text after it. */
const CHOICE_MARK = /^[*_\s]*(?:\([A-Ea-e]\)|[A-Ea-e][.)]|[①-⑤])[*_]*\s+/;

/** Topic and subject particles: the word carrying one ends the subject of a definition sentence. */
const SUBJECT_PARTICLE = /(은|는|이|가|에서는|에서)$/;
const DEFINITION_SENTENCE =
  /^(?<before>.*?)(을|를)\s*(다음과|아래와)\s*같이\s*(정의|설명|요약|정리|표현|규정)/;

export interface DefinitionIntro {
  /** What is defined (`클라우드 컴퓨팅`), when the sentence names it. */
  subject: string | undefined;
}

/**
 * A sentence that introduces a fenced definition: "NIST는 클라우드 컴퓨팅을 다음과 같이 정의하고 있습니다."
 * Only the paragraph's last sentence counts, and it must speak of defining or describing something.
 */
export function definitionIntro(paragraphText: string): DefinitionIntro | undefined {
  const sentences = collapseWhitespace(paragraphText).split(/(?<=[.!?。])\s+/);
  const last = sentences[sentences.length - 1] ?? '';
  const match = DEFINITION_SENTENCE.exec(last);
  if (!match?.groups) {
    return /(다음과|아래와)\s*같이\s*정의|정의는\s*(다음과|아래와)\s*같/.test(last) ? { subject: undefined } : undefined;
  }
  const words = (match.groups.before ?? '').trim().split(' ').filter(Boolean);
  let from = 0;
  for (let i = words.length - 2; i >= 0; i--) {
    if (words[i]!.length > 1 && SUBJECT_PARTICLE.test(words[i]!)) {
      from = i + 1;
      break;
    }
  }
  const subject = words.slice(Math.max(from, words.length - 4)).join(' ');
  return { subject: subject.length > 0 ? cleanTitle(subject) : undefined };
}
