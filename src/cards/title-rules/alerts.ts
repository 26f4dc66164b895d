/**
 * GitHub and Obsidian alerts (`> [!NOTE]`, `> [!tip]- 암기법`): their type and title, a title that only
 * labels the box (`암기법`, `Tip`), and the alert as its box shows it, without the marker.
 */
import { trimEndWhere } from '../../util/text.js';
import { isClosingMark } from './labels.js';

const ALERT_MARKER = /^\[!(?<type>[A-Za-z]+)\][+-]?/;

/** The type of a GitHub/Obsidian alert (`> [!NOTE]`), from the blockquote's first line. */
export function alertType(firstLine: string): string | undefined {
  return ALERT_MARKER.exec(firstLine.trim())?.groups?.type?.toUpperCase();
}

/** The title written after an alert's marker, its fold sign (`-`, `+`) no part of it: `> [!tip]- 암기법` → `암기법`. */
export function alertTitle(firstLine: string): string {
  const line = firstLine.trim();
  const marker = ALERT_MARKER.exec(line);
  return marker ? line.slice(marker[0].length).trim() : '';
}

/** Obsidian's callout types and their aliases (`> [!tip] Tip`): a title that only repeats the type names nothing. */
const ALERT_TYPE_NAME =
  /^(note|abstract|summary|tldr|info|todo|tip|hint|important|success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|danger|error|bug|example|quote|cite)$/i;

/** Labels a note boxes a remark under (`암기법`, `참고`, `주의`): they say what kind of remark follows, not what it is about. */
const GENERIC_ALERT_TITLE =
  /^(노트|메모|참고|참고\s*사항|정보|팁|꿀팁|힌트|중요|주의|주의\s*사항|경고|위험|예시|예제|예|인용|질문|할\s*일|완료|성공|실패|오류|버그|암기법|암기\s*팁|기억법|외우는\s*법|포인트|tip|note|info|warning|example)$/i;

/**
 * A callout title that is a label of the box rather than a name (`암기법`, `참고`, `Tip`, or the type's
 * name): its body stays in the explanation it stands in, the title a bold line over it.
 */
export function isGenericAlertTitle(title: string): boolean {
  const label = trimEndWhere(title, isClosingMark);
  return ALERT_TYPE_NAME.test(label) || GENERIC_ALERT_TITLE.test(label);
}

/**
 * An alert as its box shows it: without the marker; a title written after it (`> [!tip]- 암기법`) a
 * bold line of its own over the body, as Obsidian draws it.
 */
export function stripAlertMarker(markdown: string): string {
  const marker = /^(\s*>[ \t]?)\[![A-Za-z]+\][+-]?[ \t]*([^\n]*)/.exec(markdown);
  if (!marker) return markdown;
  const quote = marker[1]!;
  const title = marker[2]!.trim();
  const rest = markdown.slice(marker[0].length);
  // A marker alone on its line leaves an empty `>` line, which is dropped.
  if (!title) return rest.replace(/^\n/, '');
  const bold = /^(\*\*|__).*\1$/.test(title) ? title : `**${title}**`;
  // A blank quote line after it: the body's first line would otherwise join the title's paragraph.
  return `${quote}${bold}${rest.startsWith('\n') ? `\n${quote.trimEnd()}` : ''}${rest}`;
}
