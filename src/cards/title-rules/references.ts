/**
 * Lines about the note rather than its topic, nothing to learn: navigation (`[Top](#x)`), references and
 * sources (`## 참고 자료`, `출처: …`), a table of contents (`[TOC]`, `목차`), a blog's words to its readers,
 * an author's preface (`이 문서는 … 정리한 것입니다`), the mark of a note's end (`— 끝 —`).
 */
import { trimWhere } from '../../util/text.js';
import { cleanTitle, keepsEveryLetter } from './clean.js';

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
