/**
 * Lines that only lead into what follows: a lead-in question (`그렇다면 인덱스는 어떻게 관리하는가`), an
 * announcement (`인덱스의 종류는 다음과 같다.`, `두 가지 방식이 있다`), a label ending in a colon, a sentence
 * introducing a definition (`NIST는 … 다음과 같이 정의하고 있습니다.`); what each says the parts under it
 * answer. Also a back of one aside in italics, which answers nothing either.
 */
import { collapseWhitespace, trimWhere } from '../../util/text.js';
import { withParticle } from '../particles.js';
import { isAspectTitle } from '../titles.js';
import { asksForItsParts, endsInAspect } from './aspects.js';
import { cleanTitle } from './clean.js';
import { isFollowUpLabelled, isNumberedLabel } from './question-labels.js';

/** The bold or italic marks around a sentence (`**왜일까?**`). */
const isEmphasisMark = (char: string) => char === '*' || char === '_';

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
 * An announcement after a clause of its own (`힙은 완전 이진 트리이며, 다음과 같은 종류가 있다.`, `빠르지만 다음과
 * 같은 단점이 있다`): the clause says something of its topic, which no part under it says, so the line is no
 * mere lead-in and its card is kept. A conjunction before it (`하지만, 다음과 같다`) is no clause.
 */
export function saysSomethingBeforeAnnouncing(line: string): boolean {
  if (!isAnnouncement(line)) return false;
  const sentence = announcementSentence(line);
  const before = sentence.slice(0, ANNOUNCES.exec(sentence)!.index).trim();
  // The clause's last word, then at most two words (`크게`, `힙에는`) before the announcement.
  return before !== '' && before.split(/\s+/).slice(-3).some((word) => CONNECTIVE.test(word) && !CONJUNCTION.test(word));
}

/** A word ending a clause that goes on (`…이며,`, `빠르지만`, `…인데`, `…하므로`; `…하고,`, `…해서,` only before a comma, as `고` and `서` end many a word). */
const CONNECTIVE = /[\uac00-\ud7a3](?:며|지만|는데|은데|인데|므로|으니),?$|[\uac00-\ud7a3](?:고|서),$/u;
/** A conjunction, which says nothing by itself. */
const CONJUNCTION = /^(?:하지만|그렇지만|그런데|그러나|그러므로|그러니|그리고|그래서|그러면서|그러며),?$/u;

/**
 * An announcement that says kinds follow (`다음과 같은 종류가 있다`, `유형은 아래와 같다`, `크게 다음과 같이
 * 나뉜다`): the sub-headings right under it are those kinds, as sub-titles set apart are (see
 * nameAnnouncedSubTitles).
 */
export function announcesKinds(line: string): boolean {
  const sentence = announcementSentence(line);
  return isAnnouncement(line) && (KINDS_ANNOUNCED.test(sentence) || /(?:다음|아래)(?:과|와)\s*같이\s*(?:나뉜|나뉩|나눌|나누|분류|구분)/u.test(sentence));
}

const KINDS_ANNOUNCED = /(?:종류|유형|분류|방식|방법|기법|단계)(?:들)?(?:이|가|은|는|으로|로)?\s+(?:크게\s+)?(?:다음|아래)|(?:다음|아래)(?:과|와)\s*같은\s+(?:(?:\d+|두|세|네|다섯)\s*가지\s+)?(?:종류|유형|분류|방식|방법|기법|단계)/u;

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
 * isAnnouncement) with no clause of its own before it (see saysSomethingBeforeAnnouncing), or the one
 * after the other, one to a line: what it leads into is what its parts say.
 */
export function onlyLeadsIn(intro: string): boolean {
  const lines = intro.split(/\n+/).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0 || lines.length > 2) return false;
  const questions = lines.filter(isLeadInQuestion).length;
  const announcements = lines.filter((line) => isAnnouncement(line) && !saysSomethingBeforeAnnouncing(line)).length;
  return questions <= 1 && announcements <= 1 && questions + announcements === lines.length;
}

/** The text of a back that is one line in italics (`_…_`, `*…*`), or undefined. Not bold (`**…**`), a label or a point. */
function italicLine(back: string): string | undefined {
  const match = /^(?:_(?!_)([^_\n]+)(?<!_)_|\*(?![*\s])([^*\n]+)(?<![*\s])\*)$/u.exec(back.trim());
  return match ? (match[1] ?? match[2])!.trim() : undefined;
}

/** How a remark about the note begins (`cf)`, `참고:`, `Note:`, `TODO`), not a word of the topic. */
const NOTE_REMARK = /^(?:cf\b|참고|주의|note\b|todo\b|출처)/iu;

/**
 * A back of one remark in italics about the note, not its topic (`_cf) 자세한 건 다음 글에서_`, `_참고:
 * [스케줄링 정리](…)_`): an aside the author set apart, which answers nothing its title asks. An italic
 * sentence of the topic (`_동시에 실행되는 트랜잭션끼리 … 정하는 것이다._`) is how many authors define a
 * section: it answers its title and is no aside.
 */
export function onlyAnAside(back: string): boolean {
  const line = italicLine(back);
  return line !== undefined && (NOTE_REMARK.test(line) || /\]\(|https?:\/\/|<https?:/iu.test(line));
}

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
