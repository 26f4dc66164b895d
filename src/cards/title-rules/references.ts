/**
 * Lines about the note rather than its topic, nothing to learn: navigation (`[Top](#x)`), references and
 * sources (`## 참고 자료`, `출처: …`, `License: MIT`; but not the sentences of an aside, `## 참고`), a table of contents (`[TOC]`, `목차`), a blog's words
 * to its readers, an author's preface (`이 문서는 … 정리한 것입니다`), the mark of a note's end (`— 끝 —`),
 * the author's study log (`(6 of 10) 5, 8 틀림`, `작성일: 2022-02-17`, `TODO: 예제 추가`) and the study's
 * own plan (`## 강의 콘텐츠 선정`, `## 스터디 일정`).
 */
import { trimWhere } from '../../util/text.js';
import { cleanTitle, keepsEveryLetter } from './clean.js';
import { endsInVerbNoun } from './tasks.js';

const NAVIGATION_WORDS =
  /^((go |back )?(to )?(the )?top|back|home|뒤로|뒤로\s*가기|(맨\s*)?위로(\s*가기)?|처음으로|목차(로)?|홈|이전|다음|prev|previous|next|up|↑|⬆️?|🔝)$/i;

/** Link texts of a navigation line such as `[Top](#x) [Back](../)`: every link is a navigation word. */
export function isNavigationLinks(linkTexts: readonly string[], otherText: string): boolean {
  if (linkTexts.length === 0) return false;
  if (cleanTitle(otherText).replace(/[|·•/\\\s]/g, '') !== '') return false;
  return linkTexts.every((text) => NAVIGATION_WORDS.test(cleanTitle(text)));
}

// A licence (`License: MIT`, `## 라이선스`) says whose the text is, as a source does: nothing to learn.
const REFERENCE_TITLE =
  /^\[?(references?|reference links?|sources?|links?|see also|further reading|licen[cs]es?|copyright|참고|참고\s*(자료|문헌|링크|사이트|사항)|관련\s*링크|출처|레퍼런스|라이[선센]스|저작권)\]?$/i;

/**
 * A heading that starts a list of references (or the note's licence), dropped from cards. A licence's
 * title over a definition (`## 저작권` over `창작물에 대해 저작자가 가지는 권리이다.`, `firstText` the text
 * right under it) is the topic of a note on licences or law, not the note's own licence.
 */
export function isReferenceHeading(title: string, firstText?: string): boolean {
  const words = cleanTitle(title).replace(/^[\d.]+\s*/, '');
  if (firstText !== undefined && isLicenceHeader(words) && DEFINES.test(firstText.trim().split('\n')[0]!)) return false;
  return REFERENCE_TITLE.test(words);
}

/** A sentence saying what a thing is: `…권리이다.`, `…문서입니다`, `…을 말한다`. */
const DEFINES = /(?:이다|입니다|(?:을|를)\s*(?:말한다|뜻한다|의미한다|가리킨다))[.!]?$/u;

/**
 * `## 참고`, `### 참고 사항`: in Korean the word means an aside (`참고로 …`, for your information) as often as
 * references. Its links are references, left out as any; a sentence in it says something of the topic
 * (see `isAsideStatement` in extract/navigation.ts). Not `참고 자료`, `참고 문헌`, `출처`: only sources.
 */
export function isAsideHeading(title: string): boolean {
  return /^\[?참고\s*(?:사항)?\]?$/u.test(cleanTitle(title).replace(/^[\d.]+\s*/, ''));
}

/** A table's header over each row's licence (`| 저장소 | 라이선스 |`): the table credits works, it teaches nothing. */
export function isLicenceHeader(cell: string): boolean {
  return /^(?:licen[cs]es?|라이[선센]스|저작권|copyright)$/iu.test(cleanTitle(cell));
}

/** A line such as `출처: https://…` or `참고 : [글](…)`. */
export function isReferenceLine(text: string): boolean {
  // Asked of every paragraph: cleaning adds no colon, so a text without one is told without cleaning it.
  if (!text.includes(':') && !text.includes('：')) return false;
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

/** A title about the score to reach: `합격 기준`, `커트라인`, `과락`, `배점`. */
const PASS_MARK = /합격|기준|커트라인|컷|과락|배점|만점|통과/u;
/** A score on a practice test: `6 of 10`, `8/10`, `80점`, `90%`. */
const SCORE = /\d+\s*(?:of|\/)\s*\d+|\d+(?:\.\d+)?\s*(?:점|%)/giu;
/** The questions got wrong or right, by number: `5, 8, 9, 10 틀림`, `3번 오답`, `2문제 맞음`. */
const QUESTIONS_MARKED = /(?:\d+\s*(?:번|개|문제)?\s*(?:[,、]|및|와|과)?\s*)+(?:틀림|틀렸(?:다|음|습니다)|오답|맞음|맞았(?:다|음|습니다))/gu;
/** What labels a score or the day the note was written (`점수:`, `오답:`, `작성일:`); never `정답:`, which answers. */
const LOG_LABEL = /(?:점수|정답률|score|오답|틀린\s*문제|맞은\s*(?:문제|개수))\s*[:：]?/giu;
/** A day, as a date line writes it: `2022-02-17`, `2022.2.17`, `2022년 2월 17일 (목)`. */
const DAY = String.raw`\d{2,4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?\.?(?:\s*\([월화수목금토일]\))?`;
/** A day the note was written or changed, labelled so: `작성일: 2022-02-17`, `Last updated 2022.2.17`. */
const DATED = new RegExp(String.raw`^(?:작성일|작성\s*날짜|수정일|최종\s*수정일?|updated|last\s+updated)\s*[:：]?\s*${DAY}$`, 'iu');
/**
 * A day under a label of any date (`날짜: 2024-05-02`): the note's own only at its top, before its first
 * section; under a title it is the date the title asks (`ES2015 발표일은?` over `날짜: 2015-06-17`).
 */
const DATED_ANYTHING = new RegExp(String.raw`^(?:날짜|일시|date)\s*[:：]?\s*${DAY}$`, 'iu');
/** A to-do of the author's (`TODO: 예제 추가`, `FIXME`, `추후 정리 예정`): the note not yet written, nothing in it to recall. */
const NOTE_TO_SELF = /^\(?(?:추후|나중에|차후)\s*(?:정리|추가|작성|보완|업데이트)\s*(?:예정|할\s*것|하기)?\)?[.!]?$/iu;
/** The label of a to-do (`TODO: …`, `[FIXME]`), and what follows it. */
const TO_DO_LABEL = /^(?:\[(?:todo|fixme)\]|(?:todo|fixme)(?=\s*(?:[:：\-]|$)))\s*[:：\-]?\s*(.*)$/iu;
/** What a to-do says to do (`그림 추가`, `예제 보강하기`, `다시 볼 것`, `정리 예정`), not what the word means. */
const TASK_ENDING = /(?:(?:할|볼|찾을|읽을)\s*것|예정|필요(?:함)?)$/u;

/**
 * The author's log of their own study, not its topic: a score on a practice test (`(6 of 10) 5, 8, 9, 10
 * 틀림`, `점수: 80점`), the day the note was written (`작성일: 2022-02-17`), a to-do (`TODO: 그림 추가`, `추후
 * 정리 예정`). A short line of nothing else; `정답: 3` answers a question, and is no log. `where` it is: the
 * title it is under (`합격 기준` is about a score), and whether it is in the note's top lines, before any
 * section (where `날짜: 2024-05-02` dates the note, not a thing under a title).
 */
export function isStudyLog(text: string, where: { title?: string | undefined; inLead: boolean }): boolean {
  const line = text.trim();
  if (line.length > 80 || line.includes('\n')) return false;
  if (DATED.test(line) || NOTE_TO_SELF.test(line) || (where.inLead && DATED_ANYTHING.test(line))) return true;
  // `TODO: 나중에 구현할 작업을 표시하는 주석 태그` says what the word means, in a note on comments: no to-do.
  const toDo = TO_DO_LABEL.exec(line)?.[1]?.replace(/[.!]+$/u, '').trim();
  if (toDo !== undefined) return toDo === '' || endsInVerbNoun(toDo) || TASK_ENDING.test(toDo);
  // A pass mark is the topic of its title (`## 합격 기준` over `점수: 720점`), no one's score.
  if (where.title !== undefined && PASS_MARK.test(where.title)) return false;
  // A bare `720점` or `3/4` may answer its title (`합격 점수는?`): a score is a log only where a label, the
  // questions marked, or `6 of 10` says so.
  const marked = line.replace(QUESTIONS_MARKED, ' ');
  const labelled = marked.replace(LOG_LABEL, ' ');
  if (marked === line && labelled === marked && !/\d\s*of\s*\d/iu.test(line)) return false;
  // After a label, the questions' numbers alone are the log (`오답: 3, 7`).
  const rest = labelled === marked ? labelled.replace(SCORE, ' ') : labelled.replace(SCORE, ' ').replace(/\d+\s*(?:번|문제|개)?/gu, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * A section about the study itself, not its topic: which lectures to take and why (`강의 콘텐츠 선정`), a
 * plan, a schedule or progress (`스터디 일정`, `학습 계획`, `진도표`), the author's look back (`회고`, `후기`,
 * `느낀 점`). Only a title of nothing else: `일정 계획` of a project-management note is a topic, and so is
 * `학습 규칙` of a neural network's (rules are a study group's only, `스터디 규칙`). A look back is the
 * author's only where `firstText`, the text right under it, is written as theirs (see THE_AUTHORS): `## 회고`
 * over `스프린트가 끝난 뒤 … 정하는 회의이다` is a scrum event.
 */
export function isStudyPlanTitle(title: string, firstText?: string): boolean {
  const words = cleanTitle(title).replace(/^[\d.)\-]+\s*/, '').trim();
  if (LOOK_BACK.test(words)) return firstText === undefined || THE_AUTHORS.test(firstText);
  return /^(?:(?:강의|스터디|학습|공부|수업)\s*(?:콘텐츠|내용|자료|범위|목록)?\s*(?:선정|계획|일정|진도|진행\s*방식|회고|후기)|(?:스터디|수업)\s*규칙|진도표)$/u.test(words);
}

/** A look back, as a section's whole title: `회고`, `후기`, `느낀 점`, `소감`. */
const LOOK_BACK = /^(?:회고|후기|느낀\s*점|소감)$/u;
/**
 * Words of an author looking back: the past (`공부했다`, `어려웠지만`, `좋았습니다`), a guess (`…것 같다`),
 * the first person (`나는`, `제가`). A definition says what a thing is, in the present.
 */
const THE_AUTHORS = /(?:었|았|였|했|웠|겠)(?:다|는데|지만|고|어요|습니다|음)|것\s*같(?:다|습니다|아요)|(?:^|\s)(?:나|내|저|제|우리)(?:는|가|도|의)?\s/u;

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

/** More letters than the longest contents label has (`table of contents`, 15): the 16th found. */
const MORE_LETTERS_THAN_A_CONTENTS_LABEL = /^(?:\P{L}*\p{L}){16}/u;

export function isContentsLabel(text: string): boolean {
  if (MORE_LETTERS_THAN_A_CONTENTS_LABEL.test(text) && keepsEveryLetter(text)) return false;
  return /^(contents|table of contents|toc|목차|index)$/i.test(cleanTitle(text));
}
