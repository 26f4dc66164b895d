/**
 * Reference-style images and links: `![구성도][arch]` or `[공식 문서][docs]`, with `[arch]: ./arch.png`
 * elsewhere in the note. micromark makes them references only in a document holding the definition,
 * and a card's back is a slice of its note that seldom holds it: the definitions a back refers to are
 * put before it (definitions show nothing), and every reader of a tree turns references into the
 * plain images and links they stand for, so that build's warnings, export's media and review's `o`
 * each handle one kind of image.
 */
import type { Definition, Image, Link, Nodes, Parent, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';

/**
 * A line that may be a link definition, `[label]: destination`, also in a quote or a list item, and
 * with the destination on the next line.
 */
const LINK_DEFINITION = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t>]+)*\[(?:[^\]\\\n]|\\.)+\]:[ \t]*(?:\r?\n[ \t>]*)?\S/m;

/** Whether `text` may hold a link definition: most notes hold none, and their trees are not walked. */
export function mayHoldDefinitions(text: string): boolean {
  return LINK_DEFINITION.test(text);
}

/**
 * `![alt][label]` and `![alt][]` as written in `source` (a text node's own source): micromark leaves a
 * reference as text when its label has no definition, and the image is then lost without a word. A
 * shortcut `![alt]` is not counted: as text it may be meant as text. `linesDown` is how many lines
 * below the start of `source` it is.
 */
export function unresolvedImageReferences(source: string): { written: string; label: string; offset: number; linesDown: number }[] {
  const found: { written: string; label: string; offset: number; linesDown: number }[] = [];
  let linesDown = 0;
  let counted = 0; // line breaks are counted up to here
  for (const match of source.matchAll(UNRESOLVED_IMAGE)) {
    for (let at = source.indexOf('\n', counted); at >= 0 && at < match.index; at = source.indexOf('\n', at + 1)) linesDown++;
    counted = match.index;
    const { alt, label } = match.groups as { alt: string; label: string };
    const named = label === '' ? alt : label;
    if (named.trim() !== '') found.push({ written: match[0], label: named, offset: match.index, linesDown });
  }
  return found;
}

/**
 * `![alt][label]` or `![alt][]`, the `!` not escaped (an even run of backslashes before it, none
 * escaped); alt and label on one line, without brackets of their own, as most are written. Each
 * match attempt stops at the first bracket or line end, so a line of a thousand `![` stays linear.
 */
const UNRESOLVED_IMAGE = /(?<=(?:^|[^\\])(?:\\\\)*)!\[(?<alt>(?:[^[\]\\\n]|\\.)*)\]\[(?<label>(?:[^[\]\\\n]|\\.)*)\]/g;

/** Turn the tree's image and link references that have a definition into images and links, in place. */
export function resolveReferences(tree: Root): void {
  const definitions = definitionsOf(tree);
  if (definitions.size === 0) return;
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('children' in node)) continue;
    const children = (node as Parent).children as Nodes[];
    children.forEach((child, n) => {
      if (child.type === 'imageReference') {
        const definition = definitions.get(child.identifier);
        if (definition) {
          const image: Image = { type: 'image', url: definition.url, title: definition.title ?? null, alt: child.alt ?? '' };
          if (child.position) image.position = child.position;
          children[n] = image;
        }
      } else if (child.type === 'linkReference') {
        const definition = definitions.get(child.identifier);
        if (definition) {
          const link: Link = { type: 'link', url: definition.url, title: definition.title ?? null, children: child.children };
          if (child.position) link.position = child.position;
          children[n] = link;
        }
      }
      pending.push(children[n]!);
    });
  }
}

/**
 * The definitions taken out of a tree whose references are resolved, with the quotes and list items
 * that held nothing else: in an Anki field they would be an empty quote box.
 */
export function dropDefinitions(tree: Root): void {
  const prune = (parent: Parent): void => {
    const children = parent.children as Nodes[];
    let kept = 0;
    for (const child of children) {
      if (child.type === 'definition') continue;
      if ((child.type === 'blockquote' || child.type === 'listItem' || child.type === 'list') && child.children.length > 0) {
        prune(child);
        if (child.children.length === 0) continue;
      }
      children[kept++] = child;
    }
    children.length = kept;
  };
  prune(tree);
}

/**
 * The note's definitions as lines a card's back can carry, by identifier: rebuilt from what they say
 * rather than cut from the note, since one inside a quote or list holds its markers. The url and title
 * are decoded in the tree: `&` is escaped so that an entity-like run in them stays as it is.
 */
export function definitionLines(tree: Root): Map<string, string> {
  const lines = new Map<string, string>();
  for (const [identifier, definition] of definitionsOf(tree)) {
    // The identifier is the label as written (escapes and all), normalised: it reads back as itself.
    const label = identifier.replace(/[\t\n\r ]+/g, ' ');
    const title = definition.title ? ` "${definition.title.replace(/["\\&]/g, '\\$&')}"` : '';
    lines.set(identifier, `[${label}]: <${definition.url.replace(/[<>\\&]/g, '\\$&')}>${title}`);
  }
  return lines;
}

/** Anything in brackets that could be a reference's label (at most 999 characters, no unescaped bracket). */
const BRACKETED = /\[((?:[^[\]\\]|\\[^]){1,999})\]/g;

/**
 * `markdown` with the note's definitions of the labels it holds put before it. Labels match as
 * CommonMark matches them (case, and runs of spaces or line breaks, ignored). Before, so that the
 * note's first definition of a label stays the first where the back holds a later one; a definition
 * put in for a bracket that was no reference shows nothing.
 */
export function withDefinitions(markdown: string, lines: ReadonlyMap<string, string>): string {
  if (lines.size === 0 || !markdown.includes(']')) return markdown;
  const needed = new Set<string>();
  for (const match of markdown.matchAll(BRACKETED)) {
    // A label wrapped onto the next line of a quote or list item: its markers are no part of it.
    const line = lines.get(normalizeIdentifier(match[1]!.replace(/\n[ \t>]*/g, ' ')).toLowerCase()); // as mdast's `identifier`
    if (line) needed.add(line);
  }
  return needed.size > 0 ? `${[...needed].join('\n')}\n\n${markdown}` : markdown;
}

/** By normalised identifier; the first definition of a label is the one that counts (CommonMark). */
function definitionsOf(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'definition') {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') {
      // Definitions are blocks: phrasing content holds none.
      for (let n = (node as Parent).children.length - 1; n >= 0; n--) pending.push((node as Parent).children[n] as Nodes);
    }
  }
  return definitions;
}
