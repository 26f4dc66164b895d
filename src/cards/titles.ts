/**
 * Rules about titles that need nothing else: a module of its own, importing only a small helper and
 * the types (which import nothing), so that a build's own thread (which parses no note when workers
 * do) can use them without loading the parser's rules.
 */
import { remembered } from '../util/memo.js';
import { type Concept, SHOWN_TITLE } from './types.js';

/** Between the parts of a front (`클라우드 컴퓨팅의 개요 › 클라우드 컴퓨팅이란?`); here, beside the titles, so that the review screen reads fronts without loading the card rules. */
export const CONTEXT_SEPARATOR = ' › ';

/**
 * Section numbers are for the note's reader, not for a card: `2. 선점 스케줄링`, `1-1. 갱신 이상`,
 * `4-1) 접속 테스트` and `1.품질보증` (no space, Hangul right after) lose them; `3.5 버전` and `3.x` keep theirs.
 */
export const displayTitle = remembered(function displayTitle(title: string): string {
  // A bullet typed into a heading (`#### - SDLC 선정`) is not part of its title either, nor a part or
  // chapter number (`PART 01 소프트웨어공학의 개념`, `Chapter 3. 프로세스`, `제2장 …`, `3장 …`).
  return title
    .replace(/^[-*+]\s+(?=\S)/, '')
    .replace(/^(?:(?:part|chapter|ch\.)\s*\d+|제?\s*\d+\s*장)\s*[.:)\-–—]?\s+(?=\S)/iu, '')
    .replace(/^(?:(?:\d+(?:[.-]\d+)*[.)]|[①-⑳])\s+(?=\S)|\d+(?:[.-]\d+)*\.(?=[\uac00-\ud7a3]))/u, '');
});

/** A concept's title as displayTitle shows it, worked out once for the concept (see SHOWN_TITLE). */
export function shownTitle(concept: Concept): string {
  return (concept[SHOWN_TITLE] ??= displayTitle(concept.title));
}

/** A title that is only a part or chapter number (`3장`, `제2장`, `Chapter 3`, `PART 01`): it names nothing of the note's. */
export function isChapterNumber(title: string): boolean {
  return /^(?:(?:part|chapter|ch\.)\s*\d+|제?\s*\d+\s*장)\.?$/iu.test(title.trim());
}

/**
 * An outline number without a final dot (`1.1 서브넷`, `2.3.1 …`) is the section's own only under a
 * heading whose number it extends (`1.1` under `1. VPC 구성 요소` or `1 VPC`, `2.3.1` under `2.3 …`):
 * elsewhere it may be what the heading is about (`3.5 버전`). The title without it, or as written.
 */
export function withoutOutlineNumber(title: string, above: string | undefined): string {
  const number = /^(\d+(?:\.\d+)+)\s+(?=\S)/.exec(title);
  const aboveNumber = above === undefined ? undefined : /^(\d+(?:\.\d+)*)(?:[.)]|\s)/.exec(above)?.[1];
  if (!number || aboveNumber === undefined) return title;
  const parts = number[1]!.split('.');
  return parts.slice(0, -1).join('.') === aboveNumber ? title.slice(number[0].length) : title;
}

/**
 * A title without the gloss in brackets it ends with (`TCP (전송 제어 프로토콜)` → `TCP`), nor the blanks
 * before it; as written where it ends with none. A gloss holds no bracket of its own (`f(g(x))` keeps
 * them). Found from the last `(` rather than by a pattern, which would try each blank before it.
 */
export function withoutGloss(title: string): string {
  if (!title.endsWith(')')) return title;
  const open = title.lastIndexOf('(');
  if (open < 0 || title.indexOf(')', open) !== title.length - 1) return title;
  return title.slice(0, open).trimEnd();
}

/** The number a title opens with as a section's (`1. 일관성`, `2) 가용성`, `③ …`), or undefined (`1-1. …`, `3.5 버전`). */
export function sectionNumber(title: string): number | undefined {
  if (displayTitle(title) === title) return undefined;
  const match = /^(?:(\d+)[.)]|([①-⑳]))/u.exec(title);
  if (!match) return undefined;
  return match[1] !== undefined ? Number(match[1]) : match[2]!.charCodeAt(0) - 0x2460 + 1;
}

/** Reasons and purposes named in two words (`ELB 사용 이유` is ELB's): aspects, asked `ELB의 사용 이유는?`. */
export const REASON_PHRASES: readonly string[] = ['사용 이유', '도입 이유', '사용 목적', '도입 목적', '도입 배경', '등장 배경', '개발 배경'];

/**
 * Words that name an aspect of the concept above rather than a concept: `장점` under `REST` is asked
 * "REST의 장점은?", not "장점이란?".
 */
export const ASPECT_LABELS: ReadonlySet<string> = new Set([
  ...'장점 단점 장단점 특징 특성 개념 정의 목적 역할 원리 구조 종류 유형 예 예시 사례 방법 과정 절차 순서 동작 문제점 한계'.split(' '),
  ...'해결 해결책 차이 차이점 비교 요약 정리 설명 답변 배경 의미 용도 구성 기능 단계 조건 원인 결과 효과 이점 필요성 방식 이유 경우 분류 목표'.split(' '),
  ...['동작 과정', '동작 원리', '동작 방식', '작동 원리', '사용 방법', '해결 방법', '구성 요소', '구성요소', '연산', '주요 기능', '주의 사항', '작동 방식', '내용', '비고'],
  ...'관점 규칙 공통점 같은점 사용법 항목 목록'.split(' '),
  ...REASON_PHRASES,
]);

/**
 * The same aspects in English, as English bullet lists write them (`- goal: to survive a data center
 * loss`): asked of the parent too ("HA의 goal은?"). Only words that never name a thing of their own.
 */
const ENGLISH_ASPECT_LABELS: ReadonlySet<string> = new Set([
  ...'goal goals purpose pros cons advantages disadvantages benefits drawbacks limitations features characteristics examples cost pricing'.split(' '),
  ...['pros and cons', 'use case', 'use cases'],
]);

export const isAspectTitle = remembered(function isAspectTitle(title: string): boolean {
  return ASPECT_LABELS.has(title) || ENGLISH_ASPECT_LABELS.has(title.toLowerCase());
});

/**
 * Sections that sum up the topic above them, and how one asks for the summary: `### 정리` (or
 * `마무리`) under `## 인덱스` is asked `인덱스를 정리하면?`, `### 요약` `인덱스를 요약하면?`, `### 결론`
 * `인덱스의 결론은?`. "인덱스의 정리는?" reads as if 정리 were a part of the index.
 */
const SUMMARY_ASKED: ReadonlyMap<string, SummaryAsked> = new Map([
  ...['정리', '총정리', '핵심 정리', '정리하면', '마무리'].map((label) => [label, '정리'] as const),
  ...['요약', '요약 정리', '요약하면', '핵심 요약', 'summary'].map((label) => [label, '요약'] as const),
  ...['결론', 'conclusion'].map((label) => [label, '결론'] as const),
]);

/** `정리` and `요약` are asked as verbs (`…을 정리하면?`), `결론` as a noun (`…의 결론은?`). */
export type SummaryAsked = '정리' | '요약' | '결론';

/** How a summary section is asked, or undefined for any other title. */
export const summaryAsked = remembered(function summaryAsked(title: string): SummaryAsked | undefined {
  return SUMMARY_ASKED.get(title.trim().toLowerCase());
});

/** Sections many notes have whatever they are about: they tell no note from another. */
const USUAL_SECTIONS: ReadonlySet<string> = new Set([
  ...'개요 소개 서론 본론 결론 들어가며 들어가기 마치며 마무리 참고 참고자료 목차 배경지식 예제 실습 연습문제 문제 퀴즈 정답 해설 용어 용어정리 핵심 메모 기타'.split(' '),
  ...['용어 정리', '핵심 정리', '참고 자료', '연습 문제'],
  ...'overview introduction intro summary conclusion references reference example examples exercise exercises quiz notes note misc'.split(' '),
]);

/** An aspect label, or a section any note may have (`개요`, `Summary`). */
export function isGenericTitle(title: string): boolean {
  return isAspectTitle(title) || USUAL_SECTIONS.has(title.toLowerCase());
}
