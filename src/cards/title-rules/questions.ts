/**
 * What asks, and about what: a line that asks (asks), a list of questions to practise, a title asking
 * why, a question that refers back or asks of the title above it, and the one thing a question asks
 * about (questionSubject). The labels that mark questions and answers (`Q.`, `A.`) are in
 * question-labels.ts, lead-in questions over what follows in lead-ins.ts.
 */
import { remembered } from '../../util/memo.js';
import { trimEndWhere } from '../../util/text.js';
import { type ParticlePair, withParticle } from '../particles.js';
import { displayTitle, isAspectTitle } from '../titles.js';
import { aspectOwner } from './aspects.js';
import { cleanTitle } from './clean.js';
import { isStatement } from './names.js';

/** A line that asks: it ends in a question mark or a question's ending (`…까`, `…나요`, `…시오`, `…세요`). */
export const asks = remembered(function asks(text: string): boolean {
  return /(?:[?？]|까\.?|시오\.?|나요\.?|가요\.?|세요\.?)$/.test(trimEndWhere(text, (char) => /[*_\s]/.test(char)));
});

export function endsWithQuestionMark(text: string): boolean {
  return /[?？]$/.test(cleanTitle(text));
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

/** Exam questions run long (a scenario, then what is asked): 562 characters in one note of the corpus. */
export const QUESTION_MAX = 1000;
