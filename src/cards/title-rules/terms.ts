/**
 * `용어 : 설명` lines: where a line splits into a term and its description (`용어 : 설명`, `**용어**: 설명`,
 * `용어 - 설명`, `용어 ; 설명`), and where it does not (a flow, a formula, a statement, code); `장 ; …` and
 * `단 ; …` read as `장점` and `단점`. Whether the description defines the term is values.ts's to say.
 */
import { cleanTitle } from './clean.js';
import { NOT_A_TERM } from './labels.js';
import { isDashedFlow, isStatement, isTitleLike, TERM_MAX } from './names.js';

export interface TermSplit {
  term: string;
  /** Offset in the line where the description starts. */
  descriptionStart: number;
}

// `용어 : 설명`, `용어: 설명`, `**용어**: 설명`, `용어 - 설명`, `용어 ; 설명`. A colon needs a space after it
// (so `https://…` and `10:30` are not terms); a dash needs spaces around it (so `as-a-Service` is not).
// A no-break space (U+00A0, which notes copied from web pages hold) counts as a space. A highlight
// around the bold term (`==**TCP**== : …`) is the term's too: the front shows its text alone.
// Past its first character, the term ends nowhere inside a run of blanks, whose rest the blanks after
// it would take anyway: the same shortest term, found without scanning a long run from each blank.
const TERM_LINE =
  /^(?<highlight>==)?(?<open>\*\*|__)?(?<term>[^*\n:;](?:[^*\n:;]+?(?!(?<=[ \t\u00a0])[ \t\u00a0]))??)(?:\k<open>)?(?:\k<highlight>)?[ \t\u00a0]*(?::[ \t\u00a0]+|:$|;[ \t\u00a0]*|[ \u00a0][-–][ \t\u00a0]+)(?=\S|$)/;

/**
 * A line that is only code setting something to a value (`` `Access-Control-Allow-Origin: *` ``,
 * `` `max_connections=100` ``): an example of the setting above, with its remark under it, not a concept.
 */
export function isSettingExample(lineSource: string): boolean {
  const code = /^`([^`]+)`$/.exec(lineSource.trim())?.[1];
  return code !== undefined && (code.includes(': ') || /[\w\]]=/.test(code));
}

/** A lone `=` (not `==` highlight marks, `=>`, `<=`, `!=`). */
const FORMULA_EQUALS = /(?<![=<>!])=(?![=>])/u;

/** Split a `용어 : 설명` line; undefined when the line is not one. */
export function splitTerm(line: string): TermSplit | undefined {
  const match = TERM_LINE.exec(line);
  if (!match?.groups) return undefined;
  const atDash = /[ \u00a0][-–][ \t\u00a0]/.test(match[0]);
  // Also with what the flow is said after it (`식별 - 분석 - 감시 : 위험 관리 순서`): no term `식별` either.
  if (atDash && (isDashedFlow(line) || isDashedFlow(line.split(/[ \t\u00a0]?[:：][ \t\u00a0]/u, 1)[0]!))) return undefined;
  // `여유시간 = 늦은 착수일 - 이른 착수일`: a formula, its dash a minus, not a term's separator. A formula
  // after the dash (`기본키 - 후보키 중 고른 키 (PK = 유일 + NOT NULL)`) is part of the description.
  if (atDash && FORMULA_EQUALS.test(match[0])) return undefined;
  const term = cleanTitle(match.groups.term ?? '');
  // A colon inside inline code (`Content-Type: text/html`) is not a separator.
  if ((term.match(/`/g)?.length ?? 0) % 2 === 1) return undefined;
  // `컴파일러가 변환: 소스 -> 바이트 코드`, a step of an answer said with its subject: no term to ask of.
  if (isStatement(term)) return undefined;
  if (!isTitleLike(term, TERM_MAX) || NOT_A_TERM.test(term) || /[[\]()`]$/.test(term.replace(/\([^)]*\)$/, ''))) {
    return undefined;
  }
  return { term, descriptionStart: match[0].length };
}

/** `장 ; …` and `단 ; …`, as notes shorten `장점` and `단점`, with the aspect each stands for. */
const ABBREVIATED_ASPECT = /^(?:\*\*|__)?(장|단)(?:\*\*|__)?[ \t\u00a0]*[;:][ \t\u00a0]+(?=\S)/;

/**
 * A list's `장 ; …` or `단 ; …` line, read as the term `장점` or `단점`. Only where the list has both (the
 * caller checks): `단 : …` alone is as often "however" (`단, …`), and `장` a chapter.
 */
export function abbreviatedAspect(line: string): TermSplit | undefined {
  const match = ABBREVIATED_ASPECT.exec(line);
  return match ? { term: match[1] === '장' ? '장점' : '단점', descriptionStart: match[0].length } : undefined;
}
