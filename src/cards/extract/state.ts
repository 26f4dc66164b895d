/**
 * What the readers of the kinds of block (see index.ts) share while a note is walked: `ExtractionState`,
 * and the levels of its stack of open titles. It reads no block itself.
 */
import type { Heading, Html, Image, ListItem, Node, Paragraph, RootContent, Text } from 'mdast';
import { unresolvedImageReferences } from '../../notes/link-references.js';
import { pushAll } from '../../util/arrays.js';
import { imgTags } from '../html-markup.js';
import { titleText } from '../title-rules/clean.js';
import type { BackPart, BlockDecision, Concept, ConceptKind, ImageRef } from '../types.js';
import type { LineItem } from './lines.js';
import { dedent, end, lineOf, start } from './source.js';

/** Why a section's blocks are dropped (`referenceDepth`), as `explain` says it: its sources, an aside's links, or the study's own plan. */
export const REFERENCE_SECTION = 'reference section';
/** `## 참고`, read as an aside: its sentences go on the card above (see `isAsideStatement`), the rest as a reference section's. */
export const ASIDE_SECTION = 'an aside (`참고`): its sentences go on the card of the section it stands in, its links and sources are left out';
export const STUDY_PLAN_SECTION = "the study's own plan or look back (which lectures, a schedule, 회고), not its topic";

/** Levels that decide where an explanation ends: headings are 1-6, then callouts, then smaller titles. */
export const CALLOUT_LEVEL = 7;
export const SUBTITLE_LEVEL = 8;

interface OpenTitle {
  concept: Concept;
  level: number;
}

/**
 * What the readers of a note's blocks share while it is walked: the stack of open titles, the concepts
 * found and `explain`'s decisions, the headings over the block, and what one block leaves for the blocks
 * after it. Opening and closing titles and adding a block to a title's back are here, so that every kind
 * of block does them alike.
 */
export class ExtractionState {
  readonly stack: OpenTitle[] = [];
  readonly concepts: Concept[] = [];
  readonly decisions: BlockDecision[] = [];
  /** Heading titles by depth (index 0 = `#`). */
  headings: string[] = [];
  /** The headings over the block, by depth, as written: `1.1 서브넷` keeps the number `1.1.1` under it extends. */
  headingsAsWritten: string[] = [];
  deckName: string | undefined;
  /** The `#` title's concept, whose first blocks may be the author's preface (see `isPrefaceBlock`). */
  deckTitle: Concept | undefined;
  /** A preface was left out just now: a block that goes on with it needs no mark of its own. */
  prefaceGoesOn = false;
  /** Inside a reference section (`## 참고`) down to this heading depth: its blocks are dropped. */
  referenceDepth: number | undefined;
  /** Why that section's blocks are dropped, as `explain` says it: its sources, or the study's own plan (`## 강의 콘텐츠 선정`). */
  referenceReason = REFERENCE_SECTION;
  /**
   * Under an answer's `> 키워드 & 꼬리 질문` label, up to the next title or label: `Java : GC, 컴파일/런타임
   * 차이` there points at follow-up questions, it does not define Java. Such lines stay in the answer.
   */
  followUps = false;
  /**
   * The title a note without a `#` title gets from its file, over the blocks above its first heading,
   * and the number of decisions made before it was opened (its own is put among them at the end).
   */
  untitledLead: { concept: Concept; decisionsBefore: number } | undefined;
  /** The note has no `#` title, and its first block that is not front matter has not come yet. */
  leadAwaited = false;

  constructor(
    readonly source: string,
    readonly untitledName: string | undefined,
    /** Where `untitledName` comes from, as `explain` says. */
    readonly untitledFrom: 'file' | 'front matter' = 'file',
  ) {}

  /**
   * Numbered headings read as the parts of the heading of nothing above them, at their level (see
   * `wholeOfNumbered`): that whole, the level, and the last part's number.
   */
  numberedParts: { whole: Concept; depth: number; number: number } | undefined;

  /** Titles that take their text back if no explanation follows them (see `close`). */
  readonly demotable = new Map<Concept, { part: BackPart; decision: BlockDecision }>();

  readonly demoted = new Set<Concept>();
  /** Headings labelled `Q.` (`## Q. 질문`), whose first paragraph's `A.` (`**A.**`) labels the answer. */
  readonly labelledQuestions = new Set<Concept>();
  /** Concepts that have children (terms, rows…), which are never demoted. */
  readonly parents = new Set<Concept>();

  /**
   * Headings numbered 1 (`## 1. 일관성`) whose next heading at their level or above is numbered 2 at
   * their level: a numbering that goes on, which makes them parts even of a heading that explains itself.
   */
  readonly numberingGoesOn = new Set<Heading>();

  /** The concept of a list item whose own blocks (a table) are being read: their owner, not the open title's. */
  itemOwner: Concept | undefined;

  /** The `용어 : 설명` terms found under each concept, in order (see markComparison). */
  readonly terms = new Map<Concept, Concept[]>();
  /** A listing lead-in item's label (`주요 항목들`) and the lines of its items' titles, by item. */
  readonly leadInLines = new Map<ListItem, { label: string; items: string }>();

  /** Terms whose description only lists names (`Stack : 지역 변수, 매개 변수`): see `askTermsAlike`. */
  readonly namesListed = new Set<Concept>();

  /** Terms whose description is one English name (`물리 계층 : Bit`): see `askValuesOfTheTerm`. */
  readonly termsOfOneValue = new Set<Concept>();

  /** Terms written with their definition on their line (`서브넷 : VPC 안의 IP 주소 범위`). */
  readonly definedOnItsLine = new Set<Concept>();
  /** Items of a list of questions (`1. 데드락이 뭔가요?`, see `isQuestionList`), each read as `Q.` is. */
  readonly listedQuestions = new Set<ListItem>();

  /**
   * The sub-title open last that a numbered line over bullets made (`5) RAD …`, then `- …`): its number and
   * the mark after it, which the next such line (`6) …`) goes on with (see `nextOfNumberedSubTitles` in lists.ts).
   */
  numberedSubTitle: { concept: Concept; number: number; mark: string } | undefined;

  /** The concept each list item read as a title or a term made (see `listInto`): what its parent's back may leave to it. */
  readonly itemConcepts = new Map<ListItem, Concept>();

  /** List items read from a paragraph's lines (see `linesAsList`): how each is written. */
  readonly linesRead = new Map<ListItem, LineItem>();

  /**
   * The titles of list items, or undefined for an item that has none, as `itemTitle` read them: an item
   * (its lines, its blocks, `linesRead`) does not change while the note is read.
   */
  readonly itemTitles = new WeakMap<ListItem, string | undefined>();

  // ——— stack and parts ———

  current(): Concept | undefined {
    return this.itemOwner ?? this.stack[this.stack.length - 1]?.concept;
  }

  withOwner(concept: Concept, read: () => void): void {
    const outer = this.itemOwner;
    this.itemOwner = concept;
    try {
      read();
    } finally {
      this.itemOwner = outer;
    }
  }

  /**
   * Close the open titles at `level` and below. A callout or list item that got no explanation was not
   * a title after all (a one-line definition under a heading, say): its text joins the explanation above.
   */
  close(level: number): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) {
      const { concept } = this.stack.pop()!;
      const demotable = this.demotable.get(concept);
      if (!demotable || concept.parts.length > 0 || this.parents.has(concept) || !concept.parent) continue;
      concept.parent.parts.push(demotable.part);
      pushAll(concept.parent.images, concept.images);
      demotable.decision.outcome = 'explanation';
      demotable.decision.concept = concept.parent;
      this.demoted.add(concept);
    }
  }

  markDemotable(concept: Concept, node: Node): void {
    this.demotable.set(concept, { part: this.slicePart(node), decision: this.decisions[this.decisions.length - 1]! });
  }

  open(kind: ConceptKind, title: string, line: number, level: number, section: string[]): Concept {
    this.followUps = false;
    const concept = this.child(this.current(), kind, title, line, section);
    this.stack.push({ concept, level });
    return concept;
  }

  /** A concept that does not take over the explanation of what follows (terms, rows, details). */
  child(parent: Concept | undefined, kind: ConceptKind, title: string, line: number, section: string[]): Concept {
    const concept: Concept = { kind, title, line, parent, section, parts: [], images: [], unresolvedImages: [] };
    this.concepts.push(concept);
    if (parent) {
      this.parents.add(parent);
      const siblings = this.terms.get(parent);
      if (kind === 'term') siblings ? siblings.push(concept) : this.terms.set(parent, [concept]);
    }
    return concept;
  }

  explain(node: RootContent, options: { stripAlertMarker?: boolean } = {}): void {
    const owner = this.current();
    if (!owner) {
      this.decide(node, 'dropped', undefined, 'no title above it');
      return;
    }
    const part = this.slicePart(node);
    if (options.stripAlertMarker) part.stripAlertMarker = true;
    owner.parts.push(part);
    this.collectImages(owner, node);
    this.decide(node, 'explanation', owner);
  }

  addSlice(concept: Concept, from: number, to: number, indent: number, node: Node): void {
    concept.parts.push({ type: 'slice', start: from, end: to, indent });
    this.collectImages(concept, node, from);
  }

  slicePart(node: Node): BackPart & { type: 'slice' } {
    return { type: 'slice', start: start(node), end: end(node), indent: this.indentOf(node) };
  }

  /** Columns before the node on its first line, tabs counted to the next multiple of four. */
  indentOf(node: Node): number {
    const from = start(node);
    const lineStart = this.source.lastIndexOf('\n', from - 1) + 1;
    let columns = 0;
    for (const char of this.source.slice(lineStart, from)) columns = char === '\t' ? columns + 4 - (columns % 4) : columns + 1;
    return columns;
  }

  dedentedSlice(from: number, to: number, indent: number): string {
    return dedent(this.source.slice(from, to), indent);
  }

  /** Images inside node (at or after offset `from`), in note order, walked without recursion so deep nesting is safe. */
  collectImages(concept: Concept, node: Node, from = 0): void {
    const pending: Node[] = [node];
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (current.type === 'image' && start(current) >= from) {
        concept.images.push({ src: (current as Image).url, line: lineOf(current) } satisfies ImageRef);
      } else if (current.type === 'html' && start(current) >= from) {
        for (const { src } of imgTags((current as Html).value)) concept.images.push({ src, line: lineOf(current) });
      } else if (current.type === 'text' && end(current) > from && (current as Text).value.includes('![')) {
        // Read from the source, where an escaped `\![` is not a reference. A paragraph's text may begin
        // on the title's line, before `from`: the reference itself must be after it.
        for (const { written, label, offset, linesDown } of unresolvedImageReferences(this.source.slice(start(current), end(current)))) {
          if (start(current) + offset >= from) concept.unresolvedImages.push({ written, label, line: lineOf(current) + linesDown });
        }
      }
      // Pushed last child first, so that the first is taken first: images are listed in note order.
      const children = (current as { children?: Node[] }).children;
      if (children) for (let k = children.length - 1; k >= 0; k--) pending.push(children[k]!);
    }
  }

  decide(node: Node, outcome: BlockDecision['outcome'], concept?: Concept, reason?: string): void {
    const decision: BlockDecision = { line: lineOf(node), block: node.type, outcome };
    if (concept) decision.concept = concept;
    if (reason) decision.reason = reason;
    this.decisions.push(decision);
  }

  /** Section path for tags and context: the headings above, without the note's `#` title. */
  sectionPath(): string[] {
    // The whole of numbered parts (`CAP 이론` over `1. 일관성`) is above them, though written at their level.
    const parts = this.numberedParts;
    const headings = parts === undefined ? this.headings : [...this.headings.slice(0, parts.depth - 1), parts.whole.title, ...this.headings.slice(parts.depth - 1)];
    const path = headings.filter((title): title is string => typeof title === 'string');
    return this.deckName !== undefined && headings[0] === this.deckName ? path.slice(1) : path;
  }

  /** A concept's explanation as written, trimmed. */
  explanationOf(concept: Concept): string {
    return concept.parts.map((part) => (part.type === 'slice' ? this.source.slice(part.start, part.end) : part.markdown)).join('\n').trim();
  }

  // ——— text helpers ———

  /**
   * First lines already read, by paragraph: the rules ask for an item's first line a dozen times over
   * (is it a title, a term, a task…), and the same string each time is found at once where they remember.
   */
  private readonly firstLines = new WeakMap<Paragraph, string>();

  /** The first line of a paragraph as plain text (for cleanTitle: see titleText). */
  firstLine(paragraph: Paragraph): string {
    let line = this.firstLines.get(paragraph);
    if (line === undefined) {
      // Cut at the first line break, not split into every line: only the first is read.
      const text = titleText(paragraph);
      const lineBreak = text.indexOf('\n');
      line = lineBreak < 0 ? text : text.slice(0, lineBreak);
      this.firstLines.set(paragraph, line);
    }
    return line;
  }

  /** The first line of a paragraph as written (with its Markdown). */
  firstLineSource(paragraph: Paragraph): string {
    const text = this.source.slice(start(paragraph), end(paragraph));
    const newline = text.indexOf('\n');
    return newline < 0 ? text : text.slice(0, newline);
  }

  /** The source line from `offset` to its end, trimmed. */
  lineFrom(offset: number): string {
    const newline = this.source.indexOf('\n', offset);
    return this.source.slice(offset, newline < 0 ? undefined : newline).trim();
  }

  afterFirstLine(paragraph: Paragraph): number | undefined {
    const newline = this.source.indexOf('\n', start(paragraph));
    return newline >= 0 && newline < end(paragraph) ? newline + 1 : undefined;
  }
}
