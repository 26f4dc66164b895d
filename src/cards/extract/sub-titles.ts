/**
 * Rules read once the whole note is walked: a title whose back asks for or announces the parts its
 * sub-titles name (`## 샤딩의 종류는?` over `### 범위 샤딩`, `### 해시 샤딩`) lists their names.
 */
import { subjectOf } from '../front.js';
import { withParticle } from '../particles.js';
import { asksForItsParts, endsInAspect } from '../title-rules/aspects.js';
import { withoutLabelNumber } from '../title-rules/clean.js';
import {
  announcedAspect,
  announcedCount,
  announcesKinds,
  askedAnnouncement,
  askedLeadIn,
  asksHowOrWhy,
  asksWhichThereAre,
  isAnnouncement,
  leadsIntoWhatFollows,
  onlyLeadsIn,
  saysSomethingBeforeAnnouncing,
} from '../title-rules/lead-ins.js';
import { isStatement, isTitleLike, LIST_TITLE_MAX } from '../title-rules/names.js';
import { asks } from '../title-rules/questions.js';
import { isAspectTitle, isGenericTitle, shownTitle } from '../titles.js';
import type { Concept, ConceptKind } from '../types.js';
import type { ExtractionState } from './state.js';

/** The sub-titles a heading's parts are written as: sub-headings, callouts (`> 범용`) and bold lines (`**범용**`). */
export const SUB_TITLE_KINDS: ReadonlySet<ConceptKind> = new Set(['heading', 'question', 'callout', 'bold-title']);
/**
 * Sub-titles an announcement at the end of their parent's back leads into (see `nameAnnouncedSubTitles`).
 * Not sub-headings: sections of their own, which an announcement above them may not mean (`코드는 다음과
 * 같습니다.` over `### 실행 환경`, `### 회고`, the code left out of the note).
 */
const ANNOUNCED_SUB_TITLE_KINDS: ReadonlySet<ConceptKind> = new Set(['callout', 'bold-title', 'list-title']);

/**
 * A heading of nothing that asks for kinds, a count or steps (`## 샤딩의 종류는?`, `## 교착 상태의 4가지
 * 조건`) over sub-titles naming them (`### 범위 샤딩`, `### 해시 샤딩`, numbered parts at its own level,
 * or, as notes mostly write them, callouts `> 범용` and bold lines `**범용**`): the names are its answer,
 * as a list title's items' are (see `listInto`). A plain topic (`## 네트워크`) over its parts still says
 * nothing. Sections any note has (`### 정리`) are no kind; a sub-title asking something else than what a
 * thing is (`### 언제 쓰는가?`, `> 언제 쓰는가?`) makes the parts no list. The note's `#` title asks as a
 * `##` does (`# 샤딩의 종류` over `## 범위 샤딩`): the note's name, it is still a question the note answers.
 *
 * So does a heading whose intro only leads into its parts (see `onlyLeadsIn`): a question asking which
 * there are (`트랜잭션은 어떤 성질을 가질까?`), one asking how or why over sub-headings only (`교착 상태는 왜
 * 생길까?` over `### 상호 배제`, `### 점유 대기`), or an announcement (`인덱스의 종류는 다음과 같다.`) under a
 * title asking for them. There every part must be a name (not `### 왜 B-Tree를 쓸까`, nor a sentence);
 * an announcement stays above the names, which it leads into, and a question the title does not
 * already ask is asked in its place (see `askedTitle`).
 */
export function namePartsAskedFor(state: ExtractionState, concept: Concept, concepts: readonly Concept[]): void {
  if ((concept.kind !== 'heading' && concept.kind !== 'question')) return;
  if (concept.choices !== undefined) return;
  const intro = state.explanationOf(concept);
  if (intro !== '' && !onlyLeadsIn(intro)) return;
  const lines = intro.split(/\n+/).map((line) => line.trim()).filter((line) => line !== '');
  const parts = concepts.filter((part) => part.parent === concept && SUB_TITLE_KINDS.has(part.kind) && !isGenericTitle(shownTitle(part)));
  // Headings the author wrote right under `교착 상태는 왜 생길까?` are its answer, as the names of kinds
  // are one asking which there are; bold lines and callouts there are as often points of prose.
  const underHeadings = parts.length > 0 && parts.every((part) => part.kind === 'heading' || part.kind === 'question');
  const question = lines.find((line) => asksWhichThereAre(line) || (underHeadings && asksHowOrWhy(line)));
  // `뷰의 장점은 다음과 같다.` names what the parts are: without it on the front they would be the view's
  // parts, and the announcement no card (see onlyLeadsIntoItsParts).
  // So does one the author set as a question (`**문제2. 출제 영역과 비율은 다음과 같습니다.**`).
  const announcedAt = question === undefined ? lines.findIndex((line) => (announcedAspect(line) ?? askedAnnouncement(line)) !== undefined) : -1;
  const announced = announcedAt < 0 ? undefined : (announcedAspect(lines[announcedAt]!) ?? askedAnnouncement(lines[announcedAt]!));
  if (!asksForItsParts(concept.title) && question === undefined && announced === undefined) return;
  const names = parts.map((part) => subjectOf(shownTitle(part)));
  const asksElse = (part: Concept, name: string) => (part.kind === 'question' || asks(shownTitle(part))) && name === shownTitle(part);
  if (names.length < 2 || parts.some((part, n) => asksElse(part, names[n]!))) return;
  // Words then one ending in 다 (`해시로 찾으면 빠르다`) say something, as a sentence does.
  const isName = (name: string) => isTitleLike(withoutLabelNumber(name), LIST_TITLE_MAX) && !isStatement(name) && !/\s\S*다$/u.test(name);
  if (intro !== '' && !names.every(isName)) return;
  const title = shownTitle(concept);
  const titleAsksNot = !asks(title) && !asksForItsParts(title) && !endsInAspect(title);
  if (question !== undefined && titleAsksNot) concept.leadIn = askedLeadIn(question);
  else if (announced !== undefined && titleAsksNot) {
    // A bare aspect (`장점은 다음과 같다`) is the heading's.
    const asked = isGenericTitle(announced) ? `${subjectOf(title)}의 ${announced}` : announced;
    concept.leadIn = `${withParticle(asked, '은/는')}?`;
  }
  // A question the author set (`**문제3. 출제 영역은 다음과 같습니다.**`), become the front, is not said again
  // on the back; a plain announcement (`뷰의 장점은 다음과 같다.`) stays above the names it leads into.
  const askedOnFront = concept.leadIn !== undefined && question === undefined && announcedAspect(lines[announcedAt]!) === undefined ? lines[announcedAt] : undefined;
  const announcement = lines.filter((line) => isAnnouncement(line) && line !== askedOnFront);
  concept.parts = [...(announcement.length > 0 ? [{ type: 'markdown' as const, markdown: announcement.join('\n') }] : []), { type: 'markdown', markdown: names.map((name) => `- ${name}`).join('\n') }];
  concept.namesItsParts = true;
}

/**
 * A back that says something, then ends on an announcement (`**문제3. 출제 영역은 다음과 같습니다.**`,
 * `출제 영역:`; see leadsIntoWhatFollows), one in the same sentence as what it says (`힙은 완전 이진
 * 트리이며, 다음과 같은 종류가 있다.`; see saysSomethingBeforeAnnouncing), or a count (`…세 가지 종류가
 * 존재한다.`; see announcedCount) right over the sub-titles it announces, each a card of its own (`영역 1.
 * …`, `영역 2. …` over their lists; bold lines, callouts, one-item list titles; sub-headings as many as
 * counted, or under an announcement of kinds): the back lists their names after it, as a back lists its
 * list's sub-titles in place (see `listInto`), instead of announcing nothing. Not where a sub-title asks
 * something, names an aspect (`**장점**`) or a section any note has (`정리`), which a bare name would not
 * say; a back of nothing but the lead-in is `namePartsAskedFor`'s, or no card (see onlyLeadsIntoItsParts).
 */
export function nameAnnouncedSubTitles(state: ExtractionState, concept: Concept, children: readonly Concept[]): void {
  const last = concept.parts[concept.parts.length - 1];
  if (concept.namesItsParts || last?.type !== 'slice' || children.length < 2) return;
  const intro = state.explanationOf(concept);
  const lines = intro.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^(?:<br\s*\/?>\s*)+$/iu.test(line));
  const lastLine = lines[lines.length - 1];
  // One line may say something and announce too (`힙은 완전 이진 트리이며, 다음과 같은 종류가 있다.`).
  const saysSomething = lines.length >= 2 || (lastLine !== undefined && saysSomethingBeforeAnnouncing(lastLine));
  if (lastLine === undefined || !saysSomething) return;
  const count = announcedCount(lastLine);
  if ((!leadsIntoWhatFollows(lastLine) && count === undefined) || onlyLeadsIn(lines.join('\n'))) return;
  const backEnds = state.source.slice(0, last.end).split('\n').length;
  const announced = children.filter((child) => child.line > backEnds);
  // A count (`스케줄러에도 크게 세 가지 종류가 존재한다.`) says which sections it means, sub-headings too:
  // as many as it counts, right under it; so does an announcement of kinds (`다음과 같은 종류가 있다.`).
  const counted = count === announced.length || announcesKinds(lastLine);
  const isNamedSubTitle = (child: Concept) => {
    const title = shownTitle(child);
    return (ANNOUNCED_SUB_TITLE_KINDS.has(child.kind) || (counted && child.kind === 'heading')) && !asks(title) && !isAspectTitle(title) && !isGenericTitle(title);
  };
  if (announced.length < 2 || !announced.every(isNamedSubTitle)) return;
  concept.parts.push({ type: 'markdown', markdown: announced.map((child) => `- ${shownTitle(child)}`).join('\n') });
  // A count of the title's own kinds (`스케줄러에도 크게 세 가지 종류가 존재한다.` under `## 스케줄러`), the
  // names now under it, answers what its kinds are: the topic, asking nothing as written, asks that. Not
  // where the same sentence first says what the thing is (`힙은 완전 이진 트리이며, 다음과 같은 종류가 있다.`).
  const title = shownTitle(concept);
  const kinds = counted && !saysSomethingBeforeAnnouncing(lastLine) ? countedKindsOf(lastLine, title) : undefined;
  if (kinds !== undefined && concept.kind === 'heading' && !asks(title) && !endsInAspect(title) && !asksForItsParts(title)) concept.leadIn = `${title}의 ${withParticle(kinds, '은/는')}?`;
}

/** The word a count of a title's kinds names them by (`스케줄러에도 세 가지 종류가 있다` → `종류`), where the sentence names that title. */
function countedKindsOf(line: string, title: string): string | undefined {
  const sentence = ` ${line.replace(/[*_]/gu, '')}`;
  if (!['에도', '에는', '은', '는', '의', '에'].some((particle) => sentence.includes(` ${title}${particle} `))) return undefined;
  return /(종류|유형|방식|방법)(?:가|이)\s/u.exec(sentence)?.[1] ?? '종류';
}
