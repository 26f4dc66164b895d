/**
 * What one Korean word is, as the rules about lines read it: a describing form (`필요한`), a topic
 * (`클라이언트는`), a subject (`컴파일러가`) or an object (`변경을`), a verb noun (`생성`, `설계`); and the
 * describing word before a noun that makes a phrase a description (`VPC 안의 IP 범위`).
 */
import { withParticle } from '../particles.js';

/** A word that ends a clause describing the next one (`필요한`, `일어나는`, `구체적인`), where the next is a noun it modifies. */
const ADNOMINAL_ENDING = /[\uac00-\ud7a3](는|은|운|른|린|큰|한|된|될|할|던|인)$|^(큰|긴|센|싼|먼|된|될|할)$/;
/** Nouns that end as a describing word does (`로그인 방식`, `권한 종류`). */
const NOUNS_ENDING_AS_ADNOMINAL: ReadonlySet<string> = new Set(
  '로그인 도메인 원인 확인 개인 승인 요인 엔진 머신 체인 플러그인 디자인 라인 온라인 오프라인 파이프라인 권한 제한 기한 무한 역할 행운 기운 세운 다운 토큰 스크린 코틀린 베를린 어른 그린 클린'.split(' '),
);

export function isAdnominal(word: string): boolean {
  return ADNOMINAL_ENDING.test(word) && !NOUNS_ENDING_AS_ADNOMINAL.has(word);
}

/** A topic (`클라이언트는`) that is not an adnominal verb or adjective form (`이용하는`, `같은`). */
export const TOPIC = /(?<!(하|되|있|없|않|지|주|같|많|작|높|낮|좋|적|넓|짧|깊))(은|는)$/;

/** Nouns whose last syllable 이 or 가 is their own, though it is the one a subject would take (`길이 제한`). */
const NOUNS_ENDING_AS_SUBJECT: ReadonlySet<string> = new Set('길이 높이 깊이 넓이 놀이 먹이 같이 많이 물가 대가 시가 주가 정가 단가 원가 평가'.split(' '));

/** A subject: a word and the 이 or 가 its last sound takes (`컴파일러가`, `JVM이`, `데드락이`). */
export function isSubject(word: string): boolean {
  const match = /^(.*[\p{L}\p{N}])(이|가)$/u.exec(word);
  if (!match || NOUNS_ENDING_AS_SUBJECT.has(word)) return false;
  const stem = match[1]!;
  if (/[\uac00-\ud7a3]$/.test(stem) && stem.length < 2 && !/[A-Za-z0-9]/.test(stem)) return false; // `나이`, `아이`
  return withParticle(stem, '이/가') === word;
}

/**
 * Words whose last syllable 란 is their own, though it is the particle their stem takes (`커다란`, `동그란`, `테헤란`,
 * `사프란`).
 * A stem of one syllable (`계란`, `파란`, `모란`, `자란`) is never read as a word and its particle.
 */
const WORDS_ENDING_AS_WHAT_IS: ReadonlySet<string> = new Set(
  '기다란 길다란 커다란 높다란 굵다란 좁다란 가느다란 널따란 짤따란 얄따란 새파란 샛노란 동그란 둥그란 파아란 노오란 테헤란 사프란'.split(' '),
);

/**
 * A Hangul word asked what it is by 란 written on it with nothing else (`인덱스란`, `상태란` of `교착 상태란`):
 * a stem of two syllables or more ending in a vowel, the sound 란 (not 이란) follows. 란 after a final
 * consonant (`혼란`, `반란`, `산란`) is the word's own, as is that of the words above.
 */
export function endsInWhatIsParticle(word: string): boolean {
  const match = /^([\uac00-\ud7a3]{2,})란$/u.exec(word);
  return match !== null && !WORDS_ENDING_AS_WHAT_IS.has(word) && withParticle(match[1]!, '이란/란') === word;
}

/** Verb nouns that end a phrase of what to do (`데이터 보안 옵션 선택`, `리전 선택`): see isActionPhrase and endsInVerbNoun. */
export const ACTION_NOUNS: ReadonlySet<string> = new Set(
  '감소 단축 선택 생성 식별 설계 사용 활용 적용 결정 구현 배포 설정 확인 개선 향상 증가 제공 지원 수행 추가 삭제 변경 수정 작성 실행 연결 등록 구축 분석 파악 전송'.split(' '),
);

/** An object: a word and the 을 or 를 its last sound takes (`변경을`, `요청을`, `API를`); `마을` is a noun. */
export function isObject(word: string): boolean {
  const match = /^(.*[\p{L}\p{N}])(을|를)$/u.exec(word);
  return match !== null && withParticle(match[1]!, '을/를') === word;
}

/**
 * Verb nouns that make a title a procedure (`AS 생성`, `VPC 설정`): the numbered items under it are its
 * steps. Not 설계, 분석 or 구현, whose numbered items are as often the principles of a discipline.
 */
export const PROCEDURE_VERB_NOUNS: ReadonlySet<string> = new Set('생성 설정 설치 등록 연결 배포 실행 작성 추가 삭제 변경 수정 적용 구축 교체 복구'.split(' '));

/** A word of 의 or a describing verb (`안의`, `정하는`, `관리한`, `연결된`) before the noun it describes. */
export const DESCRIBES = /[\uac00-\ud7a3](?:의|는|[한된인]|있는|없는)\s+\S/u;

/** A Hangul syllable with ㄹ under it (`많을`, `될`): a describing form when it is not a noun's own. */
export function endsInRieul(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 === 8;
}
