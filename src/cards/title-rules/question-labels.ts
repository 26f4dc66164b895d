/**
 * The labels that mark questions and answers in a note: `Q.`, `Q1.`, `문제 1.`, `질문 3:`, a follow-up's
 * `꼬리 질문:`, the answer's `A.` or `정답:`; a heading labelled `Q.`. Answer lines that name a choice are
 * in choices.ts.
 */

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

/** How long the label before a question is (`Q1. `, `**문제 1.** `); undefined for no label, or a label alone. */
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

/** A line that is only a question's label (`질문 1:`), the question on the lines after it. */
export function isQuestionLabel(line: string): boolean {
  const match = QUESTION_PREFIX.exec(line);
  return match !== null && match[0].length >= line.trim().length;
}

/** How long the label before an answer is (`A. `, `**정답:** `); undefined for none. */
export function answerPrefixLength(line: string): number | undefined {
  return ANSWER_PREFIX.exec(line)?.[0].length;
}

/**
 * What a `<summary>` says where it only hides the answer to the question above it (`정답`, `답`, `해설`,
 * `풀이`, `Answer`, `정답 보기`, `펼치기`): no question of its own. Marks around it (`[정답]`, `👉 정답 ▼`) go.
 */
const ANSWER_REVEAL =
  /^(?:(?:모범\s*|예시\s*)?(?:정답|답|답변|답안|해설|풀이|정답\s*(?:및|&|\/|\+)\s*해설)(?:\s*(?:보기|확인|확인하기|펼치기|보이기|열기))?|펼치기|펼쳐\s*보기|클릭|클릭해서\s*(?:보기|확인)|(?:show\s+)?(?:the\s+)?(?:answer|solution)|explanation|click\s+to\s+(?:expand|show|reveal)|show|reveal|expand)$/iu;

export function isAnswerRevealLabel(summary: string): boolean {
  return ANSWER_REVEAL.test(summary.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}
