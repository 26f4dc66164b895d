/**
 * Korean particles (은/는, 이/가, 을/를, 와/과, (이)란) chosen by the final sound of the word before them.
 * es-hangul decides for Hangul; we only map what it cannot read to the syllable it is pronounced as.
 */
import { josa } from 'es-hangul';
import { remembered } from '../util/memo.js';
import { trimEndWhere } from '../util/text.js';

export type ParticlePair = '이란/란' | '은/는' | '이/가' | '을/를' | '와/과';

/** How digits are read aloud: 0 영, 1 일, 2 이, … — only the final sound matters. */
const DIGIT_READING = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** Digits read in English: 제로, 원, 투, 쓰리, 포, 파이브, 식스, 세븐, 에잇, 나인 — the last syllable of each. */
const ENGLISH_DIGIT_READING = ['로', '원', '투', '리', '포', '브', '스', '븐', '잇', '인'];
/**
 * One digit written onto capitals is read in English, as part of the name: `S3` 에스쓰리, `ES6` 이에스식스,
 * `CSS3`, `IPv6`, `HTTP/3`. A number of several digits (`Route53`, `x86`) or one set apart (`Java 8`,
 * `OAuth 2.0`, `Lv3` 레벨 삼) is read in Korean. So are names' versions, but for a few read in English
 * (`Vue3` 뷰쓰리, `Web3` 웹쓰리, `Python3` 파이썬쓰리).
 */
const DIGIT_READ_IN_ENGLISH = /(?:^|[^A-Za-z0-9])(?:[A-Z]+|[A-Z]{2,}v|Vue|Web|Python)\/?[0-9]$/;
/** Latin letters as read alone or in acronyms (`ELB` 엘비, `IAM` 아이엠): L, M, N, R end in a consonant. */
const LETTER_READING: Record<string, string> = { L: '엘', M: '엠', N: '엔', R: '알' };
/** Symbols read at the end of a name: `C++` 씨플플, `C#` 씨샵. */
const SYMBOL_READING: ReadonlyArray<readonly [RegExp, string]> = [
  [/[A-Za-z]\+\+$/, '플'],
  [/[A-Za-z]#$/, '샵'],
];

/**
 * English words as Korean reads them: `Heap` 힙, `Stack` 스택, `Robin` 로빈, `Scheduling` 스케줄링,
 * `Table` 테이블, `Type` 타입, `Web` 웹, `Stub` 스텁, `Group` 그룹 end in a consonant; `Thread` 스레드,
 * `Process` 프로세스, `Lambda` 람다, `Server` 서버, `Log` 로그, `Scope` 스코프, `Loop` 루프 do not. So do
 * `public` 퍼블릭, `Metric` 메트릭, `Exec` 이그젝 (a vowel before a final c), and a single vowel before a
 * final t: `Socket` 소켓, `commit` 커밋, `Output` 아웃풋, `Snapshot` 스냅샷, `Format` 포맷 (but `Sheet`
 * 시트, `Root` 루트: two vowels; `Layout` 레이아웃 has its own). Endings that are usually read with a
 * final consonant:
 */
const ENGLISH_FINAL_CONSONANT =
  /(m|n|ng|l|ll|le|ck|out|[aeiou]k|[aeiu]p|(?<!o)op|[aeiou]b|ype|me|ne|ine|ime|ame|one|ome|ble|ple|[aeiou]c|(^|[^aeiou])[aeiou]t)$/i;
/**
 * Capitals read as a word, not letter by letter: `FAN OUT` 팬아웃, `SCALE OUT`, `BACKUP` 백업, `SCALE UP`,
 * `GET` 겟, `PUT` 풋 (HTTP methods), `NAT` 냇, `SOAP` 솝, `SWOT` 스왓, `QUIC` 퀵, `MAC` 맥 (`HMAC`), `MIME` 마임, `BASIC` 베이직, `.NET` 닷넷, `IMAP`
 * 아이맵, `LDAP` 엘댑 end in a
 * consonant where their last letter's name (티, 피, 씨, 이) does not (`AUP` is 에이유피: only words known
 * to end in UP count).
 */
const CAPITALS_READ_AS_WORDS =
  /(?:^|[^A-Za-z])(?:[A-Z]*OUT|(?:BACK|SET|START|LOOK|GRO|POP|SIGN|CLEAN|MARK|PICK|WARM|FOLLOW)?UP|GET|PUT|NAT|SOAP|SWOT|QUIC|H?MAC|MIME|BASIC|NET|IMAP|LDAP)$/;
/** Words the endings above misread. */
const ENGLISH_VOWEL_FINAL: ReadonlySet<string> = new Set(['bit', 'hit', 'kit', 'sit', 'hub', 'check']); // 비트, 히트, 키트, 시트, 허브, 체크
/** Words read with a final consonant the endings above miss: 템플릿, 프라이빗, 서티피킷, 에스티밋 (most -ate words end in 이트), 덱, 테크닉, 하둡. */
const ENGLISH_CONSONANT_FINAL: ReadonlySet<string> = new Set([
  'template', 'private', 'certificate', 'estimate', 'climate', 'ultimate', 'deque', 'technique', 'hadoop',
]);

/**
 * What of `word` is read aloud at its end. A trailing parenthesis is not read: `엣지 로케이션(POP)` takes
 * the particle of `로케이션`, `세션(Session)` that of `세션`. But after a lone letter it is an argument,
 * read with it: `O(n)` 오엔, `f(x)` 에프엑스.
 */
function withoutAside(word: string): string {
  const trimmed = word.trim();
  if (/(?:^|[^A-Za-z])[A-Za-z]\([a-z0-9 ]+\)$/.test(trimmed)) return trimmed;
  return trimmed.replace(/\s*[([{][^()[\]{}]*[)\]}]$/, '') || trimmed;
}

/** The syllable whose final sound decides the particle after `word`. */
export function finalSyllable(word: string): string {
  const read = withoutAside(word);
  const symbol = SYMBOL_READING.find(([ending]) => ending.test(read));
  if (symbol) return symbol[1];
  const spoken = trimEndWhere(read, (char) => !/[\p{L}\p{N}]/u.test(char)) || word;
  const last = spoken[spoken.length - 1] ?? '';
  if (/[0-9]/.test(last)) return (DIGIT_READ_IN_ENGLISH.test(spoken) ? ENGLISH_DIGIT_READING : DIGIT_READING)[Number(last)]!;
  if (CAPITALS_READ_AS_WORDS.test(spoken)) return '암';
  // A capital at the end is a letter's name (`IAM` 엠, `IoC` 씨, `R` 알), and so is a letter alone (`r` 알).
  if (/[A-Z]/.test(last) || /(^|[^A-Za-z])[a-z]$/.test(spoken)) return LETTER_READING[last.toUpperCase()] ?? '아';
  if (/[A-Za-z]/.test(last)) {
    // Of a compound written in camel case only its last word is at the end: `GitHub` 깃허브.
    const word = /[A-Z]?[a-z]+$/.exec(spoken)![0].toLowerCase();
    return (ENGLISH_FINAL_CONSONANT.test(word) && !ENGLISH_VOWEL_FINAL.has(word)) || ENGLISH_CONSONANT_FINAL.has(word) ? '암' : '아';
  }
  return last;
}

/** `word` followed by the right one of the pair: withParticle('리전', '이란/란') → '리전이란'. */
export function withParticle(word: string, pair: ParticlePair): string {
  return word + PARTICLE_AFTER[pair](word);
}

/** The one of the pair that follows `word`. */
function particleAfter(word: string, pair: ParticlePair): string {
  const syllable = finalSyllable(word);
  // Not Hangul (a symbol): the form that follows a vowel, which reads least oddly.
  const afterVowel = pair === '와/과' ? '와' : pair.split('/')[1]!;
  return /[\uac00-\ud7a3]/.test(syllable) ? josa(syllable, pair).slice(syllable.length) : afterVowel;
}

/**
 * particleAfter remembered for each pair: fronts ask the same few hundred titles with the same
 * particles again and again (the bench's notes: 97% of the calls asked before).
 */
const PARTICLE_AFTER: Readonly<Record<ParticlePair, (word: string) => string>> = {
  '이란/란': remembered((word) => particleAfter(word, '이란/란')),
  '은/는': remembered((word) => particleAfter(word, '은/는')),
  '이/가': remembered((word) => particleAfter(word, '이/가')),
  '을/를': remembered((word) => particleAfter(word, '을/를')),
  '와/과': remembered((word) => particleAfter(word, '와/과')),
};
