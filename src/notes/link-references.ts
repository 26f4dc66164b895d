/**
 * Reference-style images and links: `![구성도][arch]` or `[공식 문서][docs]`, with `[arch]: ./arch.png`
 * elsewhere in the note. micromark makes them references only in a document holding the definition,
 * and a card's back is a slice of its note that seldom holds it: the definitions a back refers to are
 * appended to it (definitions show nothing), and every reader of a tree turns references into the
 * plain images and links they stand for, so that build's warnings, export's media and review's `o`
 * each handle one kind of image.
 */
import type { Definition, Image, Link, Nodes, Parent, Root } from 'mdast';

/** A line that may be a link definition, `[label]: destination`, also in a quote or a list item. */
const LINK_DEFINITION = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t>]+)*\[[^\]\n]+\]:[ \t]*\S/m;

/** Whether `text` may hold a link definition: most notes hold none, and their trees are not walked. */
export function mayHoldDefinitions(text: string): boolean {
  return LINK_DEFINITION.test(text);
}

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
 * The note's definitions as lines a card's back can carry, by their label as written: rebuilt from
 * what they say rather than cut from the note, since one inside a quote or list holds its markers.
 */
export function definitionLines(tree: Root): Map<string, string> {
  const lines = new Map<string, string>();
  for (const definition of definitionsOf(tree).values()) {
    const label = definition.label ?? definition.identifier;
    const title = definition.title ? ` "${definition.title.replace(/["\\]/g, '\\$&')}"` : '';
    lines.set(label, `[${label}]: <${definition.url.replace(/[<>\\]/g, '\\$&')}>${title}`);
  }
  return lines;
}

/**
 * `markdown` with the definitions it refers to and does not hold appended. A label is matched as
 * written, in any case; a definition appended for a bracket that was no reference shows nothing.
 */
export function withDefinitions(markdown: string, lines: ReadonlyMap<string, string>): string {
  if (lines.size === 0 || !markdown.includes(']')) return markdown;
  const lower = markdown.toLowerCase();
  const needed: string[] = [];
  for (const [label, line] of lines) {
    const bracketed = `[${label.toLowerCase()}]`;
    if (lower.includes(bracketed) && !lower.includes(`${bracketed}:`)) needed.push(line);
  }
  return needed.length > 0 ? `${markdown}\n\n${needed.join('\n')}` : markdown;
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
