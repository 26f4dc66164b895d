/**
 * Titles that name an aspect of a thing rather than a thing (`HTTPS의 장단점`, `REST 특징`, `사용 방법`):
 * which words name the aspect, whose aspect it is (`HTTPS`), and what it asks for: the names of the
 * parts (`종류`, `OSI 7계층`), what the thing is (`개념`), ranks or kinds. Also numbers that only mean
 * something with the title above them: a count (`3세대`), a level (`Lv1`), a layer (`Layer 4`).
 */
import { remembered } from '../../util/memo.js';
import { trimEndWhere } from '../../util/text.js';
import { ASPECT_LABELS, displayTitle, isAspectTitle, REASON_PHRASES } from '../titles.js';
import { ACTION_NOUNS, isAdnominal, PROCEDURE_VERB_NOUNS } from './words.js';

/** Aspects that are never the name of one thing: `REST 특징` asks for what REST's features are. */
const ALWAYS_ASPECTS: ReadonlySet<string> = new Set(
  '장점 단점 장단점 특징 특성 종류 유형 차이 차이점 이유 경우 필요성 목적 예 예시 사례 문제점 한계 이점 원인 원리 역할 효과 용도 의미 조건 정의 개념 과정 절차 순서 규칙 공통점 같은점 사용법 항목 목록'.split(' '),
);

/**
 * Verb nouns before 방법 (`비용 산정 방법`, `스레드 동기화 방법`, `개발 조직 방법`): the ways of doing that, an
 * aspect asked with 은/는, as `사용 방법` is. After a name (`COCOMO 방법`, `FP 기능점수 방법`) or a describing
 * word (`정형적 방법`), 방법 names one method. Nouns made verbs with 화 (`정규화`) are verb nouns too.
 */
const VERB_NOUNS_BEFORE_METHOD: ReadonlySet<string> = new Set('산정 견적 조직 예측 측정 평가 관리 처리 계산 해결 접근 검증 인증 통제 예방 회피 탐지 회복'.split(' '));

function isVerbNoun(word: string): boolean {
  return VERB_NOUNS_BEFORE_METHOD.has(word) || ACTION_NOUNS.has(word) || PROCEDURE_VERB_NOUNS.has(word) || /^[\uac00-\ud7a3]{2,}화$/u.test(word);
}

/** Words whose last syllable 의 is their own, not the particle: `정의 기능` is a function named so. */
const NOUNS_ENDING_IN_UI: ReadonlySet<string> = new Set('정의 주의 회의 합의 편의 의의 강의 논의 동의 협의 모의 질의 결의 건의'.split(' '));

/**
 * A title of several words that names an aspect of something (`REST가 필요한 이유`, `HTTPS의 장단점`,
 * `REST 특징`, `REST 구성 요소`, `UML 모델 3가지`): asked with 은/는 (`…이유는?`), as one asks for what
 * it holds. An aspect word that can also name one thing (`외부 단계`, `COCOMO 방법`) counts only after
 * 의, a describing clause or a count (`3가지 관점`); 방법 also after a verb noun (`비용 산정 방법`).
 */
export function endsInAspect(title: string): boolean {
  return aspectEnding(title) !== undefined;
}

/** The aspect a title ends in (`상호 배제 조건` → `조건`, `REST 구성 요소` → `구성 요소`), or undefined. */
export const aspectEnding = remembered(function aspectEnding(title: string): string | undefined {
  const words = title.split(/\s+/);
  const count = aspectWords(words);
  return count > 0 ? words.slice(-count).join(' ') : undefined;
});

/** A title ending in a count (`클라이언트-서버 시스템 4계층`, `모델 3가지`) names a group of parts, counted. */
export function endsInCount(title: string): boolean {
  return COUNT_WORD.test(title.split(/\s+/).at(-1)!);
}

/**
 * A count that does not name whose parts it counts: a count alone (`3세대`, `5단계`), one that leads
 * (`2개의 기능 통합`), or one after a word of its own unit (`프로세스 성숙단계 5단계`: stages, five of
 * them). As context it needs the title above it, which names the owner (see contextTitles in front.ts);
 * `OSI 7계층`, `테스트의 원리 5단계` name theirs.
 */
export function countsWithoutOwner(title: string): boolean {
  const words = title.split(/\s+/u);
  if (words.length === 1 && OWNERLESS_COUNT.test(title)) return true;
  if (/^(?:\d+|한|두|세|네|다섯)\s*(?:개|가지)의\s/u.test(title)) return true;
  const unit = COUNT_WORD.exec(words.at(-1)!)?.[2];
  return unit !== undefined && words.length >= 2 && words.at(-2)!.endsWith(unit);
}

/** Words naming a part of some whole, not which whole (`영역`, `단계`): `프로세스 영역` is any model's. */
const PART_OF_SOME_WHOLE = /^(?:영역|단계|종류|구성|구성요소|요소|유형|분류)$/u;

/**
 * A generic label of parts that does not name their owner (`프로세스 영역`, `성숙도 단계`): two words, the
 * last a part of some whole. As context it needs the title above it, as a count without its owner does
 * (see countsWithoutOwner): `SPICE › 프로세스 영역 › 엔지니어링 프로세스란?`. Not one naming its owner
 * (`CPU 스케줄링의 종류`, `SPICE 영역`, a name in capitals).
 */
export function labelsPartsWithoutOwner(title: string): boolean {
  const words = title.split(/\s+/u);
  return words.length === 2 && PART_OF_SOME_WHOLE.test(words[1]!) && /^[\uac00-\ud7a3]+$/u.test(words[0]!) && !words[0]!.endsWith('의');
}

/** Head words of one whole made of parts (`데이터베이스 관리 시스템`, `중앙 처리 장치`, `운영체제`). */
const ONE_WHOLE = /(?:시스템|장치|체제)$/u;

/**
 * A whole (see ONE_WHOLE) placed among the parts of a whole above it, whose title says it is made of them
 * (`## 시스템 구성`) or whose words list it so (`## 데이터베이스 시스템` over `> 사용자, …, 데이터베이스 관리
 * 시스템, …로 구성`): the
 * names under it are its own parts (`질의 처리기`, `저장 데이터 관리자`), asked `…의 구성 요소는?`, not
 * members of a kind. Anything else of parts (`데이터베이스 사용자`, there too) lists kinds as before.
 */
export function namesPartsOfAPart(title: string, ownerTitle: string, ownerBack: string): boolean {
  if (!ONE_WHOLE.test(title)) return false;
  const listsItAsPart = (line: string) => line.includes(title) && /(?:으로|로)\s*구성(?:된|되|한|됨|$|\s|\.)/u.test(line);
  return /구성\s*(?:요소)?$/u.test(ownerTitle) || ownerBack.split('\n').some(listsItAsPart);
}

/**
 * A level of a scale named by its number alone (`Lv1`, `Lv.2`, `Level 3`, `1단계`, `4세대`, `2등급`): no
 * term to ask "…이란?" about, but one step of the scale the title above names (`SPICE`'s and `CMMI`'s
 * levels are both `Lv1`…): asked with that scale (see askedTitle in front.ts).
 */
export function isLevelCode(title: string): boolean {
  return LEVEL_CODE.test(title.trim());
}

const LEVEL_CODE = /^(?:(?:lv|level|레벨)\.?\s?\d+|\d+\s?(?:단계|세대|등급|레벨))$/iu;

/** A count alone, of something the title above has: `3세대`, `5단계`, `두 가지`. */
const OWNERLESS_COUNT = /^(?:\d+|한|두|세|네|다섯)\s*(?:가지|개|단계|계층|원칙|요소|세대)$/u;

/** A layer named by its number: `Layer 4`, `L7`, `Layer 3 (Network Layer)`, `4계층`. */
const LAYER_NUMBER = /^(?:layer\s?\d|L\d|\d\s?계층)(?:\s*\([^()]*\))?$/iu;
/** A title about layers (`OSI 7 Layer`, `TCP/IP 4계층`), whose items a layer's number names. */
const ABOUT_LAYERS = /layer|레이어|계층|OSI|(?:^|\s)L\d/iu;

/**
 * `Layer 4` under `Network Load Balancer`: the layer the thing above works at, a property of it over
 * facts about it, kept as written rather than asked "Layer 4란?". Under a title about layers (`OSI 7
 * Layer`), a layer's number names one of them, a term asked as any other.
 */
export function labelsLayerOf(title: string, above: string): boolean {
  return isLayerNumber(title) && !ABOUT_LAYERS.test(above);
}

export function isLayerNumber(title: string): boolean {
  return LAYER_NUMBER.test(title);
}

/** Two-word aspects, which name no one thing: `동작 방식`, `사용 방법`. */
const PHRASE_ASPECTS: ReadonlySet<string> = new Set(['동작 과정', '동작 원리', '동작 방식', '작동 방식', '작동 원리', '사용 방법', '해결 방법', '구성 요소', '주요 기능', '주의 사항', ...REASON_PHRASES]);
/** A count that ends a title enumerates (`원리 5단계`, `시스템 4계층`, `모델 3가지`). */
const COUNT_WORD = /^(\d+|한|두|세|네|다섯)\s*(가지|개|단계|계층|원칙|요소)$/;
/**
 * Aspects whose answer is the names of the parts (`인덱스의 종류`, `교착 상태 발생 조건`, `개발의 단계`),
 * read as `aspectEnding` reads aspects: `분석 단계` is one step, not the steps.
 */
const PARTS_ASPECTS: ReadonlySet<string> = new Set(['종류', '유형', '분류', '구성 요소', '구성요소', '단계', '조건', '원칙', '항목', '목록']);
/** A question for what there is (`NoSQL에는 무엇이 있나요`, `정렬 알고리즘에는 어떤 것들이 있는가?`). */
const WHAT_THERE_IS = /(?:무엇|뭐|어떤\s*것)(?:이|들이)?\s*있(?:는가|나요|나|을까요?|습니까|는지|어요)?$/u;

/** `text` without the run of `?`, `？` and `.` it ends with, blanks after them included. */
function withoutEndingQuestionMarks(text: string): string {
  const unpadded = trimEndWhere(text, (char) => /\s/u.test(char));
  const asked = trimEndWhere(unpadded, (char) => /[?？.]/u.test(char));
  return asked.length < unpadded.length ? asked : text;
}

/**
 * A title whose answer is the names of its parts, as an exam asks it: kinds, steps or conditions
 * (`샤딩의 종류는?`, `인덱스의 종류`, a bare `종류`), a count of two or more (`OSI 7계층`, `교착 상태의
 * 4가지 조건`), or what there is (`…에는 무엇이 있나요?`). A plain topic (`네트워크`) asks for no list.
 */
export function asksForItsParts(title: string): boolean {
  const asked = withoutEndingQuestionMarks(displayTitle(title)).trim();
  if (WHAT_THERE_IS.test(asked)) return true;
  // `샤딩의 종류는` asks as `샤딩의 종류` does.
  const named = asked.replace(/(?<=\S)(?:은|는)$/u, '');
  const last = named.split(/\s+/).at(-1)!;
  if (COUNT_WORD.test(last) && !/^(?:1|한)\D/u.test(last)) return true;
  if (COUNT_OF_PARTS.test(named)) return true;
  return PARTS_ASPECTS.has(named) || PARTS_ASPECTS.has(aspectEnding(named) ?? '');
}

/** Aspects that ask what a thing is: `유지보수의 개념`, `REST의 정의`, a bare `의미`. */
const WHAT_IT_IS_ASPECTS: ReadonlySet<string> = new Set(['개념', '정의', '의미', '뜻']);

/**
 * A title asking what a thing is, as an aspect of it (`유지보수의 개념`, `REST의 구체적인 개념`, a bare
 * `정의`): what is said of the thing answers it, not the names of the sections under it (see listInto).
 * Not one asking more (`교착상태의 개념과 조건`).
 */
export function asksWhatItIs(title: string): boolean {
  const named = displayTitle(title);
  return WHAT_IT_IS_ASPECTS.has(aspectEnding(named) ?? (isAspectTitle(named) ? named : ''));
}

/**
 * A section naming a thing's definition, alone (`개요`, `사전적 의미`, `REST의 정의`) or first of more
 * (`개념 및 발생 조건`, `정의와 특징`): under a title asking what the thing is, the answer it holds.
 */
export function namesItsDefinition(label: string): boolean {
  return /^(?:\S.*의\s+)?(?:사전적\s*)?(?:개요|개념|정의|의미|뜻)(?:\s*(?:및|과|와|&|,|·|\/)\s*\S.*)?$/u.test(displayTitle(label).trim());
}

/**
 * A count of two or more before what it counts, one or two words (`클라우드 컴퓨팅의 3대 배포 모델`, `두 가지
 * 방식`): the title asks for those. Not a count that ends the title (`서버 3대`: machines).
 */
const COUNT_OF_PARTS = /(?:^|\s)(?:[2-9]|[1-9]\d|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:가지|대)\s+\S+(?:\s+\S+)?$/u;

/**
 * A title over a list of ranks, stages or kinds (`발달 단계`, `프로세스 성숙단계 5단계`, `격리 수준`), or
 * one asking for its parts: among its items an aspect's word (`정의`) may be one of the names.
 */
export function namesRanksOrKinds(title: string): boolean {
  const last = withoutEndingQuestionMarks(displayTitle(title)).trim().split(/\s+/).at(-1)!;
  return asksForItsParts(title) || /(?:단계|종류|유형|분류|수준|레벨|등급|계층)$/u.test(last);
}

/** A count before an aspect word (`3가지 관점`, `5대 구성요소`). */
const COUNT_BEFORE = /^(\d+|한|두|세|네|다섯)\s*(가지|개|대)$/;

/** How many of the title's last words name the aspect (0: none). */
function aspectWords(words: readonly string[]): number {
  if (words.length < 2) return 0;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  if (words.length >= 3 && PHRASE_ASPECTS.has(`${before} ${last}`)) return 2;
  if (COUNT_WORD.test(last)) return 1;
  if (!ASPECT_LABELS.has(last)) return 0;
  if (last === '방법' && isVerbNoun(before)) return 1;
  return ALWAYS_ASPECTS.has(last) || (before.endsWith('의') && !NOUNS_ENDING_IN_UI.has(before)) || isAdnominal(before) || COUNT_BEFORE.test(before) ? 1 : 0;
}

/**
 * What a title that names an aspect is the aspect of: `HTTPS의 장단점` → `HTTPS`, so that its `장점` is
 * asked "HTTPS의 장점은?", not "HTTPS의 장단점의 장점은?". Any other title as it is.
 */
export function aspectOwner(title: string): string {
  const all = title.split(/\s+/);
  const aspect = aspectWords(all);
  if (aspect === 0) return title;
  const words = all.slice(0, -aspect);
  const last = words[words.length - 1]!;
  if (isAdnominal(last)) return title; // `REST가 필요한 이유` is not REST's
  if (COUNT_BEFORE.test(last)) words.pop(); // `시스템의 3가지 관점` → `시스템`
  if (words.length === 0) return title; // `3가지 관점` names no owner
  const owner = words[words.length - 1]!;
  if (owner.length > 1 && owner.endsWith('의') && !NOUNS_ENDING_IN_UI.has(owner)) words[words.length - 1] = owner.slice(0, -1);
  return words.join(' ');
}
