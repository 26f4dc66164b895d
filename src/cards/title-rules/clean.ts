/**
 * Markup out of a title: the text of a title's Markdown (titleText), that text cleaned for display
 * (cleanTitle: HTML, comments, emoji shortcodes, layout marks, a trailing colon), a title of nothing,
 * and a number that only labels a title.
 */
import type { Nodes } from 'mdast';
import { mayHoldObsidianMarkup, obsidianMarkupAsText } from '../../notes/obsidian-markup.js';
import { remembered } from '../../util/memo.js';
import { collapseWhitespace, stripHtmlComments } from '../../util/text.js';

/** HTML tags notes use in titles; `Optional<T>` and `ArrayList<E>` are not tags and stay. */
const HTML_TAG = /<\/?(a|abbr|b|big|br|center|code|del|div|em|font|h[1-6]|i|img|ins|kbd|mark|p|s|small|span|strike|strong|sub|sup|u)(?=[\s/>])[^>]*>/gi;

/**
 * Stands in for a `<` that a note wrote as text (`&lt;p&gt;`) or code (`` `<div>` ``) while cleanTitle
 * removes HTML tags: `<div>` there is the thing the title names, not markup. From the private use area,
 * which no note's text holds.
 */
const TEXT_ANGLE = '\uE000';
const TEXT_ANGLES = /\uE000/g;
/**
 * Stand in for `[` and `=` in code (`` `[[nodiscard]]` ``, `` `a ==b== c` ``) while cleanTitle reads
 * wikilinks and highlights: code keeps them as written, in a title as in a back.
 */
const CODE_BRACKET = '\uE001';
const CODE_EQUALS = '\uE002';
const CODE_MARKS = /[\uE001\uE002]/g;

/**
 * The text of a title's Markdown, for cleanTitle: as mdast-util-to-string gives it, but a `<` in text
 * or code is kept from being taken for a tag. Raw HTML stays, for cleanTitle to remove.
 */
export function titleText(node: Nodes): string {
  if (node.type === 'text') return node.value.replaceAll('<', TEXT_ANGLE);
  if (node.type === 'inlineCode') {
    const code = node.value.replaceAll('<', TEXT_ANGLE);
    return mayHoldObsidianMarkup(code) ? code.replaceAll('[', CODE_BRACKET).replaceAll('=', CODE_EQUALS) : code;
  }
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (node.type === 'break') return '\n'; // a hard line break ends a line as a soft one does
  if ('children' in node) {
    const children = node.children as Nodes[];
    let text = '';
    for (const child of children) text += child.type === 'html' && namesTag(child.value, children) ? child.value.replaceAll('<', TEXT_ANGLE) : titleText(child);
    return text;
  }
  return 'value' in node ? node.value : '';
}

/** Elements that are never closed: `<br>` and `<img>` in a title are markup however they stand. */
const VOID_ELEMENTS = /^(br|img|hr|wbr|input|meta|link|source)$/i;

/**
 * An opening tag that nothing closes (`## <div>와 <span>의 차이`): the title names the element, it
 * does not mark text up, as `<b>굵은</b>` does.
 */
function namesTag(html: string, siblings: readonly Nodes[]): boolean {
  const open = /^<([a-z][a-z0-9]*)(\s[^<>]*)?>$/i.exec(html);
  if (!open || VOID_ELEMENTS.test(open[1]!)) return false;
  const closing = new RegExp(`^</${open[1]}\\s*>$`, 'i');
  return !siblings.some((node) => node.type === 'html' && closing.test(node.value));
}

/** `참고 -`, `주의:`, `cf.` before a title: the label of a remark, no part of what the title names. */
const ASIDE_PREFIX = /^(참고|주의|cf\.?)\s*[-–—:)]\s+(?=\S)/i;

/**
 * Marks before a title that only lay the note out: a toggle's triangle (`▶ 보안 그룹`, as Notion exports
 * toggles) and importance stars (`★★ S3 Standard-IA`). The card asks about what follows them.
 */
const LAYOUT_MARKS = /^(?:[▶►▸▷▹▼▽➤]|[★☆]+)\s+(?=\S)/u;

/**
 * Clean a title for display: no HTML, comments, emoji shortcodes or trailing colon; white space collapsed.
 * It takes letters away only where keepsEveryLetter says it may.
 */
export const cleanTitle = remembered(cleanTitleOnce);

/** cleanTitle not remembered: for a text asked once or twice in a row (a term's description), which would only fill the store. */
export function cleanTitleOnce(text: string): string {
  // Each pattern tried only where the mark it needs is: most titles have none, and looking is cheaper.
  let withoutMarkup = obsidianMarkupAsText(stripHtmlComments(text));
  if (withoutMarkup.includes('<')) withoutMarkup = withoutMarkup.replace(HTML_TAG, '');
  if (withoutMarkup.includes(':')) withoutMarkup = withoutMarkup.replace(/:[a-z0-9_+-]+:/gi, ' ');
  if (withoutMarkup.includes(TEXT_ANGLE)) withoutMarkup = withoutMarkup.replace(TEXT_ANGLES, '<');
  if (withoutMarkup.includes(CODE_BRACKET) || withoutMarkup.includes(CODE_EQUALS)) withoutMarkup = withoutMarkup.replace(CODE_MARKS, (mark) => (mark === CODE_BRACKET ? '[' : '='));
  // `참고 - 포트 상태 정보` is a remark about what follows the dash, which is the title.
  const title = collapseWhitespace(withoutMarkup).replace(LAYOUT_MARKS, '').replace(ASIDE_PREFIX, '');
  // Tested by hand first: the pattern alone is tried at every position of a long paragraph's text.
  return title.endsWith(':') || title.endsWith('：') ? title.replace(/\s*[:：]$/, '') : title;
}

/**
 * Whether cleanTitle keeps every letter of `text`: it takes letters away only inside markup (`<…>`,
 * `:shortcode:`, `[[…|…]]`) and with a remark's label (`참고 -`, `cf.`). Rules asked of every paragraph
 * that only a short label meets (see isContentsLabel) tell a longer text from one without cleaning it:
 * cleaning each paragraph was 4% of extraction. Keep in step with cleanTitle.
 */
export function keepsEveryLetter(text: string): boolean {
  return !/[<:]|\[\[|참고|주의|cf/i.test(text);
}

/** A heading of nothing once markup is removed: `## `, `## <br>`, or emphasis of spaces (`## **  **`). */
export function isBlankTitle(title: string): boolean {
  return title.replace(/[*_~`\s]/g, '') === '';
}

/**
 * A title without the number that labels it (`1. 일관성`, `영역 1. 안정적인 네트워크 설계`): that number is
 * no sentence's end, and the rest is what must read as a title (see isTitleLike).
 */
export function withoutLabelNumber(title: string): string {
  return title.replace(/^(?:\p{L}{1,4}\s*)?\d+[.)]\s+(?=\S)/u, '');
}
