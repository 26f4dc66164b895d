/**
 * Prose an author boxed in a fenced block with no language: an answer (```` ``` ```` around `수직 스케일링성`,
 * or `정답 C` over a sentence and a URL), reasoning (`B는 …라 제거`), a definition quoted. On a back it is a
 * quote, each line as written: a code block is monospace, and in Anki it does not wrap, so a long sentence
 * scrolls sideways.
 * Whatever looks like code or its output stays a code block; when unsure, the box stays.
 */

/** Hangul syllables and jamo: a box of prose in these notes says something in Korean. */
const HANGUL = /[\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3]/;

/** A URL, which may hold `=`, `_`, `()` and run long without being code. */
const URL = /\bhttps?:\/\/\S+/g;

/**
 * Code in any line, Korean or not: a line that starts as code, a prompt or a comment does (`{`, `//`,
 * `#`, `$ `, `> `, `<tag`, `--`, `@decorator`); braces, `;` at the end, table and box drawing (`|`, `+--`,
 * `─`); a call (`print()`, `obj.method(`, `print("…`); an assignment or comparison after a name
 * (`x = 1`, `a==b`, `합계 += i`, `이름 = "…"`), a JSON key (`"이름":`), an arrow between names (`ptr->next`)
 * or of a diagram (`[클라이언트] --> [서버]`, two in a line: `클라이언트 -> 서버 -> DB`), a query (`SELECT
 * * FROM …`), a comment after code (` -- 조회`); a run of 3 spaces that aligns columns.
 */
const CODE_ANYWHERE = new RegExp(
  [
    String.raw`^[\s{}\])#%@>]`,
    String.raw`^(?:\/\/|\/\*|\*\/|\$\s|--|<\/?[A-Za-z!?])`,
    String.raw`[{}]|;\s*$|[|\u2500-\u259F]|\+-|-\+`,
    String.raw`[A-Za-z_$][\w$]*\(\)|[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\(|[A-Za-z_$][\w$]*\(["'\`]`,
    String.raw`[\w\])"'] ?[-+*/%!<>:=]?=|[-+*/%]=\s|=\s*["'\[{]|["']\s*:`,
    String.raw`\w->\w|-->|<--|==>|<==|<->|(?:->|→).*(?:->|→)`,
    String.raw`\bSELECT\s.*\sFROM\s|\b(?:INSERT\s+INTO|DELETE\s+FROM|CREATE\s+TABLE)\b|\s--\s`,
    String.raw` {3}|\t`,
    // What a program prints or a machine logs: a time stamp, a level or a bracketed mark opening the line
    // (`[INFO] …`, `[3]`), a prompt with its host (`ubuntu@ip:~$`), a path (`/home/ubuntu/…`, `C:\Users\…`),
    // a number alone or as a label's value (`합계: 15`, `결과: true`; not an answer's, `정답: 3`), a dotted name (`java.lang.NullPointerException`),
    // an error's label, an assignment after Hangul (`포트 = 8080`), columns aligned with two spaces (twice in a line: one is a typo).
    String.raw`^\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}:\d{2}|^\[|\S@[^\s:]*:\S*[$#]|(?:^|\s)\/[\w.-]+\/|[A-Za-z]:\\|^-?\d+(?:\.\d+)?$`,
    String.raw`(?<!(?:정답|답|[Aa]nswer)\s?):\s*(?:-?\d+(?:\.\d+)?|true|false|null|None|undefined)$|\b[a-z]\w*\.[a-z]\w*\.[A-Za-z]\w*|^(?:error|warning|fatal|exception|traceback)\b|[^\s=!<>]\s?=(?![=>])\s?[^\s=]|\S {2}\S.*\S {2}\S`,
  ].join('|'),
);

/**
 * Code in a line with no Hangul, which has no Korean sentence to make it prose: a command (`yum
 * install -y httpd`), a flag, a keyword that starts code (`import`, `SELECT`), a YAML key (`name:`), a call
 * with arguments (`len(x)`), an arrow of a diagram (`Client -> ALB`), or a quote that opens a string.
 */
const CODE_WITHOUT_HANGUL =
  /^(?:sudo|npm|npx|yarn|pnpm|git|docker|kubectl|aws|curl|wget|pip3?|python3?|node|java|javac|gcc|cd|ls|cat|echo|yum|apt|apt-get|brew|mkdir|rm|cp|mv|chmod|chown|systemctl|service|ssh|scp|export|source|make|go|cargo|terraform|import|from|def|class|function|const|let|var|return|if|else|for|while|public|private|protected|static|package|SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|GRANT|BEGIN|COMMIT|ROLLBACK)\b|\s--?[A-Za-z]|^[\w.-]+:(?:\s|$)|[A-Za-z_$][\w$]*\(|->|=>|<-|[→←↑↓]|^["']/;

/** A word longer than prose has between spaces: a hash, a key, a path or a run of output. */
const LONGER_THAN_A_WORD = /\S{31}/;

/**
 * The lines of `markdown` when it is one fenced block with no language and nothing else (the fence's
 * own lines left out, blank lines kept), or undefined.
 */
export function linesInBareFence(markdown: string): string[] | undefined {
  const trimmed = markdown.trim();
  // Most parts of a back are no fence: no need to split them.
  if (!trimmed.startsWith('```') && !trimmed.startsWith('~~~')) return undefined;
  const lines = trimmed.split('\n');
  const fence = /^(`{3,}|~{3,})[ \t]*$/.exec(lines[0]!)?.[1];
  if (fence === undefined || lines.length < 3) return undefined;
  const closes = (line: string) => {
    const run = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
    return run !== undefined && run[0] === fence[0] && run.length >= fence.length;
  };
  // Closed on its last line, and nowhere before: a second block after it is no part of one box.
  if (!closes(lines.at(-1)!) || lines.slice(1, -1).some(closes)) return undefined;
  return lines.slice(1, -1);
}

/** Whether every line of a box is prose, and one at least says something in Korean. */
export function isProse(lines: readonly string[]): boolean {
  const written = lines.filter((line) => line.trim() !== '');
  return written.length > 0 && written.some((line) => HANGUL.test(line)) && written.every(isProseLine);
}

function isProseLine(line: string): boolean {
  const words = line.replace(URL, 'URL');
  if (CODE_ANYWHERE.test(words) || LONGER_THAN_A_WORD.test(words)) return false;
  return HANGUL.test(words) || !CODE_WITHOUT_HANGUL.test(words);
}

/**
 * Lines of prose as a quote, each on a line of its own as written: still set apart as the author boxed
 * them (a definition quoted, an answer), but as text that wraps. A line break in a paragraph is shown as
 * one, in review and in Anki; a blank line stays a paragraph break. What Markdown would read as syntax is
 * escaped (`- 항목`, `1. 항목`, `*`, `` ` ``, `<`), so that each line shows as written; a URL is left whole.
 */
export function proseAsText(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim()
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${escapedLine(line)}`))
    .join('\n');
}

/** A box of prose as a quote (see proseAsText), or undefined where `markdown` is no such box. */
export function unboxedProse(markdown: string): string | undefined {
  const lines = linesInBareFence(markdown);
  return lines !== undefined && isProse(lines) ? proseAsText(lines) : undefined;
}

function escapedLine(line: string): string {
  let escaped = '';
  let from = 0;
  for (const url of line.matchAll(URL)) {
    escaped += escapedText(line.slice(from, url.index)) + url[0];
    from = url.index + url[0].length;
  }
  escaped += escapedText(line.slice(from));
  // A marker of a list (`- `, `+ `, `1. `, `2) `) at the line's start would make it an item.
  return escaped.replace(/^([-+])(?=\s|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Characters that can start Markdown or HTML in text (`*강조*`, `` `코드` ``, `[링크]`, `<태그>`, `#태그`,
 * `~~취소~~`, `==강조==`, `$수식$`, `&amp;`).
 */
function escapedText(text: string): string {
  return text.replace(/[\\`*_[<#~=$]|&(?=#?\w+;)/g, '\\$&');
}
