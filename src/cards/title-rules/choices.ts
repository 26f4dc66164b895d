/**
 * Multiple choice: which lines are choices (`A. …`, `(B) …`, `③ …`, `1. …`), the question over them, and
 * which choices an answer line names (`정답 : ②`, `A. C`, `답: 2, 3`), by mark or by text; whether
 * lines under a question are its choices or its answer.
 */
import { cleanTitle } from './clean.js';
import { QUESTION_MAX } from './questions.js';

/** A choice of a multiple-choice question: `A. …`, `**B. …**`, `(C) …`, `③ …`; not `e.g. …`. */
const CHOICE = /^[*_\s]*(?:\(([A-Ea-e])\)|([A-Ea-e])[.)]|([①-⑤]))\s+\S/;

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
