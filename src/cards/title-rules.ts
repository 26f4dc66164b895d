/**
 * Small text rules that decide whether a line is a title, a term, navigation or a reference.
 * Each is a pure function of text so it can be tested on its own; `extract/` applies them to the tree.
 */
import type { Nodes } from 'mdast';
import { mayHoldObsidianMarkup, obsidianMarkupAsText } from '../notes/obsidian-markup.js';
import { collapseWhitespace, stripHtmlComments, trimEndWhere, trimWhere } from '../util/text.js';
import { remembered } from '../util/memo.js';
import { type ParticlePair, withParticle } from './particles.js';
import { ASPECT_LABELS, displayTitle, isAspectTitle, REASON_PHRASES, withoutGloss } from './titles.js';

export { isAspectTitle } from './titles.js';

/** Sentence endings: a line ending like this is prose, not a title. */
const SENTENCE_ENDING =
  /(습니다|니다|한다|된다|이다|있다|없다|했다|였다|겠다|하자|해요|에요|예요|어요|아요|네요|지요|였음|했음|됨|함)$/;

/** Lead-ins that look like `용어 : 설명` but introduce an example or a remark, not a term. */
const NOT_A_TERM = /^(ex|e\.g|eg|예|예시|예를\s*들어|예를들어|참고|참고\s*(사항|자료|링크)|주의|출처|단|즉|중요|해설|결론|핵심|요점|힌트|비고|암기법|암기\s*팁|note|tip|hint|warning|source|reference)$/i;

/** `참고`, `예`, `Note`: a label that introduces an aside or an example, never a concept to ask about. */
export function isNotATerm(title: string): boolean {
  const label = withoutMarks(title).replace(/[:.]$/, '').trim();
  return NOT_A_TERM.test(label) || COUNT_LEAD_IN.test(label) || LISTING_LEAD_IN.test(label);
}

/** `암기법 ; 신사이기 유효`, `참고: …`: a line led by such a label, which is no title either. */
export function startsWithLeadIn(line: string): boolean {
  const label = leadInLabel(cleanTitle(line));
  return label !== undefined && isNotATerm(label);
}

/**
 * What `line` says before its first `:` or `;` with a blank after it, without the blanks before it; undefined
 * where that is nothing or runs over a line break. A scan: `/^(.+?)\s*[:;]\s/` tried a long blank run
 * from each of its blanks.
 */
function leadInLabel(line: string): string | undefined {
  for (let colon = 1; colon < line.length - 1; colon++) {
    if ((line[colon] !== ':' && line[colon] !== ';') || !/\s/.test(line[colon + 1]!)) continue;
    let end = colon;
    while (end > 1 && /\s/.test(line[end - 1]!)) end--;
    const label = line.slice(0, end);
    return /[\n\r\u2028\u2029]/.test(label) ? undefined : label;
  }
  return undefined;
}

/** A name in Latin letters of one to three words (`star`, `Controlled Centralized`), as an alias is written. */
const LATIN_ALIAS = /^[A-Za-z][A-Za-z0-9.\-_/]*(?: [A-Za-z0-9][A-Za-z0-9.\-_/]*){0,2}$/;
const LATIN_ALIAS_MAX = 30;

/**
 * `중앙 집중형 ; star` as a table row's name: ` ; ` is read as in `용어 ; 설명`, what follows saying what
 * the name is; in a name's cell that is another name for it, shown as a gloss (`중앙 집중형 (star)`) so
 * the front asks of the name (`중앙 집중형 (star)이란?`). Only an alias in Latin letters: words after ` ; `
 * in Korean may well be a description, and the name is kept as written. A name glossed already
 * (`에고레스(Egoless) ; mesh`) takes the alias into that gloss (`에고레스(Egoless, mesh)`): a second
 * bracket after the first would read as a remark on it.
 */
export function aliasAsGloss(name: string): string {
  const semicolon = name.indexOf(';');
  if (semicolon < 1 || name.indexOf(';', semicolon + 1) !== -1 || !/\s/.test(name[semicolon + 1] ?? '')) return name;
  const named = name.slice(0, semicolon).trim();
  const alias = name.slice(semicolon + 1).trim();
  if (named === '' || alias.length > LATIN_ALIAS_MAX || !LATIN_ALIAS.test(alias)) return name;
  return withoutGloss(named) !== named ? `${named.slice(0, -1)}, ${alias})` : `${named} (${alias})`;
}

/** `주요 항목들` over a list of them: it says "here they are", and the items belong to the title above it. */
const LISTING_LEAD_IN = /^(주요\s*)?(항목|내용)들$|^주요\s*(항목|내용)$|^항목\s*(목록|리스트)$/;

export function isListingLeadIn(title: string): boolean {
  return LISTING_LEAD_IN.test(withoutMarks(title).replace(/[:.]$/, '').trim());
}

/** `크게 2가지 : A, B`, `세 가지` : how many, leading in a list, not a concept (`UML 모델 3가지` names one). */
const COUNT_LEAD_IN = /^((크게|총|모두|주로)\s*)?(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(가지|개|종류)$/;

/** A label without the emoji or marks before it: `💡 답변` → `답변`. */
function withoutMarks(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, '');
}

/**
 * The parts of an interview answer template (`### 질문?` then `> 배경 & 질문 의도`, `> 답변`,
 * `> 키워드 & 꼬리 질문`): labels of the question's own answer, not concepts of their own.
 */
const ANSWER_TEMPLATE_LABEL = /^((배경|의도)\s*(&|및|와|,|\/)?\s*)?(질문\s*)?의도$|^(모범\s*)?(답변|답안|정답)$|^(핵심\s*)?키워드(\s*(&|및|와|,|\/)\s*꼬리\s*질문)?$|^꼬리\s*질문$/;

export function isAnswerTemplateLabel(title: string): boolean {
  return ANSWER_TEMPLATE_LABEL.test(withoutMarks(title).trim());
}

/** The template's label of the answer itself (`> 답변`, `> 모범 답안`), as against the question's intent or follow-ups. */
export function isAnswerLabel(title: string): boolean {
  return /^(모범\s*)?(답변|답안|정답)$/.test(withoutMarks(title).trim());
}

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
  return LAYER_NUMBER.test(title) && !ABOUT_LAYERS.test(above);
}

/**
 * Whether two titles name one term, the one as written or as either half of the other's name and gloss:
 * `Verification` and `검증` both name `검증(Verification)`.
 */
export function nameOneTerm(one: string, other: string): boolean {
  const halves = (title: string) => {
    const name = withoutGloss(title);
    return name === title ? [title] : [title, name, title.slice(title.lastIndexOf('(') + 1, -1).trim()];
  };
  const [shorter, longer] = one.length <= other.length ? [one, other] : [other, one];
  return halves(longer).includes(shorter);
}

/** A table's top-left cell that says its columns are the things compared (`| 구분 | TCP | UDP |`). */
export function isComparisonCorner(title: string): boolean {
  return /^(구분|비교|비교\s*항목|항목|기준|비교\s*기준|)$/.test(title.trim());
}

/**
 * A table row's first cell that names an entry (`FCFS`, `S3 Standard-IA`, `폭포수`), not a step, a
 * date or a layer number (`1단계`, `3월 2일`, `L4`), which says nothing without the rest of the row.
 */
export function namesEntry(title: string): boolean {
  return isTitleLike(title, LIST_TITLE_MAX) && !/^\d/.test(title) && /\p{L}{2}/u.test(title);
}

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

/** A word that ends a clause describing the next one (`필요한`, `일어나는`, `구체적인`), where the next is a noun it modifies. */
const ADNOMINAL_ENDING = /[\uac00-\ud7a3](는|은|운|른|린|큰|한|된|될|할|던|인)$|^(큰|긴|센|싼|먼|된|될|할)$/;
/** Nouns that end as a describing word does (`로그인 방식`, `권한 종류`). */
const NOUNS_ENDING_AS_ADNOMINAL: ReadonlySet<string> = new Set(
  '로그인 도메인 원인 확인 개인 승인 요인 엔진 머신 체인 플러그인 디자인 라인 온라인 오프라인 파이프라인 권한 제한 기한 무한 역할 행운 기운 세운 다운 토큰 스크린 코틀린 베를린 어른 그린 클린'.split(' '),
);

function isAdnominal(word: string): boolean {
  return ADNOMINAL_ENDING.test(word) && !NOUNS_ENDING_AS_ADNOMINAL.has(word);
}

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
export function aspectEnding(title: string): string | undefined {
  const words = title.split(/\s+/);
  const count = aspectWords(words);
  return count > 0 ? words.slice(-count).join(' ') : undefined;
}

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

export const CALLOUT_TITLE_MAX = 80;
export const LIST_TITLE_MAX = 40;
export const TERM_MAX = 40;

/** HTML tags notes use in titles; `Optional<T>` and `ArrayList<E>` are not tags and stay. */
const HTML_TAG = /<\/?(a|abbr|b|big|br|center|code|del|div|em|font|h[1-6]|i|img|ins|kbd|mark|p|s|small|span|strike|strong|sub|sup|u)(?=[\s/>])[^>]*>/gi;

/**
 * Stands in for a `<` that a note wrote as text (`&lt;p&gt;`) or code (`` `<div>` ``) while cleanTitle
 * removes HTML tags: `<div>` there is the thing the title names, not markup. From the private use area,
 * which no note's text holds.
 */
const TEXT_ANGLE = '\uE000';
const TEXT_ANGLES = /\uE000/g;
/**
 * Stand in for `[` and `=` in code (`` `[[nodiscard]]` ``, `` `a ==b== c` ``) while cleanTitle reads
 * wikilinks and highlights: code keeps them as written, in a title as in a back.
 */
const CODE_BRACKET = '\uE001';
const CODE_EQUALS = '\uE002';
const CODE_MARKS = /[\uE001\uE002]/g;

/**
 * The text of a title's Markdown, for cleanTitle: as mdast-util-to-string gives it, but a `<` in text
 * or code is kept from being taken for a tag. Raw HTML stays, for cleanTitle to remove.
 */
export function titleText(node: Nodes): string {
  if (node.type === 'text') return node.value.replaceAll('<', TEXT_ANGLE);
  if (node.type === 'inlineCode') {
    const code = node.value.replaceAll('<', TEXT_ANGLE);
    return mayHoldObsidianMarkup(code) ? code.replaceAll('[', CODE_BRACKET).replaceAll('=', CODE_EQUALS) : code;
  }
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (node.type === 'break') return '\n'; // a hard line break ends a line as a soft one does
  if ('children' in node) {
    const children = node.children as Nodes[];
    let text = '';
    for (const child of children) text += child.type === 'html' && namesTag(child.value, children) ? child.value.replaceAll('<', TEXT_ANGLE) : titleText(child);
    return text;
  }
  return 'value' in node ? node.value : '';
}

/** Elements that are never closed: `<br>` and `<img>` in a title are markup however they stand. */
const VOID_ELEMENTS = /^(br|img|hr|wbr|input|meta|link|source)$/i;

/**
 * An opening tag that nothing closes (`## <div>와 <span>의 차이`): the title names the element, it
 * does not mark text up, as `<b>굵은</b>` does.
 */
function namesTag(html: string, siblings: readonly Nodes[]): boolean {
  const open = /^<([a-z][a-z0-9]*)(\s[^<>]*)?>$/i.exec(html);
  if (!open || VOID_ELEMENTS.test(open[1]!)) return false;
  const closing = new RegExp(`^</${open[1]}\\s*>$`, 'i');
  return !siblings.some((node) => node.type === 'html' && closing.test(node.value));
}

/** Clean a title for display: no HTML, comments, emoji shortcodes or trailing colon; white space collapsed. */
const ASIDE_PREFIX = /^(참고|주의|cf\.?)\s*[-–—:)]\s+(?=\S)/i;

/**
 * Marks before a title that only lay the note out: a toggle's triangle (`▶ 보안 그룹`, as Notion exports
 * toggles) and importance stars (`★★ S3 Standard-IA`). The card asks about what follows them.
 */
const LAYOUT_MARKS = /^(?:[▶►▸▷▹▼▽➤]|[★☆]+)\s+(?=\S)/u;

export const cleanTitle = remembered(function cleanTitle(text: string): string {
  const withoutMarkup = obsidianMarkupAsText(stripHtmlComments(text))
    .replace(HTML_TAG, '')
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .replace(TEXT_ANGLES, '<')
    .replace(CODE_MARKS, (mark) => (mark === CODE_BRACKET ? '[' : '='));
  // `참고 - 포트 상태 정보` is a remark about what follows the dash, which is the title.
  const title = collapseWhitespace(withoutMarkup).replace(LAYOUT_MARKS, '').replace(ASIDE_PREFIX, '');
  // Tested by hand first: the pattern alone is tried at every position of a long paragraph's text.
  return title.endsWith(':') || title.endsWith('：') ? title.replace(/\s*[:：]$/, '') : title;
});

/** A heading of nothing once markup is removed: `## `, `## <br>`, or emphasis of spaces (`## **  **`). */
export function isBlankTitle(title: string): boolean {
  return title.replace(/[*_~`\s]/g, '') === '';
}

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

/**
 * A title without the number that labels it (`1. 일관성`, `영역 1. 안정적인 네트워크 설계`): that number is
 * no sentence's end, and the rest is what must read as a title (see isTitleLike).
 */
export function withoutLabelNumber(title: string): string {
  return title.replace(/^(?:\p{L}{1,4}\s*)?\d+[.)]\s+(?=\S)/u, '');
}

/** A short line that names something rather than saying something. */
export function isTitleLike(text: string, maxLength: number): boolean {
  const title = cleanTitle(text);
  if (title.length === 0 || [...title].length > maxLength) return false;
  if (!/[\p{L}\p{N}]/u.test(title)) return false;
  if (/^(ex|예)\s*\)/i.test(title)) return false; // `Ex ) AWS EC2` is an example line
  if (/^https?:\/\//i.test(title)) return false;
  // Formulas and two sentences are no names; `들고 기다리기(hold and wait) = 점유대기`, a name given
  // another (one or two words, nothing computed), is.
  if (!bracketsBalance(title) || (/\s=\s/.test(title) && !isAlias(title)) || /\S\.\s+\S/.test(title)) return false;
  if (/\s(\+|->|→|=>)\s/.test(title)) return false; // a sum or a flow (`요청 메소드 + 요청 URI`, `클라이언트 -> 서버`), not a name
  if (isDashedFlow(title)) return false;
  if (/[?？]$/.test(title)) return true;
  if (/[.。!,;…]$/.test(title)) return false;
  return !SENTENCE_ENDING.test(title) && !isClause(title);
}

function bracketsBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char) && --depth < 0) return false;
  }
  return depth === 0;
}

/** Verb forms that link clauses (`구성하여`, `생성해주고`, `처리하는`): many of them make a sentence, not a name. */
const CONNECTIVE = /(하여|하고|하며|해주고|해주는|하도록|해서|되어|되고|되며|이며|이고|하는|되는|주는|있는|없는|않는)$/;
/** `…하기 위해 …하기`: what a thing is for, said as a clause that ends in a verb made a noun. */
const PURPOSE_CLAUSE = /\s(위해|위하여|통해|통하여)\s.*(하기|되기|시키기)$/;
/** A topic (`클라이언트는`) that is not an adnominal verb or adjective form (`이용하는`, `같은`). */
const TOPIC = /(?<!(하|되|있|없|않|지|주|같|많|작|높|낮|좋|적|넓|짧|깊))(은|는)$/;

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

/** Nouns whose last syllable 이 or 가 is their own, though it is the one a subject would take (`길이 제한`). */
const NOUNS_ENDING_AS_SUBJECT: ReadonlySet<string> = new Set('길이 높이 깊이 넓이 놀이 먹이 같이 많이 물가 대가 시가 주가 정가 단가 원가 평가'.split(' '));

/** A subject: a word and the 이 or 가 its last sound takes (`컴파일러가`, `JVM이`, `데드락이`). */
function isSubject(word: string): boolean {
  const match = /^(.*[\p{L}\p{N}])(이|가)$/u.exec(word);
  if (!match || NOUNS_ENDING_AS_SUBJECT.has(word)) return false;
  const stem = match[1]!;
  if (/[\uac00-\ud7a3]$/.test(stem) && stem.length < 2 && !/[A-Za-z0-9]/.test(stem)) return false; // `나이`, `아이`
  return withParticle(stem, '이/가') === word;
}

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
 * A verb made a noun with 기 (`Thread-safe하게 구현하기`, `인스턴스 생성하기`, `VPC 만들기`) after other words
 * says what to do. A stem of two syllables or more: `더하기`, `곱하기` are the names of operations.
 */
const DOING_ENDING = /(?:[\uac00-\ud7a3]{2,}(?:하기|되기|시키기)|만들기)$/;

/**
 * A phrase of four words or more that names something to do (`적절한 데이터 보안 옵션 선택`, `처리 비용
 * 감소 및 응답 시간 단축`): a task or a step, kept as written, where 이란 would ask for the definition of
 * an action. Fewer words (`형상 식별`, `도메인 주도 설계`) are the name of one. A phrase ending in a
 * verb made a noun with 기 is a task whatever its length, and so is a verb noun right after its object
 * (`변경을 수용`, `요청을 전달`): a name takes no 을/를 inside it.
 */
/**
 * A task named with how it is done (`AWS 서비스를 사용하여 결합 해제 메커니즘 설계`, `워크로드를 위한 탄력적이고
 * 확장 가능한 컴퓨팅 솔루션 식별`): its connectives make it read as a clause, but it ends as a task's name, as
 * its siblings in an exam guide's list do. Not with a topic (`하이픈은 … 사용`) or a purpose (`…위해 …하기`).
 */
export function isNamedTask(title: string): boolean {
  const words = title.split(' ');
  return (
    isActionPhrase(title) &&
    !SENTENCE_ENDING.test(title) &&
    !PURPOSE_CLAUSE.test(title) &&
    !words.some((word) => word.length > 1 && TOPIC.test(word)) &&
    !/[.。!,;…?？]$/u.test(title)
  );
}

/**
 * A line saying a task, written as a phrase (`요구 사항에 따라 적절한 서브넷 구성을 선택`) or politely in full
 * (`…연결하는 방식을 결정합니다.`), as exam guides and to-do lists list them (see isActionPhrase).
 */
export function saysATask(line: string): boolean {
  return isActionPhrase(line.replace(/\s*(?:합니다|하십시오)\.?$/u, ''));
}

export function isActionPhrase(title: string): boolean {
  const name = withoutGloss(title);
  const words = name.split(/\s+/);
  if (words.length >= 2 && DOING_ENDING.test(words[words.length - 1]!)) return true;
  if (words.length >= 2 && isObject(words[words.length - 2]!) && /^[\uac00-\ud7a3]{2,}$/.test(words[words.length - 1]!)) return true;
  // Four words or more, not counting bracketed asides and 및: `도메인 주도 설계`, `요구 사항 분석` and
  // `검증(Verification) 및 확인(Validation)` name methods and concepts.
  const counted = words.filter((word) => word !== '및' && !/^\(.*\)$/.test(word));
  return counted.length >= 4 && ACTION_NOUNS.has(words[words.length - 1]!) && !endsInAspect(name);
}

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

/** English verbs that lead what to do (`increase instance size`, `handle failures`) in English bullet lists. */
const ENGLISH_ACTION_VERB =
  /^(increase|decrease|reduce|improve|use|support|enable|disable|allow|provide|handle|manage|create|deploy|add|remove|delete|run|send|receive|store|connect|forward|route|scale|launch|attach|expose|spread|protect|prevent|avoid|choose|select|configure|define|keep|make|get|set|check|monitor|distribute|encrypt|replicate|restore|upload|download|install|update|upgrade)$/i;
/** Prepositions and conjunctions that lead a condition (`with Cross-Zone`, `for LB HTTPS listener`, `when idle`). */
const ENGLISH_CONDITION = /^(with|without|for|in|on|by|via|per|at|from|to|into|over|under|after|before|during|when|if|while|through|across|within|unless)$/i;

/**
 * An English phrase that says what to do (`increase instance size`), under which condition (`with
 * Cross-Zone`, `for LB HTTPS listener`) or how a thing is made (`integrated with AWS services`): no
 * name, so 이란 after it asks nothing; it is kept as written, as a Korean action phrase is.
 */
export function isEnglishActionOrCondition(title: string): boolean {
  if (/[\uac00-\ud7a3]/.test(title)) return false;
  const words = title.split(/\s+/);
  if (words.length < 2) return false;
  const [first, second] = words as [string, string];
  // `on demand self service`, `in memory cache`: a preposition that makes an adjective of the next word.
  if (/^(on|in)\s(demand|premises?|memory|place|line)\b/i.test(title)) return false;
  // A name's head noun ends it (`for loop`, `set theory`, `use case diagram`, `update anomaly`), after a
  // preposition or one of the verbs that begin names; after another verb it is what is acted on
  // (`attach policy`, `deploy model`).
  if (ENGLISH_TERM_HEAD.test(words[words.length - 1]!) && (ENGLISH_CONDITION.test(first) || NAME_VERB.test(first))) return false;
  // Capitalised, a verb is a name's first word (`Launch Configuration`, `Route Table`); lowercase, it
  // leads an action (`increase instance size`, `create table`).
  const leadsAction = /^[a-z]/.test(first) && ENGLISH_ACTION_VERB.test(first);
  // `routing tables to different TG`: an action's -ing form, its object, then where it goes, says what is
  // done; `routing table` alone names a thing.
  const doing = /^[a-z]/.test(first) && isActionGerund(first) && words.slice(2).some((word) => ENGLISH_CONDITION.test(word));
  return leadsAction || doing || ENGLISH_CONDITION.test(first) || (/[a-z]ed$/.test(first) && ENGLISH_CONDITION.test(second));
}

/** `routing`, `sending`, `running`: the -ing form of an action verb (`route`, `send`, `run`). */
function isActionGerund(word: string): boolean {
  const stem = /^(.+)ing$/i.exec(word)?.[1];
  if (stem === undefined) return false;
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].some((verb) => ENGLISH_ACTION_VERB.test(verb));
}

/** Verbs that begin names as well as actions (`set theory`, `run queue`, `use case`, `update anomaly`). */
const NAME_VERB = /^(set|run|use|update|insert|delete|select)$/i;

/**
 * Nouns that end names led by a verb or a preposition (`for loop`, `set theory`, `use case diagram`),
 * singular only: plural, they are what an action acts on (`delete files`, `handle edge cases`), and
 * nouns as often an action's object (`create table`, `delete file`) are not among them.
 */
const ENGLISH_TERM_HEAD = /^(loop|statement|theory|diagram|anomaly|queue|pattern|model|principle|problem|algorithm|protocol|policy|case|buffer|clause)$/i;

const ACTION_NOUNS: ReadonlySet<string> = new Set(
  '감소 단축 선택 생성 식별 설계 사용 활용 적용 결정 구현 배포 설정 확인 개선 향상 증가 제공 지원 수행 추가 삭제 변경 수정 작성 실행 연결 등록 구축 분석 파악 전송'.split(' '),
);

/** An object: a word and the 을 or 를 its last sound takes (`변경을`, `요청을`, `API를`); `마을` is a noun. */
function isObject(word: string): boolean {
  const match = /^(.*[\p{L}\p{N}])(을|를)$/u.exec(word);
  return match !== null && withParticle(match[1]!, '을/를') === word;
}

/**
 * Verb nouns that make a title a procedure (`AS 생성`, `VPC 설정`): the numbered items under it are its
 * steps. Not 설계, 분석 or 구현, whose numbered items are as often the principles of a discipline.
 */
const PROCEDURE_VERB_NOUNS: ReadonlySet<string> = new Set('생성 설정 설치 등록 연결 배포 실행 작성 추가 삭제 변경 수정 적용 구축 교체 복구'.split(' '));

/**
 * A title that names a procedure (`AS 생성`, `인스턴스 설정 방법`, `배포 과정`, `DB 만들기`): its numbered
 * items are steps, kept as written; 이란 would ask for a step's definition (`생성이란?`). `동기화 방법`
 * names ways, each a name (`실행 순서의 동기화란?`): 방법 is a procedure's only after one of its verbs.
 */
export function isProcedureTitle(title: string): boolean {
  const words = withoutGloss(title).split(/\s+/);
  const last = words[words.length - 1]!;
  if (/(?:과정|절차|순서)$/.test(last) || DOING_ENDING.test(last)) return true;
  const named = last === '방법' ? words.slice(0, -1) : words;
  return named.length >= 2 && PROCEDURE_VERB_NOUNS.has(named[named.length - 1]!);
}

/** Words that say a section is hands-on work (`CLB 실습`, `VPC 따라하기`, `테스트 1 : 접속`, `Lab 2`). */
const PRACTICE = /실습|따라\s?하기|(?:^|\s)테스트\s*\d+|(?:^|\s)(?:lab|hands-on)(?:\s|\d|$)/iu;

export function isPracticeTitle(title: string): boolean {
  return PRACTICE.test(title);
}

/**
 * A title of hands-on work: a lab (`Classic Load Balancer (CLB) 실습`, `테스트 1 : 접속`) or a task set up
 * in a console (`VPC 만들기`, `AS 생성`). Screenshots under it show a console, nothing to recall. A
 * process (`… 과정`, `… 순서`) is not one: its diagram explains how a thing works.
 */
export function isHandsOnTitle(title: string): boolean {
  if (isPracticeTitle(title)) return true;
  return isProcedureTitle(title) && !/(?:과정|절차|순서)$/.test(withoutGloss(title));
}

/**
 * A step's title: it ends in a verb noun or a verb made a noun (`리전 선택`, `키 페어 생성`,
 * `보안 그룹 추가하기`, `생성`). `서브넷 : VPC 안의 IP 범위` under `VPC 설정` is a term defined, not a step.
 */
export function endsInVerbNoun(title: string): boolean {
  const last = withoutGloss(title).split(/\s+/).at(-1)!;
  return ACTION_NOUNS.has(last) || PROCEDURE_VERB_NOUNS.has(last) || DOING_ENDING.test(last);
}

/**
 * A name short enough to be one thing set up (`서브넷`, `라우팅 테이블`, `Auto Scaling Group`), not a step
 * (`리전 선택`, `생성`) nor a phrase of what happens (`웹 서버와 TCP 연결 시도`).
 */
export function isShortName(title: string): boolean {
  const words = withoutGloss(title).split(/\s+/);
  return words.length <= 3 && !endsInVerbNoun(title) && !/[?？]$/.test(title);
}

/**
 * A line that says what a thing is (`VPC 안의 IP 주소 범위`, `…를 말한다`, `IP range of a VPC`), not
 * what to do (`확인 버튼을 누른다`, `기본 VPC 선택`, `click Create`): under a step's name it explains a
 * part set up, not the step.
 */
export function saysWhatItIs(line: string): boolean {
  const text = trimEndWhere(line, (char) => /[.!。]/u.test(char)).trim();
  if (text === '') return false;
  // A value set in a console (`my-vpc`, `10.0.0.0/16`, `Amazon Linux 2`, `8GB gp2`) names no kind of
  // thing: English describes in words, one of them lower-case (`IP range of a VPC`).
  if (!/[\uac00-\ud7a3]/.test(text)) return !isEnglishActionOrCondition(text) && /\s/.test(text) && /(?:^|\s)[a-z]{2,}(?=\s|$)/.test(text);
  if (/(?:이다|입니다|이며|이고|(?:을|를)\s*(?:말한다|뜻한다|의미한다|가리킨다))$/u.test(text)) return true;
  // A verb's ending (`누른다`, `고르세요`, `눌러야 함`) tells what to do or what happens; a noun may end
  // in the same syllable (`규칙 모음`, `개요`), so only endings no noun has are read.
  if (/(?:다|세요|시오|[해어아]요)$|\s(?:함|됨)$/u.test(text)) return false;
  // Without one of those endings, a thing is described by what it is of or what it does (`VPC 안의 IP 주소
  // 범위`, `규칙을 정하는 모음`); a value chosen (`기본값`, `서울(ap-northeast-2)`, `모두 체크`) is no such phrase.
  return !endsInVerbNoun(text) && DESCRIBES.test(text);
}

/** A word of 의 or a describing verb (`안의`, `정하는`, `관리한`, `연결된`) before the noun it describes. */
const DESCRIBES = /[\uac00-\ud7a3](?:의|는|[한된인]|있는|없는)\s+\S/u;

/** A Hangul syllable with ㄹ under it (`많을`, `될`): a describing form when it is not a noun's own. */
function endsInRieul(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 8;
}

export function endsWithQuestionMark(text: string): boolean {
  return /[?？]$/.test(cleanTitle(text));
}

export interface TermSplit {
  term: string;
  /** Offset in the line where the description starts. */
  descriptionStart: number;
}

// `용어 : 설명`, `용어: 설명`, `**용어**: 설명`, `용어 - 설명`, `용어 ; 설명`. A colon needs a space after it
// (so `https://…` and `10:30` are not terms); a dash needs spaces around it (so `as-a-Service` is not).
// A no-break space (U+00A0, which notes copied from web pages hold) counts as a space. A highlight
// around the bold term (`==**TCP**== : …`) is the term's too: the front shows its text alone.
// Past its first character, the term ends nowhere inside a run of blanks, whose rest the blanks after
// it would take anyway: the same shortest term, found without scanning a long run from each blank.
const TERM_LINE =
  /^(?<highlight>==)?(?<open>\*\*|__)?(?<term>[^*\n:;](?:[^*\n:;]+?(?!(?<=[ \t\u00a0])[ \t\u00a0]))??)(?:\k<open>)?(?:\k<highlight>)?[ \t\u00a0]*(?::[ \t\u00a0]+|:$|;[ \t\u00a0]*|[ \u00a0][-–][ \t\u00a0]+)(?=\S|$)/;

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
 * A line that is only code setting something to a value (`` `Access-Control-Allow-Origin: *` ``,
 * `` `max_connections=100` ``): an example of the setting above, with its remark under it, not a concept.
 */
export function isSettingExample(lineSource: string): boolean {
  const code = /^`([^`]+)`$/.exec(lineSource.trim())?.[1];
  return code !== undefined && (code.includes(': ') || /[\w\]]=/.test(code));
}

/** A lone `=` (not `==` highlight marks, `=>`, `<=`, `!=`). */
const FORMULA_EQUALS = /(?<![=<>!])=(?![=>])/u;

/**
 * Headers of a column that describes what the row names (`| 용어 | 설명 |`, `| 번호 | 내용 요약 |`, `| 약어 |
 * 풀이 |`): its rows are asked 이란. So are answers and values paired with what asks for them (`| 질문 | 답 |`,
 * `| Before | After |`, `| Key | Value |`), which name no property either.
 */
const DESCRIPTION_HEADERS = /설명|의미|뜻|정의|내용|개념|비고|요약|정리|풀이|해설|^(?:답|정답|답변|값|after|value|answer|description|meaning|definition|details?|explanation|notes?|remarks?|summary)$/iu;

/**
 * The header of a two-column table's second column, where it names one property of each row (`| 서비스 |
 * 포트 |`, `| 계층 | PDU |`): a row is asked for it (`SSH의 포트는?`), as `SSH란?` would not be answered by
 * `22`. A describing header (`설명`, `내용`) or a long one asks nothing of the kind.
 */
export function propertyHeader(header: string): string | undefined {
  const name = header.trim();
  if (name === '' || name.length > 12 || name.split(/\s+/u).length > 2 || !/\p{L}/u.test(name) || DESCRIPTION_HEADERS.test(name)) return undefined;
  return name;
}

/** Headers of a column of names (`| 용어 | … |`, `| 구분 | … |`), beside the aspects and describing headers. */
const NAME_COLUMN_HEADERS = /^(?:이름|명칭|용어|단어|키워드|약어|약자|구분|형태|name|term|keyword|item|type|kind|key)$/iu;
/** Prefixes that make a value its opposite (`연결형` and `비연결형`): two values of one column. */
const NEGATING_PREFIX = /^(?:비|무|불|반|미)$/u;

type CellShape = 'number' | 'capitals' | 'latin' | 'hangul' | 'other';

/** How a cell is written: a number, a name in capitals (`TCP`, `S3`, `HTTP/2`), other Latin, or Korean. */
function cellShape(cell: string): CellShape {
  if (/^\d/u.test(cell)) return 'number';
  if (/[\uac00-\ud7a3]/u.test(cell)) return 'hangul';
  if (/^[A-Z][A-Z0-9./+-]+$/u.test(cell)) return 'capitals';
  return /[A-Za-z]/u.test(cell) ? 'latin' : 'other';
}

/** `비연결형` is `연결형` negated (or the other way round). */
function negates(value: string, other: string): boolean {
  return value.length > other.length && value.endsWith(other) && NEGATING_PREFIX.test(value.slice(0, value.length - other.length));
}

/**
 * A two-column table written without a header (`| TCP | 연결형 |`, `|---|---|`, `| UDP | 비연결형 |`):
 * Markdown makes its first row the header, but it reads as a row like the others. No cell of it labels
 * its column (`구분`, `설명`, `특징`, or the word the column's cells end in, `계층` over `물리 계층`), each is
 * written as its column's cells are, and one column shows it is a value: names in capitals (`TCP` among
 * `UDP`, `SCTP`), numbers (`22` among `80`), a value whose opposite is below it (`연결형`, `비연결형`), or
 * a phrase describing (`실행 중인 프로그램`), which no header is.
 */
export function headerReadsAsRow(header: readonly [string, string], rows: readonly (readonly [string, string])[]): boolean {
  if (rows.length === 0) return false;
  const column = (n: 0 | 1) => rows.map((row) => row[n]);
  const labels = (cell: string, cells: readonly string[]) =>
    cell === '' ||
    isAspectTitle(cell) ||
    DESCRIPTION_HEADERS.test(cell) ||
    NAME_COLUMN_HEADERS.test(cell) ||
    isComparisonCorner(cell) ||
    cells.some((below) => below.length > cell.length && below.endsWith(cell) && !negates(below, cell));
  const shaped = (cell: string, cells: readonly string[]) => cells.some((below) => cellShape(below) === cellShape(cell));
  for (const n of [0, 1] as const) {
    if (labels(header[n], column(n)) || !shaped(header[n], column(n))) return false;
  }
  const [name, value] = header;
  const every = (cells: readonly string[], shape: CellShape) => cells.every((cell) => cellShape(cell) === shape);
  return (
    (cellShape(name) === 'capitals' && every(column(0), 'capitals')) ||
    (cellShape(value) === 'number' && every(column(1), 'number')) ||
    column(1).some((below) => negates(below, value) || negates(value, below)) ||
    (value.split(/\s+/u).length >= 3 && DESCRIBES.test(value))
  );
}

/** Split a `용어 : 설명` line; undefined when the line is not one. */
export function splitTerm(line: string): TermSplit | undefined {
  const match = TERM_LINE.exec(line);
  if (!match?.groups) return undefined;
  const atDash = /[ \u00a0][-–][ \t\u00a0]/.test(match[0]);
  // Also with what the flow is said after it (`식별 - 분석 - 감시 : 위험 관리 순서`): no term `식별` either.
  if (atDash && (isDashedFlow(line) || isDashedFlow(line.split(/[ \t\u00a0]?[:：][ \t\u00a0]/u, 1)[0]!))) return undefined;
  // `여유시간 = 늦은 착수일 - 이른 착수일`: a formula, its dash a minus, not a term's separator. A formula
  // after the dash (`기본키 - 후보키 중 고른 키 (PK = 유일 + NOT NULL)`) is part of the description.
  if (atDash && FORMULA_EQUALS.test(match[0])) return undefined;
  const term = cleanTitle(match.groups.term ?? '');
  // A colon inside inline code (`Content-Type: text/html`) is not a separator.
  if ((term.match(/`/g)?.length ?? 0) % 2 === 1) return undefined;
  // `컴파일러가 변환: 소스 -> 바이트 코드`, a step of an answer said with its subject: no term to ask of.
  if (isStatement(term)) return undefined;
  if (!isTitleLike(term, TERM_MAX) || NOT_A_TERM.test(term) || /[[\]()`]$/.test(term.replace(/\([^)]*\)$/, ''))) {
    return undefined;
  }
  return { term, descriptionStart: match[0].length };
}

/** `장 ; …` and `단 ; …`, as notes shorten `장점` and `단점`, with the aspect each stands for. */
const ABBREVIATED_ASPECT = /^(?:\*\*|__)?(장|단)(?:\*\*|__)?[ \t\u00a0]*[;:][ \t\u00a0]+(?=\S)/;

/**
 * A list's `장 ; …` or `단 ; …` line, read as the term `장점` or `단점`. Only where the list has both (the
 * caller checks): `단 : …` alone is as often "however" (`단, …`), and `장` a chapter.
 */
export function abbreviatedAspect(line: string): TermSplit | undefined {
  const match = ABBREVIATED_ASPECT.exec(line);
  return match ? { term: match[1] === '장' ? '장점' : '단점', descriptionStart: match[0].length } : undefined;
}

/**
 * A Korean term whose whole description is a short English name, unit or abbreviation (`물리 계층 :
 * Bit`, `가용 영역 : AZ`, `탄력성 : Elasticity`), or any term whose description only lists names: the
 * term labels a value, and "물리 계층이란?" would not be answered by `Bit`. Such a term is asked as written.
 */
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

/** Short words an acronym skips (`QoS`, Quality of Service). */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'to', 'for', 'in', 'on', 'a', 'an']);

/**
 * The acronym of a title that spells it out (`PDU (Protocol Data Unit)`, `Time To Live(TTL)`): `PDU`,
 * `TTL`. Undefined where no bracket spells the other out, letter by letter (`OSI 7계층`, `IPv4 vs IPv6`).
 */
export function acronymSpelledOut(title: string): string | undefined {
  const written = title.trim();
  const outside = withoutGloss(written);
  const inside = written.slice(written.lastIndexOf('(') + 1, -1);
  if (outside === written || outside === '' || inside === '' || /[\n\r\u2028\u2029]/.test(outside)) return undefined;
  for (const [acronym, words] of [
    [outside, inside],
    [inside, outside],
  ] as const) {
    if (!/^[A-Z][A-Za-z0-9]{1,5}$/.test(acronym) || (acronym.match(/[A-Z]/g) ?? []).length < 2) continue;
    const all = words.split(/[\s-]+/u).filter((word) => word !== '');
    if (!all.every((word) => /^[A-Za-z]/.test(word))) continue;
    const initials = (list: readonly string[]) => list.map((word) => word[0]!.toUpperCase()).join('');
    const letters = acronym.toUpperCase();
    if (initials(all) === letters || initials(all.filter((word) => !ACRONYM_SKIPS.has(word.toLowerCase()))) === letters) return acronym;
  }
  return undefined;
}

const EXAMPLE_VALUE = /^(ex|e\.g|eg|예|예시)\s*[.):]/i;

/** A number with its unit, or a range of them (`130분`, `65문항`, `3~5일`, `99.99%`, `$150`, `5 GB`). */
const MEASURE = /^[$₩]?\d+(?:[,.]\d+)*(?:\s?(?:%|[A-Za-z]{1,4}|[\uac00-\ud7a3]{1,3}))?(?:\s?[~–-]\s?[$₩]?\d+(?:[,.]\d+)*(?:\s?(?:%|[A-Za-z]{1,4}|[\uac00-\ud7a3]{1,3}))?)?$/;
/** Words that qualify a measure without naming anything (`최대 5개`, `약 10분`, `1000점 만점에 720점`, `3일 이내`). */
const MEASURE_QUALIFIERS: ReadonlySet<string> = new Set(
  '최대 최소 약 총 평균 대략 이상 이하 미만 초과 이내 내외 정도 만점에 만점 중 까지 부터 ~ /'.split(' '),
);

/** A value that is only measures and words qualifying them: a quantity, a date or a range. */
function isQuantity(value: string): boolean {
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
  return cleanTitle(description).replace(/[*_`]/g, '').trim();
}

/**
 * Names listed (`인공지능 ; LISP, PROLOG`, `IPv4 ; 유니캐스트, 멀티캐스트`): examples or values, no
 * definition. Unlike a single value (`물리 계층 : Bit`), they may still answer "…이란?" where the terms
 * beside them are asked so (`Heap : 동적 할당 영역`, then `Stack : 지역 변수, 매개 변수`).
 */
export function listsNames(description: string): boolean {
  const value = valueOf(description);
  if (EXAMPLE_VALUE.test(value)) return false;
  // Each written as code (`` `Timer Interrupt`, `I/O or Event Done` ``): names, however many words they have.
  const written = cleanTitle(description).trim().split(/\s*,\s*/);
  if (written.length >= 2 && written.every((name) => /^`[^`]+`$/.test(name))) return true;
  const names = value.split(/\s*,\s*/);
  const words = (name: string) => name.replace(/\s*\([^()]*\)/g, '').split(/\s+/).length;
  const isName = (name: string) =>
    words(name) <= 2 && isTitleLike(name, 24) && !/[.。]$/.test(name) && !CLAUSE_PARTICLE.test(name) && !endsInNominalisedPredicate(name) && !SETTING_NUMBER.test(name);
  return names.length >= 2 && !value.includes('\n') && names.every(isName);
}

const NAVIGATION_WORDS =
  /^((go |back )?(to )?(the )?top|back|home|뒤로|뒤로\s*가기|(맨\s*)?위로(\s*가기)?|처음으로|목차(로)?|홈|이전|다음|prev|previous|next|up|↑|⬆️?|🔝)$/i;

/** Link texts of a navigation line such as `[Top](#x) [Back](../)`: every link is a navigation word. */
export function isNavigationLinks(linkTexts: readonly string[], otherText: string): boolean {
  if (linkTexts.length === 0) return false;
  if (cleanTitle(otherText).replace(/[|·•/\\\s]/g, '') !== '') return false;
  return linkTexts.every((text) => NAVIGATION_WORDS.test(cleanTitle(text)));
}

const REFERENCE_TITLE =
  /^\[?(references?|reference links?|sources?|links?|see also|further reading|참고|참고\s*(자료|문헌|링크|사이트|사항)|관련\s*링크|출처|레퍼런스)\]?$/i;

/** A heading that starts a list of references, dropped from cards. */
export function isReferenceHeading(title: string): boolean {
  return REFERENCE_TITLE.test(cleanTitle(title).replace(/^[\d.]+\s*/, ''));
}

/** A line such as `출처: https://…` or `참고 : [글](…)`. */
export function isReferenceLine(text: string): boolean {
  const match = /^([^:：]{1,20})[:：]/.exec(cleanTitle(text));
  return match !== null && REFERENCE_TITLE.test(match[1]!.trim());
}

/**
 * A line to a blog's readers (`궁금한 점이나 오류는 댓글로 달아주시면, 답변 혹은 수정하겠습니다!`,
 * `구독과 좋아요 부탁드립니다`, `…링크를 첨부합니다`, whose link the card does not keep): notes copied from
 * a blog carry it, and it is nothing to learn.
 */
export function isReadersNote(text: string): boolean {
  return text.length <= 200 && /댓글\s*(?:로|을|에|으로)?\s*(?:달아|남겨|부탁|주시)|(?:구독|좋아요)[^.!?\n]{0,20}(?:부탁|눌러)|링크를\s*(?:첨부|걸어|남겨)/.test(text);
}

/** The author's mark of a note's end (`_OS.end_`, `— 끝 —`, `The End`): nothing to learn, no line of the last card. */
export function isEndMarker(text: string): boolean {
  const mark = trimWhere(text, (char) => /[\s\-—–~*_.]/u.test(char));
  return mark.length <= 40 && /^(?:[\p{L}\p{N} ]{1,30}\.)?(?:end|the end|끝|fin)$/iu.test(mark);
}

/**
 * A sentence in which the note speaks of itself (`이 문서는 …`) or its author of writing it
 * (`…정리한 것입니다`, `공부하면서 …`): one of them makes a preface.
 */
const PREFACE_MARK = [
  /^(이|본)\s*(문서|글|노트|포스트|포스팅|페이지|정리본?|자료|저장소|레포)(는|은|에서는|에서|에는|의)\s/,
  // Not `정리해 보면, …` / `정리하면`: a summary that goes on to say something.
  /(정리|메모|포스팅)\s*(했|하였|해\s*(봤|두|둔|놓|놨)|해\s*보(?!면)|한\s*(것|내용|글|노트|자료)|하며|하면서|하고자|하려|할\s*예정)/,
  /공부\s*(하면서|하며|한\s*(것|내용))/,
  // `…정리한 로드 밸런서 노트입니다`: the note named as what was written.
  /(정리|메모|요약)\s*한\s*[^.!?]{0,30}(노트|글|자료|문서|페이지|정리본)(입니다|이다|예요|이에요)/,
  /(틀린|잘못된|부족한)\s*(부분|내용|점).{0,20}(알려|지적|말씀)/, // a request to the readers, as a blog's
  // A remark on how much the part matters for an exam (`※ 시험에 매년 나오는 파트`), with nothing to learn
  // after a colon (`※ 시험에 나오는 공식: …` gives the formula).
  /^※\s*[^:：]{0,30}(시험|출제|기출|면접)[^:：]{0,30}$/,
];
/** What else a preface's sentences say of writing it (`…기록했습니다`, `…참고하여 작성했습니다`). */
const PREFACE_SENTENCE = [
  ...PREFACE_MARK,
  /(기록|작성|요약|추가)\s*(했|하였|해\s*(보|봤|두|둔|놓|놨)|한\s*(것|내용|글|노트|자료)|하며|하면서|하고자|하려|할\s*예정)/,
  /(참고|참조)\s*(하여|해서|했|하였)/,
];

/** The words a preface takes as its topic: the note, its author, or what a reader may find wrong in it. */
const PREFACE_TOPIC = /^(문서|글|노트|포스트|포스팅|페이지|정리본?|자료|저장소|레포|저|나|제|우리|필자|부분|내용|점|것|출처)$/;

/**
 * A sentence that says something of its own topic (`프로세스는 실행 중인 프로그램이다`, `Java 8은 람다를
 * 추가했습니다`) or ends as a definition does (`…프로토콜이다`): content, whatever words of writing it has.
 */
function saysSomething(sentence: string): boolean {
  // The topic opens the sentence, or its clause after a lead-in (`정리해 보면, 프로세스는 …`); a 는 further
  // in is as often a modifier's (`질문 의도가 있는 경우`).
  const topic = /^(?:[^,:]*[,:]\s*)?(?:[^\s,:;]+\s)?([^\s,:;]+?)(은|는)\s/.exec(sentence)?.[1];
  if (topic !== undefined && !PREFACE_TOPIC.test(topic) && !/(보다|에|에서|으로|로|에게|와|과|도|만)$/.test(topic)) return true;
  return /[가-힣A-Za-z0-9)]이다[.!]?$/.test(sentence) && !/(것|내용|글|노트|자료)이다[.!]?$/.test(sentence);
}

/**
 * An author's preface (`이 문서는 … 정리한 것입니다`, `> - 간단히 개념들을 정리해보며 머리 속에 넣자~`): every
 * sentence of it speaks of the note or of writing it, or is a link to where it came from, and one at
 * least unmistakably so, unless it goes on a preface just before it (`goesOn`). Nothing to learn; a
 * sentence that says anything else (a definition, `Git은 변경 내용을 기록합니다`, `정리해 보면, 프로세스는
 * …이다`) keeps the whole text in the cards.
 */
export function isPreface(text: string, goesOn = false): boolean {
  if (text.length > 600) return false;
  const sentences = text
    .split(/\n|(?<=[.!?。~])\s+/)
    .map((line) => line.replace(/^[\s>*+-]+/, '').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
  const isLink = (line: string) => /^https?:\/\/\S+$/.test(line);
  return (
    (goesOn || sentences.some((line) => PREFACE_MARK.some((pattern) => pattern.test(line)))) &&
    sentences.every((line) => isLink(line) || (PREFACE_SENTENCE.some((pattern) => pattern.test(line)) && !saysSomething(line)))
  );
}

/**
 * A line the editor replaces by the note's table of contents: Typora's `[TOC]`, GitLab's `[[_TOC_]]`,
 * `[[toc]]` and `${toc}` of other Markdown editors. It says nothing a card could ask.
 */
export function isTocMarker(source: string): boolean {
  return /^(?:\[toc\]|\[\[_?toc_?\]\]|\$\{toc\})$/i.test(source.trim());
}

export function isContentsLabel(text: string): boolean {
  return /^(contents|table of contents|toc|목차|index)$/i.test(cleanTitle(text));
}

const ALERT_MARKER = /^\[!(?<type>[A-Za-z]+)\][+-]?/;

/** The type of a GitHub/Obsidian alert (`> [!NOTE]`), from the blockquote's first line. */
export function alertType(firstLine: string): string | undefined {
  return ALERT_MARKER.exec(firstLine.trim())?.groups?.type?.toUpperCase();
}

/** The title written after an alert's marker, its fold sign (`-`, `+`) no part of it: `> [!tip]- 암기법` → `암기법`. */
export function alertTitle(firstLine: string): string {
  const line = firstLine.trim();
  const marker = ALERT_MARKER.exec(line);
  return marker ? line.slice(marker[0].length).trim() : '';
}

/** Obsidian's callout types and their aliases (`> [!tip] Tip`): a title that only repeats the type names nothing. */
const ALERT_TYPE_NAME =
  /^(note|abstract|summary|tldr|info|todo|tip|hint|important|success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|danger|error|bug|example|quote|cite)$/i;
/** Blanks and the marks a label may end with (`암기법!`, `참고:`), which say nothing of what it labels. */
const isClosingMark = (char: string) => /[\s!.:：]/.test(char);

/** The bold or italic marks around a sentence (`**왜일까?**`). */
const isEmphasisMark = (char: string) => char === '*' || char === '_';

/** Labels a note boxes a remark under (`암기법`, `참고`, `주의`): they say what kind of remark follows, not what it is about. */
const GENERIC_ALERT_TITLE =
  /^(노트|메모|참고|참고\s*사항|정보|팁|꿀팁|힌트|중요|주의|주의\s*사항|경고|위험|예시|예제|예|인용|질문|할\s*일|완료|성공|실패|오류|버그|암기법|암기\s*팁|기억법|외우는\s*법|포인트|tip|note|info|warning|example)$/i;

/**
 * A callout title that is a label of the box rather than a name (`암기법`, `참고`, `Tip`, or the type's
 * name): its body stays in the explanation it stands in, the title a bold line over it.
 */
export function isGenericAlertTitle(title: string): boolean {
  const label = trimEndWhere(title, isClosingMark);
  return ALERT_TYPE_NAME.test(label) || GENERIC_ALERT_TITLE.test(label);
}

/**
 * A heading that labels the kind of study aid under it (`## 암기 포인트`, `## 시험 포인트`, `## 외울 것`,
 * `## Tip`) rather than what it is about: it asks nothing, so its lines that are terms are cards of their
 * own, the label no context of theirs (see `asksNothing` in front.ts).
 */
const STUDY_AID_LABEL =
  /^(?:(?:암기|시험|핵심|중요)\s*(?:포인트|사항)|외울\s*(?:것|거|내용)|외워야\s*할\s*(?:것|거|내용)|암기법|암기\s*팁|기억법|외우는\s*법|팁|꿀팁|포인트|tips?|key\s*points?)$/i;

export function isStudyAidLabel(title: string): boolean {
  return STUDY_AID_LABEL.test(trimEndWhere(title, isClosingMark));
}

/**
 * An alert as its box shows it: without the marker; a title written after it (`> [!tip]- 암기법`) a
 * bold line of its own over the body, as Obsidian draws it.
 */
export function stripAlertMarker(markdown: string): string {
  const marker = /^(\s*>[ \t]?)\[![A-Za-z]+\][+-]?[ \t]*([^\n]*)/.exec(markdown);
  if (!marker) return markdown;
  const quote = marker[1]!;
  const title = marker[2]!.trim();
  const rest = markdown.slice(marker[0].length);
  // A marker alone on its line leaves an empty `>` line, which is dropped.
  if (!title) return rest.replace(/^\n/, '');
  const bold = /^(\*\*|__).*\1$/.test(title) ? title : `**${title}**`;
  // A blank quote line after it: the body's first line would otherwise join the title's paragraph.
  return `${quote}${bold}${rest.startsWith('\n') ? `\n${quote.trimEnd()}` : ''}${rest}`;
}

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
