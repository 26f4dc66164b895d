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

/** Commands typed at a shell prompt (`git status`, `npm install`). */
const SHELL_COMMAND =
  'sudo|npm|npx|yarn|pnpm|git|docker|kubectl|aws|curl|wget|pip3?|python3?|node|java|javac|gcc|cd|ls|cat|echo|yum|apt|apt-get|brew|mkdir|rm|cp|mv|chmod|chown|systemctl|service|ssh|scp|export|source|make|go|cargo|terraform';

/**
 * Code in a line with no Hangul, which has no Korean sentence to make it prose: a command (`yum
 * install -y httpd`), a flag, a keyword that starts code (`import`, `SELECT`), a YAML key (`name:`), a call
 * with arguments (`len(x)`), an arrow of a diagram (`Client -> ALB`), or a quote that opens a string.
 */
const CODE_WITHOUT_HANGUL = new RegExp(
  String.raw`^(?:${SHELL_COMMAND}|import|from|def|class|function|const|let|var|return|if|else|for|while|public|private|protected|static|package|SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|GRANT|BEGIN|COMMIT|ROLLBACK)\b|\s--?[A-Za-z]|^[\w.-]+:(?:\s|$)|[A-Za-z_$][\w$]*\(|->|=>|<-|[→←↑↓]|^["']`,
);

/**
 * What a tool prints in Korean, which reads as short prose: a file name with its extension (`README.md`,
 * `설정.yml`; not a product's, `Node.js`), a command quoted in a hint (`(use "git add <file>...")`, `"git add
 * <파일>..."을 사용하십시오`), and the status lines of version control, a branch or a commit named bare
 * (`현재 브랜치 main`, `On branch main`) or the work tree's state in fragments (`커밋할 사항 없음, 작업 폴더 깨끗함`).
 */
const TOOL_OUTPUT = new RegExp(
  [
    String.raw`(?:^|[\s'"(\[])(?:[a-z0-9_][\w-]*|[A-Z][A-Z0-9_]+|[\uac00-\ud7a3][\w\uac00-\ud7a3-]*)\.(?:md|txt|js|jsx|ts|tsx|py|java|kt|c|cpp|h|go|rs|rb|php|sh|json|ya?ml|toml|xml|html|css|csv|log|sql|gradle|lock|env)\b`,
    String.raw`["'\x60](?:${SHELL_COMMAND})\s`,
    String.raw`(?:브랜치|커밋|태그|리모트)\s+['"]?[A-Za-z0-9][\w./-]*['"]?$|^(?:On branch|HEAD detached|Your branch|Changes (?:not staged|to be committed)|Untracked files|nothing to commit|no changes added)\b`,
    String.raw`(?:커밋|브랜치|스테이지|작업\s?(?:폴더|트리|디렉터리)|변경\s?사항)[^.!?]*\s(?:없음|있음|깨끗함)[,.]?(?:\s|$)`,
  ].join('|'),
  'u',
);

/** A word longer than prose has between spaces: a hash, a key, a path or a run of output. */
const LONGER_THAN_A_WORD = /\S{31}/;

/**
 * The lines of `markdown` when it is one fenced block with no language and nothing else (the fence's
 * own lines left out, blank lines kept), or undefined.
 */
export function linesInBareFence(markdown: string): string[] | undefined {
  return linesInFence(markdown, /^(`{3,}|~{3,})[ \t]*$/);
}

/** The same of a fenced block with a language or none (```` ```bash ````). */
function linesInFence(markdown: string, opening = /^(`{3,}|~{3,})[^`]*$/): string[] | undefined {
  const trimmed = markdown.trim();
  // Most parts of a back are no fence: no need to split them.
  if (!trimmed.startsWith('```') && !trimmed.startsWith('~~~')) return undefined;
  const lines = trimmed.split('\n');
  const fence = opening.exec(lines[0]!)?.[1];
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
  if (CODE_ANYWHERE.test(words) || LONGER_THAN_A_WORD.test(words) || TOOL_OUTPUT.test(words)) return false;
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

/**
 * A box of prose as a quote (see proseAsText), or undefined where `markdown` is no such box. `before` is
 * what the back says right above it: after a command (`` `git status`를 실행하면 `` or `$ git status`) the
 * box is what that command prints, however Korean it reads.
 */
export function unboxedProse(markdown: string, before = ''): string | undefined {
  const lines = linesInBareFence(markdown);
  return lines !== undefined && isProse(lines) && !endsInCommand(before) ? proseAsText(lines) : undefined;
}

/** A command at a prompt (`$ git status`) or written as code (`` `npm test`의 결과 ``). */
const COMMAND = new RegExp(String.raw`^\$\s*(?:${SHELL_COMMAND})\b|\x60\$?\s*(?:${SHELL_COMMAND})(?:\s[^\x60]*)?\x60`);
const COMMAND_LINE = new RegExp(String.raw`^(?:${SHELL_COMMAND})(?:\s|$)`);

/** Whether the last line of `text` types a command: at a prompt, as code, or as a code block's last line. */
function endsInCommand(text: string): boolean {
  const fenced = linesInFence(text);
  const last = (fenced ?? text.split('\n')).filter((line) => line.trim() !== '').at(-1)?.trim();
  return last !== undefined && (COMMAND.test(last) || (fenced !== undefined && COMMAND_LINE.test(last)));
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
