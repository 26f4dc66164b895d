/**
 * What a term's description is when it does not say what the term is: one value of a kind (`물리 계층 :
 * Bit`), an example, a quantity (`130분`), a setting (`host: localhost`, `Port: 443`), names listed
 * (`LISP, PROLOG`). Such a term is asked as written, or for the value (`Port Unreachable의 Code는?`).
 */
import { displayTitle, isAspectTitle } from '../titles.js';
import { cleanTitle, cleanTitleOnce } from './clean.js';
import { isStatement, isTitleLike, LIST_TITLE_MAX } from './names.js';
import { namesADoing } from './tasks.js';

/**
 * A word ending in a particle that makes a clause of a phrase (`외부에서 기능`, `도메인을 저장보관`), not
 * a name; a phrase ending as a predicate made a noun (`신뢰성 높음`) says a property, not a name either.
 */
const CLAUSE_PARTICLE = /[\uac00-\ud7a3](을|를|에서|에게|으로)\s/;

/**
 * `신뢰성 높음`, `빠름`, `저장됨`: a predicate made a noun ends in the consonant ㅁ. Some names do too
 * (`시스템`): those are then asked "…이란?" as before, which is never wrong, only less exact.
 */
function endsInNominalisedPredicate(name: string): boolean {
  const last = name.charCodeAt(name.length - 1) - 0xac00;
  return last >= 0 && last < 11172 && last % 28 === 16;
}

/**
 * A Korean term whose whole description is a short English name, unit or abbreviation (`물리 계층 :
 * Bit`, `가용 영역 : AZ`, `탄력성 : Elasticity`), or any term whose description only lists names: the
 * term labels a value, and "물리 계층이란?" would not be answered by `Bit`. Such a term is asked as written.
 */
export function labelsAValue(term: string, description: string): boolean {
  const value = valueOf(description);
  // An aspect (`장점 : Caching`) is asked of its owner ("REST의 장점은?"), whatever answers it.
  if (isAspectTitle(displayTitle(term))) return false;
  // An example (`fixed hostname: ex) XXX.elb.amazonaws.com`) shows one, it does not say what the term is.
  if (EXAMPLE_VALUE.test(value)) return true;
  // An English term over a number-like value (`Host Unreachable ; Code 1`, `Port: 443`): a setting, not
  // a definition. An acronym (`IGMP`) is defined by what it stands for, and other short English values
  // (`Lambda: serverless compute`) may well define.
  if (/^[A-Za-z][A-Za-z0-9 ()./-]*$/.test(term) && !/^[A-Z0-9]+$/.test(term) && /^[A-Za-z]*\.?\s?\d[\w./-]*$/.test(value)) return true;
  // A quantity (`시험 시간 : 130분`, `합격 점수 : 1000점 만점에 720점`, `3~5일`, `2024년 3월`, `99.99%`): a
  // value measured, not what the term is; "시험 시간이란?" would not be answered by `130분`.
  if (isQuantity(value)) return true;
  // A configuration key over what is typed into it (`host: localhost`, `user: admin`, `engine: InnoDB`):
  // a setting too. Lower case tells the key from a name (`Lambda: serverless` may define), and so does a
  // common setting's word however written (`Engine: InnoDB`, `Region: ap-northeast-2`); one word of no
  // Hangul tells the value from a definition (`cache: 임시 저장소`, `latency: network delay`).
  if ((SETTING_KEY.test(term) || COMMON_SETTING_KEYS.has(term.toLowerCase())) && SETTING_VALUE.test(value)) return true;
  if (listsNames(description) || listsSettings(value)) return true;
  return namesOneValue(term, description);
}

/**
 * Words naming a field a number fills (`Code 3`, `Port 80`, `ID 7`, `No. 3`): the term over such a value
 * is asked for it. Any other word before a number is a name with its version (`Java 8`, `Windows 10`,
 * `Chrome 120`), and "람다 표현식의 Java는?" would ask nothing.
 */
const NUMBERED_FIELDS: ReadonlySet<string> = new Set(['code', 'type', 'port', 'level', 'layer', 'id', 'no', 'number', 'error', 'status', 'class', 'step', 'phase']);

/**
 * The field a value gives its number by (`Code 3`, `Type 8`, `Port 443`, `Layer 4`): asked for, the term
 * over it is a question ("Port Unreachable의 Code는?"). A name before a number (`TCP 22`, `Java 8`) is
 * not what the number is, and a bare number (`Port: 443`) names nothing to ask for.
 */
export function numberWord(description: string): string | undefined {
  const word = /^([A-Za-z]+)\.?\s+\d[\w./-]*$/.exec(valueOf(description))?.[1];
  return word !== undefined && NUMBERED_FIELDS.has(word.toLowerCase()) ? word : undefined;
}

/** A Korean name over one English name for it of a kind (`물리 계층 : Bit`, `전송 계층 : Segment`). */
export function namesOneValue(term: string, description: string): boolean {
  const value = valueOf(description);
  return /[\uac00-\ud7a3]/.test(term) && !EXAMPLE_VALUE.test(value) && /^[A-Za-z][A-Za-z0-9()./-]*(?:\s+[A-Za-z0-9()./-]+){0,2}$/.test(value);
}

/** `ex)`, `e.g.`, `예:` before a value: an example of what the term names. */
const EXAMPLE_VALUE = /^(ex|e\.g|eg|예|예시)\s*[.):]/i;

/** A number with its unit, or a range of them (`130분`, `65문항`, `3~5일`, `99.99%`, `$150`, `5 GB`). */
const MEASURE = /^[$₩]?\d+(?:[,.]\d+)*(?:\s?(?:%|[A-Za-z]{1,4}|[\uac00-\ud7a3]{1,3}))?(?:\s?[~–-]\s?[$₩]?\d+(?:[,.]\d+)*(?:\s?(?:%|[A-Za-z]{1,4}|[\uac00-\ud7a3]{1,3}))?)?$/;
/** Words that qualify a measure without naming anything (`최대 5개`, `약 10분`, `1000점 만점에 720점`, `3일 이내`). */
const MEASURE_QUALIFIERS: ReadonlySet<string> = new Set(
  '최대 최소 약 총 평균 대략 이상 이하 미만 초과 이내 내외 정도 만점에 만점 중 까지 부터 ~ /'.split(' '),
);

/** A value that is only measures and words qualifying them: a quantity, a date or a range. */
function isQuantity(value: string): boolean {
  if (!/\d/.test(value)) return false; // no number, no measure: most descriptions, told before they are split
  const words = value.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 6) return false;
  // A unit may stand apart from its number (`5 GB`, `10 분`): joined to it, it is read as one measure.
  const measures: string[] = [];
  for (const word of words) {
    const previous = measures[measures.length - 1];
    if (previous !== undefined && /\d$/.test(previous) && MEASURE.test(previous + word) && !MEASURE_QUALIFIERS.has(word)) measures[measures.length - 1] = previous + word;
    else measures.push(word);
  }
  return measures.some((word) => MEASURE.test(word)) && measures.every((word) => MEASURE.test(word) || MEASURE_QUALIFIERS.has(word));
}

/** A configuration key as written in a file or a command line: one lower-case word (`host`, `max_connections`, `server.port`). */
const SETTING_KEY = /^[a-z][a-z0-9_.-]*$/;
/**
 * Words that name a setting wherever one is configured (a database, a server, a cloud resource), and
 * never a product or a concept to define: capitalised (`Engine`, `Host`) they are still keys.
 */
const COMMON_SETTING_KEYS: ReadonlySet<string> = new Set(
  'engine host hostname port region zone type charset encoding collation user username password database schema driver dialect version runtime mode timeout default'.split(' '),
);
/** A setting's value: one word or path, no Hangul (`localhost`, `true`, `utf8mb4`, `InnoDB`, `/var/log`, `ap-northeast-2`). */
const SETTING_VALUE = /^[A-Za-z0-9_./:@~-]+$/;

/** A port pair or an IPv4 address or range (`80/443`, `10.0.0.1`, `0.0.0.0/0`): a setting's value, never a name. */
const SETTING_NUMBER = /(?:^|[^\d.])(?:\d{1,5}\/\d{1,5}|\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?)(?![\d.])/;

/**
 * Values listed, one of them a setting's (`LB SG : HTTP/HTTPS, 80/443, src 0.0.0.0/0`): what to set,
 * not what the term is, so asked as written, and not as the terms beside it are (listsNames).
 */
function listsSettings(value: string): boolean {
  const items = value.split(/\s*,\s*/);
  return items.length >= 2 && !value.includes('\n') && !/[\uac00-\ud7a3]/.test(value) && items.every((item) => item.split(/\s+/).length <= 3) && items.some((item) => SETTING_NUMBER.test(item));
}

function valueOf(description: string): string {
  // Asked of one term's description several times in a row (labelsAValue, listsNames, namesOneValue):
  // the last answer kept is found by identity. A description is seldom asked again after, so not
  // through cleanTitle's store, which looked its fresh text up and filled with it (a twentieth of extraction).
  if (description !== lastValue.description) lastValue = { description, value: cleanTitleOnce(description).replace(/[*_`]/g, '').trim() };
  return lastValue.value;
}
let lastValue = { description: '', value: '' };

/**
 * Names listed (`인공지능 ; LISP, PROLOG`, `IPv4 ; 유니캐스트, 멀티캐스트`): examples or values, no
 * definition. Unlike a single value (`물리 계층 : Bit`), they may still answer "…이란?" where the terms
 * beside them are asked so (`Heap : 동적 할당 영역`, then `Stack : 지역 변수, 매개 변수`).
 */
export function listsNames(description: string): boolean {
  const value = valueOf(description);
  // Asked of every term's description: one without a comma lists nothing, found before splitting it.
  if (!value.includes(',') || EXAMPLE_VALUE.test(value)) return false;
  // Each written as code (`` `Timer Interrupt`, `I/O or Event Done` ``): names, however many words they have.
  const written = cleanTitle(description).trim().split(/\s*,\s*/);
  if (written.length >= 2 && written.every((name) => /^`[^`]+`$/.test(name))) return true;
  const names = value.split(/\s*,\s*/);
  const words = (name: string) => name.replace(/\s*\([^()]*\)/g, '').split(/\s+/).length;
  const isName = (name: string) =>
    words(name) <= 2 && isTitleLike(name, 24) && !/[.。]$/.test(name) && !CLAUSE_PARTICLE.test(name) && !endsInNominalisedPredicate(name) && !SETTING_NUMBER.test(name);
  return names.length >= 2 && !value.includes('\n') && names.every(isName);
}

/** The most names a back of names alone holds (see namesAnswering): more is a list to read, not an answer to recall. */
const NAMES_ANSWER_MAX = 10;
/** The most words one of those names has (`HIPO Hierarchy plus Input Process Output`). */
const NAME_WORDS_MAX = 6;

/**
 * The names a back of nothing but names gives (`- ISO/IEC 9126` then `- ISO/IEC 14598`, `- 정보 공학`, `LISP, PROLOG`,
 * `` `I/O or Event Wait`, `Exit` ``): items of one line each, or one line, each a short name, no sentence
 * nor table. Such names say which things a title covers, not what it is: its card asks which they are
 * (`제품 품질에 해당하는 것은?`, see askedTitle in front.ts), not the label alone, which asks nothing.
 * Undefined for any other back.
 */
export function namesAnswering(back: string): string[] | undefined {
  // Most backs are prose, told by their first line (asked of every card's back, reading all its lines
  // was most of askWhichNamesAnswer's time): a line that is no item names things only alone on its
  // back, and only as several, so with a comma (cleanTitle adds none). Where the back starts with text,
  // that is found before the back is split.
  const firstBreak = back.indexOf('\n');
  if (firstBreak > 0 && !/^\s/u.test(back) && itemText(back.slice(0, firstBreak)) === undefined && /\S/u.test(back.slice(firstBreak))) return undefined;
  const lines = back.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0 || lines.length > NAMES_ANSWER_MAX) return undefined;
  if (itemText(lines[0]!) === undefined && (lines.length > 1 || !lines[0]!.includes(','))) return undefined;
  const items = lines.map(itemText);
  // One line names things only as several (`LISP, PROLOG`): one phrase alone may well define.
  const listed = lines.length === 1 && items[0] === undefined ? cleanTitle(lines[0]!).split(/\s*,\s*/u) : undefined;
  const names = items.every((item) => item !== undefined) ? items : listed !== undefined && listed.length >= 2 ? listed : undefined;
  if (names === undefined || names.length > NAMES_ANSWER_MAX) return undefined;
  const plain = names.map((written) => cleanTitle(written).replace(/`/gu, '').trim());
  // A name with its value (`HTTPS : 443`, `SSH - 22`) or a sentence (`고정 IP를 준다`) is none.
  const isName = (name: string) =>
    name !== '' &&
    !/^[|!<>]/u.test(name) &&
    !/\s[:;=-]\s|:\s|[다.]$/u.test(name) &&
    !CLAUSE_PARTICLE.test(name) &&
    name.split(/\s+/u).length <= NAME_WORDS_MAX &&
    isTitleLike(name, LIST_TITLE_MAX) &&
    !isStatement(name);
  return plain.every(isName) ? plain : undefined;
}

/** The text of a list item's line (`- ISO/IEC 9126`, `1. 정보 공학`), or undefined for a line that is no item. */
function itemText(line: string): string | undefined {
  return /^(?:[-*+]|\d+[.)])\s+(.*)$/u.exec(line)?.[1];
}

/**
 * Words that make a name describe rather than name (`일관된 프로세스`, `공식적인 검토회의`, `논리적 작업 단위`,
 * `생명 전반에 걸친 생명주기`, `프로세스의 우선순위`, `생산자와 소비자`, `문장사용 그리고 자료참조`): a modifier made
 * of a verb or an adjective, of `…적` (`목적`, of two syllables, is a noun), a possessive, a conjunction. The
 * name's gloss in brackets is not read.
 */
const DESCRIBING_WORD = /^(?:[\uac00-\ud7a3]*(?:된|한|친|진|른|운|던|적인|[는은의와과에])|[\uac00-\ud7a3]{2,}적|그리고|및)$/u;

/**
 * Verb nouns a name ends in to say what the title does or brings about (`중복 제거`, `트래픽 분산`, `장애 감지`,
 * `정보 은닉`), besides those of a step or an end (see namesADoing: `검색 속도 향상`, `이상 현상 방지`).
 */
const EFFECT_NOUNS: ReadonlySet<string> = new Set('제거 분산 감지 탐지 검출 은닉 보장 유지 차단 방어 절감 확보 보호 묶음 격리 통제 완화 해소'.split(' '));

/**
 * A title naming a process, an activity or ways to an end (`조직 프로세스`, `품질 보증 활동`, `교착 상태
 * 대책`): what it covers are doings (`프로세스 정의, 심사, 개선`; `예방, 회피, 탐지`), which name its members as
 * well as any noun does.
 */
const NAMES_DOINGS = /(?:프로세스|활동|업무|절차|과정|작업|대책|방안|방법|기법|전략|해결책)$/u;

/**
 * Names that are names alone, each a thing's, not a phrase that says what the title is (see
 * DESCRIBING_WORD), what it does (`정규화 ; 중복 제거, 이상 현상 방지`, see EFFECT_NOUNS), a quantity
 * (`50KDSI`, `5만 라인 이하`) nor a formula's letter (`M`): under a title asked "…이란?" (`인수시험 ; 알파 시험,
 * 베타 시험`), they are which things it covers, not what it is.
 */
export function namesWithoutDescribing(names: readonly string[], title: string): boolean {
  const coversDoings = NAMES_DOINGS.test(title.replace(/\s*\([^()]*\)/gu, '').trim());
  return names.every((name) => {
    const bare = name.replace(/\s*\([^()]*\)/gu, '').trim();
    const words = bare.split(/\s+/u);
    const saysWhatItDoes = !coversDoings && (EFFECT_NOUNS.has(words.at(-1)!) || namesADoing(bare));
    return bare !== '' && !/\d/u.test(bare) && !/^[A-Za-z]$/u.test(bare) && !words.slice(0, -1).some((word) => DESCRIBING_WORD.test(word)) && !saysWhatItDoes;
  });
}

/**
 * Names each ending in a word of the title (`알파 시험`, `베타 시험` under `인수시험`; `즉시 갱신 회복` under
 * `로그 회복 기법`; `관리적 요소` under `비용 요소`), or any under a title naming a class (see namesAClass):
 * kinds of what it names, asked `…의 종류는?`.
 */
export function namesKindsOf(title: string, names: readonly string[]): boolean {
  // One name alone is a member, not yet a list of kinds (`자동 검사 도구` over `CASE`).
  // Not where the names are aspects of it (`탐색 알고리즘` over `- 시간 복잡도`, `- 공간 복잡도`; `압축 기법` over
  // `- 장점`, `- 단점`): the class's members are named things, its aspects are not members.
  if (names.length >= 2 && namesAClass(title) && !names.some(namesAnAspect)) return true;
  const compact = (text: string) => text.replace(/\s*\([^()]*\)/gu, '').replace(/\s+/gu, '');
  const titleWords = compact(title);
  return names.every((name) => {
    const head = name.replace(/\s*\([^()]*\)/gu, '').trim().split(/\s+/u).at(-1)!;
    return [...head].length >= 2 && head !== compact(name) && titleWords.includes(head);
  });
}

/**
 * Words naming a class of things, whatever its members are called (`유지보수 자동화 도구` over `텍스트 편집기`,
 * `McCall의 sw 품질요인` over `제품 운영`, `4+1뷰` over `논리적 뷰`): the names under it are its kinds. Not
 * `모델`, `구조`, `시스템`, wholes as often as classes (`OSI 7계층 모델` over its layers), nor any other
 * name (`프로세스` over the regions of its memory), which stays asked what it is.
 */
const CLASS_WORDS = /(?:요인|분야|도구|기법|기술|알고리즘|패턴)$|(?:^|[\d+)])뷰$/u;

/** An aspect's label (`장점`, `원리`, see isAspectTitle), or a measure or caution of a thing (`시간 복잡도`, `주의사항`). */
function namesAnAspect(name: string): boolean {
  return isAspectTitle(name) || /(?:복잡도|주의\s*사항)$/u.test(name);
}

/** A title whose last word, without its gloss, names a class of things (see CLASS_WORDS): `뷰` alone or after a number (`4+1뷰`), not in `리뷰`, `인터뷰`. */
function namesAClass(title: string): boolean {
  const last = title.replace(/\s*\([^()]*\)/gu, '').trim().split(/\s+/u).at(-1) ?? '';
  return CLASS_WORDS.test(last);
}

/**
 * Names some of which the title is made of (`개체-관계 모델` over `개체`, `속성`, `관계`): parts of that whole,
 * asked `…의 구성 요소는?`. All of them said there would be the answer on the front (see mayAskWhichNamesAnswer).
 */
export function namesPartsOfTitle(title: string, names: readonly string[]): boolean {
  const words = title.split(/[\s\-–/·,&]+|(?=\()|\)/u).map((word) => word.replace(/[()]/gu, '')).filter((word) => word !== '');
  return names.some((name) => words.includes(name.replace(/\s*\([^()]*\)/gu, '').trim()));
}
