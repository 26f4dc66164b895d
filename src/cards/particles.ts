/**
 * Korean particles (은/는, 이/가, 을/를, 와/과, (이)란) chosen by the final sound of the word before them.
 * es-hangul decides for Hangul; we only map what it cannot read to the syllable it is pronounced as.
 */
import { josa } from 'es-hangul';

export type ParticlePair = '이란/란' | '은/는' | '이/가' | '을/를' | '와/과';

/** How digits are read aloud: 0 영, 1 일, 2 이, … — only the final sound matters. */
const DIGIT_READING = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** Latin letters as read in acronyms (`ELB` 엘비, `IAM` 아이엠): L, M, N, R end in a consonant. */
const LETTER_READING: Record<string, string> = { L: '엘', M: '엠', N: '엔', R: '알' };

/**
 * English words as Korean reads them: `Heap` 힙, `Stack` 스택, `Robin` 로빈, `Scheduling` 스케줄링,
 * `Table` 테이블, `Type` 타입, `Web` 웹, `Stub` 스텁 end in a consonant; `Thread` 스레드, `Process` 프로세스, `Lambda` 람다,
 * `Server` 서버, `Log` 로그 do not. So do `public` 퍼블릭, `Metric` 메트릭 (-ic), and a single vowel
 * before a final t: `Socket` 소켓, `commit` 커밋, `Output` 아웃풋, `Snapshot` 스냅샷, `Format` 포맷
 * (but `Sheet` 시트, `Root` 루트: two vowels; `Layout` 레이아웃 has its own). Endings that are
 * usually read with a final consonant:
 */
const ENGLISH_FINAL_CONSONANT = /(m|n|ng|l|ll|le|ck|out|[aeiou]k|[aeiou]p|[aeiou]b|pe|me|ne|ine|ime|ame|one|ome|ble|ple|ic|(^|[^aeiou])[aeiou]t)$/i;
/**
 * Capitals read as a word, not letter by letter: `FAN OUT` 팬아웃, `SCALE OUT`, `BACKUP` 백업, `SCALE UP`,
 * `NAT` 냇, `SOAP` 솝, `SWOT` 스왓 end in a consonant where their last letter's name (티, 피) does not
 * (`AUP` is 에이유피: only words known to end in UP count).
 */
const CAPITALS_READ_AS_WORDS = /(?:^|[^A-Za-z])(?:[A-Z]*OUT|(?:BACK|SET|START|LOOK|GRO|POP|SIGN|CLEAN|MARK|PICK|WARM|FOLLOW)?UP|NAT|SOAP|SWOT)$/;
/** Words the endings above misread. */
const ENGLISH_VOWEL_FINAL: ReadonlySet<string> = new Set(['bit', 'hit', 'kit', 'sit', 'hub']); // 비트, 히트, 키트, 시트, 허브
/** Words in -ate read with a final consonant: 템플릿, 프라이빗, 서티피킷, 에스티밋 (most -ate words end in 이트). */
const ENGLISH_CONSONANT_FINAL: ReadonlySet<string> = new Set(['template', 'private', 'certificate', 'estimate', 'climate', 'ultimate']);

/** The syllable whose final sound decides the particle after `word`. */
export function finalSyllable(word: string): string {
  // A trailing parenthesis is not read: `엣지 로케이션(POP)` takes the particle of `로케이션`.
  const spoken = word.trim().replace(/\s*[([{][^()[\]{}]*[)\]}]$/, '').replace(/[^\p{L}\p{N}]+$/u, '') || word;
  const last = spoken[spoken.length - 1] ?? '';
  if (/[0-9]/.test(last)) return DIGIT_READING[Number(last)]!;
  if (CAPITALS_READ_AS_WORDS.test(spoken)) return '암';
  if (/[A-Z]/.test(last) && /(^|[^A-Za-z])[A-Z]{2,}$|[a-z][A-Z]{2,}$/.test(spoken)) return LETTER_READING[last] ?? '아';
  if (/[A-Za-z]/.test(last)) {
    const word = /[A-Za-z]+$/.exec(spoken)![0].toLowerCase();
    return (ENGLISH_FINAL_CONSONANT.test(word) && !ENGLISH_VOWEL_FINAL.has(word)) || ENGLISH_CONSONANT_FINAL.has(word) ? '암' : '아';
  }
  return last;
}

/** `word` followed by the right one of the pair: withParticle('리전', '이란/란') → '리전이란'. */
export function withParticle(word: string, pair: ParticlePair): string {
  const syllable = finalSyllable(word);
  // Not Hangul (a symbol): the form that follows a vowel, which reads least oddly.
  const afterVowel = pair === '와/과' ? '와' : pair.split('/')[1]!;
  const particle = /[\uac00-\ud7a3]/.test(syllable) ? josa(syllable, pair).slice(syllable.length) : afterVowel;
  return word + particle;
}
