/**
 * Find the concepts of a note: walk the mdast once, in order, keeping a stack of open titles.
 * A title's explanation is everything that follows it up to the next title at the same or a higher level.
 * Which lines are titles is decided by the small rules in `title-rules/` (see its index.ts).
 *
 * Here the walk hands each block to the reader of its kind, one module each, which all share one
 * `ExtractionState` (state.ts: the open titles, the concepts found, `explain`'s decisions):
 *   headings.ts    headings; numbered headings as parts; the title of a note without one
 *   quotes.ts      blockquotes: callouts, alerts, quotes of `용어 : 설명` lines, answer template labels
 *   lists.ts       a list as a whole: what its title's back lists, kinds, comparisons, outlines, steps
 *   list-items.ts  a list item: a term, a sub-title, a heading or tables written in it
 *   carded-parts.ts  under a title asking what a thing is or how things differ: which parts that are cards of their own its back keeps
 *   choices.ts     multiple choice, however written: lettered or numbered, in a list, a paragraph or a fence
 *   questions.ts   `Q.` paragraphs and items with their `A.` answers; a quiz in a fence
 *   lines.ts       a paragraph's lines read as a list: numbered lines, definition lines
 *   paragraphs.ts  paragraphs: bold and label lines as sub-titles, bold terms, a label's lines of terms
 *   tables.ts      tables: a card per row
 *   html.ts        HTML blocks and `<details>` questions; a `<details>` of only an answer (`정답`) the question above it
 *   navigation.ts  blocks that only lead elsewhere: navigation, link lists, tables of sources, tables of contents, a preface;
 *                  and the sentences under `## 참고` that do not, which stay on the card of the section above
 *   sub-titles.ts  once the note is read: a title whose back names its sub-titles
 *   source.ts      where a node is in the note's source; indentation
 */
import type { Root, RootContent } from 'mdast';
import { frontMatterTags, inlineTags, isTagLine } from '../../notes/note-tags.js';
import { collapseWhitespace } from '../../util/text.js';
import { cleanTitle, titleText } from '../title-rules/clean.js';
import { isReferenceHeading } from '../title-rules/references.js';
import type { BlockDecision, Concept } from '../types.js';
import { answerLineFirst, choicesAfter, fencedChoices, letteredChoices, numberedChoices } from './choices.js';
import { markNumberingsGoingOn, openUntitledLead, placeUntitledLead, readHeading } from './headings.js';
import { readHtml } from './html.js';
import { linesAsList } from './lines.js';
import { joinNumberedLists, markCasesOfTopics, OUTLINE_REASON, outlinesListsBelow, readList, tableOfLastItem, withTableInLastItem } from './lists.js';
import { isPrefaceBlock, readAside } from './navigation.js';
import { readParagraph } from './paragraphs.js';
import { fencedQuiz, questionOverList } from './questions.js';
import { readBlockquote } from './quotes.js';
import { end, lineOf, start } from './source.js';
import { ASIDE_SECTION, ExtractionState } from './state.js';
import { nameAnnouncedSubTitles, namePartsAskedFor } from './sub-titles.js';
import { readTable } from './tables.js';

export interface Extraction {
  /** The note's `#` title, if it has one. */
  deckName: string | undefined;
  /** Every concept with a title, in note order (children after their parent). */
  concepts: Concept[];
  /** One entry per block of the note. */
  decisions: BlockDecision[];
}

/**
 * `untitledName` is the deck's name for a note without a `#` title (build names it after the file):
 * given, such a note is read as if `# untitledName` were written above its first block, and a `#`
 * title of nothing (`# ` alone, or only markup) as if that name were written there, so that no text
 * of the note is lost for want of a title.
 */
export function extractConcepts(root: Root, source: string, untitledName?: string): Extraction {
  // A note without a `#` title is named by its front matter's `title:` where it has one, before its file.
  const named = frontMatterTitle(root);
  const extraction = readNote(new ExtractionState(source, named ?? untitledName, named !== undefined ? 'front matter' : 'file'), root);
  return named !== undefined && (extraction.deckName === undefined || extraction.deckName.trim() === '') ? { ...extraction, deckName: named } : extraction;
}

/**
 * The `title:` of a note's YAML front matter (`title: "교착 상태"`), quotes taken off, NFC and trimmed; or
 * undefined where it has none, or one written over several lines (`title: >`).
 */
export function frontMatterTitle(root: Root): string | undefined {
  const first = root.children[0];
  if (first?.type !== 'yaml') return undefined;
  const line = /^title[ \t]*:[ \t]*(.*)$/m.exec(first.value)?.[1]?.trim();
  if (line === undefined || /^[|>]/.test(line)) return undefined;
  // A YAML comment starts at a blank then `#`; the blanks before it are trimmed below (`\s+#` would try
  // each blank of a long run in turn).
  const unquoted = /^(["'])(.*)\1$/.exec(line)?.[2] ?? line.replace(/\s#.*$/, '');
  const title = collapseWhitespace(unquoted).normalize('NFC').trim();
  return title !== '' ? title : undefined;
}

/** The walk: each block in order, handed to the reader of its kind; then the rules that need the whole note. */
function readNote(state: ExtractionState, root: Root): Extraction {
  const blocks = joinNumberedLists(state, root.children);
  // Blocks above a `#` title further down are usually a citation (`> …강의자료 참고` and its URL), not
  // a concept: only a note with no `#` title at all reads them under its file's name. (`# 참고 자료`
  // is a reference section, never the note's title.)
  state.leadAwaited = state.untitledName !== undefined && !blocks.some((block) => block.type === 'heading' && block.depth === 1 && !isReferenceHeading(cleanTitle(titleText(block))));
  markNumberingsGoingOn(state, blocks);
  for (let i = 0; i < blocks.length; ) i = readBlock(state, blocks, i);
  state.close(0);
  placeUntitledLead(state);
  const concepts = state.concepts.filter((concept) => !state.demoted.has(concept));
  for (const concept of concepts) if (concept.kind === 'heading' || concept.kind === 'question') fencedChoices(state, concept);
  for (const concept of concepts) answerLineFirst(state, concept);
  for (const concept of concepts) namePartsAskedFor(state, concept, concepts);
  const childrenOf = new Map<Concept, Concept[]>();
  for (const concept of concepts) {
    if (concept.parent === undefined) continue;
    const siblings = childrenOf.get(concept.parent);
    if (siblings) siblings.push(concept);
    else childrenOf.set(concept.parent, [concept]);
  }
  for (const concept of concepts) nameAnnouncedSubTitles(state, concept, childrenOf.get(concept) ?? []);
  markCasesOfTopics(state, concepts);
  return { deckName: state.deckName, concepts, decisions: state.decisions };
}

/** Handle blocks[i]; returns the index of the next block to handle. */
function readBlock(state: ExtractionState, blocks: RootContent[], i: number): number {
  const node = blocks[i]!;
  if (node.type === 'heading') {
    readHeading(state, node, blocks[i + 1]);
    return i + 1;
  }
  // A line of only Obsidian tags (`#aws #네트워크`) tags the whole note, wherever it is: no text of a card.
  if (node.type === 'paragraph' && state.source[start(node)] === '#' && isTagLine(state.source.slice(start(node), end(node)))) {
    const tags = inlineTags({ type: 'root', children: [node] }, state.source);
    state.decide(node, 'dropped', undefined, `tags (they go on every card: ${tags.join(' ')})`);
    return i + 1;
  }
  // remark-frontmatter also makes `toml` nodes, which mdast's types do not list.
  if (state.leadAwaited && node.type !== 'yaml' && (node.type as string) !== 'toml') openUntitledLead(state, lineOf(node));
  if (state.referenceDepth !== undefined) {
    if (state.referenceReason === ASIDE_SECTION) readAside(state, node);
    else state.decide(node, 'dropped', undefined, state.referenceReason);
    return i + 1;
  }
  if ((node.type as string) === 'toml') {
    frontMatter(state, node);
    return i + 1;
  }
  const preface = isPrefaceBlock(state, node);
  state.prefaceGoesOn = preface;
  if (preface) {
    state.decide(node, 'dropped', undefined, node.type === 'list' ? 'links to other pages under the note\'s title' : 'the author\'s preface');
    return i + 1;
  }
  switch (node.type) {
    case 'blockquote':
      readBlockquote(state, node, blocks[i + 1]);
      return i + 1;
    case 'list': {
      const choices = choicesAfter(state, node, blocks, i + 1) ?? numberedChoices(state, blocks, i) ?? letteredChoices(state, blocks, i);
      if (choices) return choices.next;
      if (outlinesListsBelow(state, node, blocks, i + 1)) {
        state.decide(node, 'dropped', undefined, OUTLINE_REASON);
        return i + 1;
      }
      const table = blocks[i + 1];
      if (table?.type === 'table' && tableOfLastItem(state, node)) {
        readList(state, withTableInLastItem(node, table), blocks[i + 2], blocks[i + 3]);
        return i + 2;
      }
      readList(state, node, blocks[i + 1], blocks[i + 2]);
      return i + 1;
    }
    case 'paragraph': {
      const choices = numberedChoices(state, blocks, i) ?? letteredChoices(state, blocks, i);
      if (choices) return choices.next;
      const answeredByList = questionOverList(state, blocks, i);
      if (answeredByList !== undefined) return answeredByList;
      const asList = linesAsList(state, blocks, i);
      if (asList !== undefined) return asList;
      readParagraph(state, node, blocks[i + 1], blocks, i);
      return i + 1;
    }
    case 'html':
      return readHtml(state, blocks, i);
    case 'table':
      readTable(state, node);
      return i + 1;
    case 'thematicBreak':
      state.decide(node, 'dropped', undefined, 'separator');
      return i + 1;
    case 'yaml':
      frontMatter(state, node);
      return i + 1;
    case 'definition':
      state.decide(node, 'dropped', undefined, 'link definition');
      return i + 1;
    case 'footnoteDefinition':
      state.decide(node, 'dropped', undefined, 'footnote (its text goes on the cards that refer to it)');
      return i + 1;
    case 'code':
      if (!fencedQuiz(state, node)) state.explain(node);
      return i + 1;
    default:
      state.explain(node);
      return i + 1;
  }
}

/** Front matter is left out, but not its tags: they go on every card (see `noteTags`), which explain says. */
function frontMatter(state: ExtractionState, node: RootContent): void {
  const tags = frontMatterTags({ type: 'root', children: [node] });
  state.decide(node, 'dropped', undefined, tags.length > 0 ? `front matter (its tags go on every card: ${tags.join(' ')})` : 'front matter');
}
