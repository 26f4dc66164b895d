/**
 * Is a line a name or a sentence: a title-like line (isTitleLike) as against prose, a clause, a
 * statement with a subject, a formula or a flow; and a line that names something over the sentence
 * that explains it, not one sentence wrapped in two.
 */
import { remembered } from '../../util/memo.js';
import { codePointLength } from '../../util/text.js';
import { withoutGloss } from '../titles.js';
import { cleanTitle } from './clean.js';
import { endsInRieul, isAdnominal, isObject, isSubject, TOPIC } from './words.js';

/** Sentence endings: a line ending like this is prose, not a title. */
export const SENTENCE_ENDING =
  /(습니다|니다|한다|된다|이다|있다|없다|했다|였다|겠다|하자|해요|에요|예요|어요|아요|네요|지요|였음|했음|됨|함)$/;

/** The longest a title may be, by where it is written: a callout's, a list item's, a term's (see isTitleLike). */
export const CALLOUT_TITLE_MAX = 80;
export const LIST_TITLE_MAX = 40;
export const TERM_MAX = 40;

/**
 * `이름(name) = 다른 이름`: one `=`, a Korean name on its left, up to three words on its right, none a
 * one-letter variable (`운동 제2법칙 F = ma`, `넓이 = 가로 x 세로` are formulas).
 */
function isAlias(title: string): boolean {
  const sides = title.split(/\s=\s/);
  if (sides.length !== 2 || /[+*/×÷<>]/.test(title)) return false;
  const [left, right] = sides as [string, string];
  // A one-letter name on the left is a variable when the right says no Korean name (`비타민 C = 아스코르브산` is a name).
  if (!/[\uac00-\ud7a3]/.test(left) || (/(?:^|[\s(])[A-Za-z]$/.test(left) && !/[\uac00-\ud7a3]/.test(right))) return false;
  const words = right.split(/\s+/);
  return words.length <= 3 && words.every((word) => /^[\p{L}()]+$/u.test(word) && (word.length >= 2 || /[\uac00-\ud7a3]/.test(word)));
}

/** A short line that names something rather than saying something; `maxLength` at most CALLOUT_TITLE_MAX, the longest a title may be. */
export function isTitleLike(text: string, maxLength: number): boolean {
  const length = titleLikeLength(text);
  return length >= 0 && length <= maxLength;
}

/**
 * The length in characters of a line that names something (see isTitleLike) cleaned, or -1 for a line
 * that says something or nothing, or is too long for any title. Remembered apart from the length asked
 * for: the same lines are asked again, at several lengths (the bench's notes: 64% of the calls).
 */
const titleLikeLength = remembered(function titleLikeLength(text: string): number {
  const title = cleanTitle(text);
  const length = codePointLength(title);
  // First, as the cheapest: a paragraph is asked too.
  if (length === 0 || length > CALLOUT_TITLE_MAX) return -1;
  if (!/[\p{L}\p{N}]/u.test(title)) return -1;
  if (/^(ex|예)\s*\)/i.test(title)) return -1; // `Ex ) AWS EC2` is an example line
  if (/^https?:\/\//i.test(title)) return -1;
  // Formulas and two sentences are no names; `들고 기다리기(hold and wait) = 점유대기`, a name given
  // another (one or two words, nothing computed), is.
  if (!bracketsBalance(title) || (/\s=\s/.test(title) && !isAlias(title)) || /\S\.\s+\S/.test(title)) return -1;
  if (/\s(\+|->|→|=>)\s/.test(title)) return -1; // a sum or a flow (`요청 메소드 + 요청 URI`, `클라이언트 -> 서버`), not a name
  if (isDashedFlow(title)) return -1;
  if (/[?？]$/.test(title)) return length;
  if (/[.。!,;…]$/.test(title)) return -1;
  return !SENTENCE_ENDING.test(title) && !isClause(title) ? length : -1;
});

function bracketsBalance(text: string): boolean {
  // By code unit, not character: a bracket is never half of a surrogate pair. (Reading characters made
  // a string of each: a sixth of titleLikeLength's time.)
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === OPENING_PARENTHESIS || code === OPENING_BRACKET || code === OPENING_BRACE) depth++;
    else if ((code === CLOSING_PARENTHESIS || code === CLOSING_BRACKET || code === CLOSING_BRACE) && --depth < 0) return false;
  }
  return depth === 0;
}
const [OPENING_PARENTHESIS, OPENING_BRACKET, OPENING_BRACE, CLOSING_PARENTHESIS, CLOSING_BRACKET, CLOSING_BRACE] = [...'([{)]}'].map((bracket) => bracket.charCodeAt(0));

/**
 * Steps joined by spaced dashes (`식별 - 분석 - 계획수립 - 감시`): a flow, as `A -> B -> C` is, not a term
 * `식별` described by the rest. Two dashes or more between short parts; one dash between a term and its
 * description (`VPC - 가상 네트워크`) is a term still.
 */
export function isDashedFlow(line: string): boolean {
  const steps = cleanTitle(line).split(/[ \u00a0][-–][ \t\u00a0]+/);
  return steps.length >= 3 && steps.every((step) => step !== '' && step.split(/\s+/).length <= 3 && !/[:;.,]/.test(step));
}

/**
 * Steps in their order (`SDLC 선정 -> WBS -> CPM/PERT -> Gantt Chart`, `식별 - 분석 - 계획수립`): three or
 * more short names joined by arrows, or a dashed flow. As a title it is the answer to what its owner's
 * order is, not a question (see askedTitle in front.ts).
 */
export function isSequence(title: string): boolean {
  const steps = cleanTitle(title).split(/\s(?:->|→|=>)\s/u);
  return steps.length >= 3 && steps.every((step) => step.trim() !== '' && step.trim().split(/\s+/u).length <= 3 && !/[:;.,]/u.test(step));
}

/** Verb forms that link clauses (`구성하여`, `생성해주고`, `처리하는`): many of them make a sentence, not a name. */
const CONNECTIVE = /(하여|하고|하며|해주고|해주는|하도록|해서|되어|되고|되며|이며|이고|하는|되는|주는|있는|없는|않는)$/;
/** `…하기 위해 …하기`: what a thing is for, said as a clause that ends in a verb made a noun. */
export const PURPOSE_CLAUSE = /\s(위해|위하여|통해|통하여)\s.*(하기|되기|시키기)$/;

/** English verbs that make words a sentence (`health checks are at TG level`), not a name (`Software as a Service`). */
const ENGLISH_VERB = /^(is|are|was|were|be|been|can|could|will|would|should|must|does|do|did|has|have|had)$/;

/**
 * A clause rather than a name: a definition written without a final verb ("…처리하도록 하는 것"), a
 * subject and an object or a verb ("클라이언트는 SYN 세그먼트를 서버에 보냄", "클라이언트는 FIN 수신하고
 * ACK로 응답"), or an English sentence ("health checks are at TG level").
 */
export const isClause = remembered(function isClause(title: string): boolean {
  const words = title.split(' ');
  const connects = (word: string) => CONNECTIVE.test(word.replace(/,$/, ''));
  if (words.length >= 6 && (words.some(connects) || /(것|수)$/.test(title))) return true;
  if (words.length >= 4 && PURPOSE_CLAUSE.test(title)) return true;
  if (words.length >= 3 && words.some((word) => ENGLISH_VERB.test(word))) return true;
  const topic = words.findIndex((word) => word.length > 1 && TOPIC.test(word));
  return words.length >= 4 && topic >= 0 && words.slice(topic + 1).some((word) => /(을|를)$/.test(word) || connects(word));
});

/**
 * A phrase that ends as a predicate says something of what comes before it (`상태정보 유지 안 함`, `재고
 * 확인 불가능`, `디스패처 필요`): a negation, or a noun such as 필요 or 가능 standing for a verb.
 */
const PREDICATE_ENDING = /\s(?:안\s?함|못\s?함|\S*(?:하지|되지)\s?않음|없음|불?필요|불?가능)$/;

/**
 * A statement with a subject rather than a name (`컴파일러가 변환`, `클라이언트가 서버에게 요청`,
 * `사람은 프로세스가 아님`): nothing to ask "what is" of. A subject inside a describing clause makes a
 * name again: `REST가 필요한 이유`, `데드락이 일어나는 경우`, `트래픽이 많을 때`.
 */
export const isStatement = remembered(function isStatement(title: string): boolean {
  const words = title.split(/\s+/);
  if (words.length < 2) return false;
  if (PREDICATE_ENDING.test(withoutGloss(title))) return true;
  const subject = words.slice(0, -1).findIndex(isSubject);
  if (subject < 0) return false;
  const beforeLast = words[words.length - 2]!;
  return subject === words.length - 2 || !(isAdnominal(beforeLast) || endsInRieul(beforeLast));
});

/**
 * A clause said of the title above it, not a name over what follows: a concession (`수학적 기법이지만 비정형
 * 모델`), or a verb noun right after whom or what it is done to (`2명 이상의 전문가에게 의뢰`, `소스를 변환`).
 * Under its owner it is one more line of the owner's explanation, and so are the aspects written under it;
 * tables written last under it are the owner's (see `tablesUnderClause` in extract/list-items.ts).
 */
export function isClauseOfOwner(title: string): boolean {
  // `클라이언트가 서버에게 요청` says what its subject does: a step, kept as written (see isStatement).
  if (isStatement(title)) return false;
  const words = withoutGloss(title).split(/\s+/);
  if (words.slice(0, -1).some((word) => /[\uac00-\ud7a3]지만,?$/.test(word))) return true;
  if (words.length < 3) return false;
  const [doneTo, verbNoun] = words.slice(-2) as [string, string];
  return /^[\uac00-\ud7a3]{2}$/.test(verbNoun) && (/[\uac00-\ud7a3](에게|에서|으로)$/.test(doneTo) || isObject(doneTo));
}

/**
 * A line that ends as a name does, not where a sentence wrapped: not in a particle, a connective or a
 * describing ending (`연결 지향 프로토콜로서 신뢰성 있는` ⏎ `데이터 전송을 보장한다.` is one sentence).
 */
export function endsAsName(line: string): boolean {
  const title = cleanTitle(line);
  if (/[)\]A-Za-z0-9]$/.test(title)) return true;
  const words = title.split(/\s+/);
  return words.length <= 4 && !isAdnominal(words[words.length - 1]!) && !WRAPPED_ENDING.test(title);
}

/**
 * A list item's first line that names something over a line that explains it (`Version` ⏎ `IP 버전을
 * 나타낸다.`), not one sentence wrapped in two (`운영체제는 대기 상태의 프로세스` ⏎ `중 하나를 골라 …`):
 * the name has no word that ends as a sentence's topic, object or clause does, and the explanation is
 * Korean prose that does not go on from a particle.
 */
export function namesOverSentence(firstLine: string, rest: string): boolean {
  if (!endsAsName(firstLine)) return false;
  const words = cleanTitle(firstLine).split(/\s+/);
  if (words.slice(0, -1).some((word) => word.length > 1 && (SENTENCE_PART.test(word) || TOPIC.test(word)))) return false;
  // A picture under the name explains nothing by itself, whatever its description says.
  const explanation = rest.replace(/!\[\[[^\]\n]*\]\]|!\[[^\]\n]*\]\([^)\n]*\)|<img\s[^>]*>/gi, '').trim();
  return /[\uac00-\ud7a3]/.test(explanation) && /\s/.test(explanation) && !GOES_ON.test(explanation) && !/^https?:\/\//i.test(explanation);
}

/** A word that ends as a sentence's object or clause does (`명령을`, `나누며`); a topic (`운영체제는`) is TOPIC's. */
const SENTENCE_PART = /(을|를|에서|으로|며)$/;
/** A line that goes on from the one above (`중 하나를 …`, `에서는 …`, `로서 …`). */
const GOES_ON = /^((중|에서|에게|으로|로서|로써|로|에)(는|도|만)?|를|을|의|와|과)(\s|$)/;

const WRAPPED_ENDING = /(은|는|이|가|을|를|의|에|에서|에게|로|으로|로서|로써|와|과|도|만|고|며|면|서|게|지|없이|처럼|보다|부터|까지|및|또는|등)$/;
