/**
 * Titles about several things: two compared (`IPv4 vs IPv6`, `…의 차이`) and the label of what they share
 * (`Common`), and one that names a kind of another (`기능적 응집도` of `응집도`).
 */
import { remembered } from '../../util/memo.js';
import { withParticle } from '../particles.js';
import { displayTitle, isAspectTitle } from '../titles.js';
import { endsInAspect } from './aspects.js';
import { asks } from './questions.js';

/** A title asking how things differ: `뮤텍스와 세마포어의 차이`, `TCP/UDP 차이점`, `IPv4 vs IPv6`, `A와 B 비교`. */
export function asksForDifference(title: string): boolean {
  return /\S\s*(차이|차이점|비교)$/.test(title) || /\S\s+(vs\.?|VS\.?|Vs\.?)\s+\S/.test(title);
}

/**
 * A title or a question asking how things differ, however it ends: `뮤텍스와 세마포어의 차이`, `오버로딩과
 * 오버라이딩 차이는?`, `TCP/UDP 차이점은 무엇인가?`, `IPv4 vs IPv6`.
 */
export function asksHowThingsDiffer(title: string): boolean {
  return asksForDifference(title.replace(/(?<=차이|차이점|비교)(?:은|는)?\s*(?:무엇인가요|무엇인가|뭔가요)?\s*[?？]*$/u, '').trim());
}

/** A label naming how things differ, alone or of what (`차이`, `차이점`, `일반 TCP Socket과의 차이점`, `비교`). */
export function namesADifference(label: string): boolean {
  return /(?:차이|차이점|비교)$/u.test(label.trim());
}

/** A label naming what things share, or how they differ: what a title comparing them is answered by. */
export function namesAComparison(label: string): boolean {
  return namesADifference(label) || SHARED_LABEL.test(label.trim());
}

/** The two things a title compares (`오버로딩 vs 오버라이딩`), or undefined: none, or more (`A vs B vs C`). */
export const comparedPair = remembered(function comparedPair(title: string): readonly [string, string] | undefined {
  const versus = /^(.+?)\s+(?:vs\.?|VS\.?|Vs\.?)\s+(.+)$/.exec(title);
  if (!versus || /\s(vs\.?|VS\.?|Vs\.?)\s/.test(versus[2]!)) return undefined;
  return [versus[1]!, versus[2]!];
});

/** A label for what the things compared have in common: `Common`, `Shared`, `Both`, `공통점`. */
const SHARED_LABEL = /^(?:common|shared|both|in common|공통|공통점|공통\s?사항|같은\s?점)$/iu;

export function isSharedLabel(label: string): boolean {
  return SHARED_LABEL.test(label.trim());
}

/**
 * What a label of what both share asks under a title comparing two things: `Common` under `Launch
 * Template vs Launch Configuration` asks `Launch Template과 Launch Configuration의 공통점은?`. `Common` is
 * no term to ask "…이란?", and `A vs B의 공통점` would read as if `A vs B` were one thing. Undefined elsewhere.
 */
export function sharedAsked(label: string, comparing: string): string | undefined {
  if (!isSharedLabel(label)) return undefined;
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
