import type { TitleFacts } from './front.js';
/** Which rule found a concept's title. Stored in deck files, so names are part of the format. */
export type ConceptKind =
  | 'heading' // a heading with an explanation of its own
  | 'question' // a heading that ends in '?'
  | 'callout' // a `>` blockquote holding only a short title line
  | 'bold-title' // a paragraph of only a bold title line (`**보안 그룹 설정**`) over its explanation, or of a plain one right over its list (`영역 1. …`)
  | 'list-title' // a list item used as a sub-title (`- 리전` then its explanation)
  | 'term' // a `용어 : 설명` list item
  | 'definition' // a sentence introducing a fenced block ("…다음과 같이 정의하고 있습니다")
  | 'details' // <details><summary>질문</summary>답</details>
  | 'qa' // `Q.` / `A.` lines
  | 'table-row'; // a row of a two-column term/description table

/** A slice of the note's source text, kept verbatim in the card's back. */
export interface SourceSlice {
  type: 'slice';
  start: number;
  end: number;
  /** Columns of indentation the block had in the note, removed from its continuation lines. */
  indent: number;
  /** Remove a GitHub/Obsidian alert marker (`[!NOTE]`) from the first line. */
  stripAlertMarker?: boolean;
  /**
   * A label of an interview answer template (`> 답변`, `> 배경 & 질문 의도`): the parts up to the next
   * label are its section. The answer's section goes first on the back (see back.ts).
   */
  templateLabel?: 'answer' | 'other';
}

/** Markdown written by amgi, such as the list of terms a parent card shows. */
export interface GeneratedMarkdown {
  type: 'markdown';
  markdown: string;
  /**
   * The names it lists, each a card's title, where it lists nothing else: under a label (`- 프로세스 성숙단계
   * 5단계` over `- 초기 ; …`), what may follow the label on its owner's back (see fewMembersNamed in extract/lists.ts).
   */
  membersNamed?: readonly string[];
  /**
   * A list of aspect labels only (`- 개념`, `- 특징`), each a card of its own: it tells nothing, so a
   * back that has nothing else is no back (the card would ask "HTTP란?" and answer "개념, 특징").
   */
  aspectLabelsOnly?: boolean;
  /**
   * A table of contents (`- REST란`, `- REST API`, `- RESTful`), each item a card of its own, one of
   * them asking a definition, an aspect or the owner again; or, empty, the names of sections left out under a
   * title asking what a thing is (`유지보수의 개념`): no back either (see `listInto` in extract/lists.ts).
   */
  subTopicsOnly?: boolean;
  /**
   * This list with the names of the sections left out under a title asking what a thing is (`UML의 개념`
   * over `- UML Unified Modeling Language`, `- UML의 4+1뷰`): the back shows it where what remains says
   * nothing in words, only a table, code or images, which would not answer the title (see renderBack).
   */
  sectionNames?: string;
  /**
   * The names of the cards under a label that asks nothing (`## 암기 포인트` over `- S3 Glacier : …`):
   * no back either, the card would ask nothing and answer with what the cards under it ask.
   */
  cardsUnderLabel?: boolean;
}

export type BackPart = SourceSlice | GeneratedMarkdown;

/**
 * Where a concept keeps what rules work out from its title alone, its title never changing: its title
 * as shown (see shownTitle in titles.ts) and the title's facts (see factsOf in front.ts). Read on the
 * concept rather than looked up by the title's text, which rules did a million times for the bench's
 * 300 notes (a WeakMap by the concept was no cheaper). Symbols, so that no JSON of a concept shows them.
 */
export const SHOWN_TITLE: unique symbol = Symbol('shown title');
export const TITLE_FACTS: unique symbol = Symbol('title facts');

export interface Concept {
  kind: ConceptKind;
  /**
   * The title as plain text, verbatim from the note (markup removed, white space collapsed). Never
   * changed once read: what rules ask of it is remembered for the concept (see shownTitle, titleFacts).
   */
  readonly title: string;
  [SHOWN_TITLE]?: string;
  [TITLE_FACTS]?: TitleFacts;
  /** 1-based line of the title in the note. */
  line: number;
  /** Enclosing concept, for a front's context and for tags. */
  parent: Concept | undefined;
  /** Headings above the concept (the note's `#` title excluded). */
  section: string[];
  /** The explanation, in note order. */
  parts: BackPart[];
  /** Images the explanation refers to, with their lines. */
  images: ImageRef[];
  /** Image references in the explanation whose label the note never defines: they show as text. */
  unresolvedImages: UnresolvedImage[];
  /**
   * In a comparison laid out as a list (`- 저장 위치` over `- 쿠키 : 클라이언트`, `- 세션 : 서버`, then
   * `- 보안` over the same terms): `property` on a label (asked "저장 위치는?"), `compared` on a term
   * under it, whose parent's title names a property of it (asked "쿠키의 저장 위치는?").
   */
  comparison?: 'property' | 'compared';
  /**
   * A row of a table that compares things column by column (`| 구분 | TCP | UDP |`): the things, named
   * briefly (`오버로딩`, not `오버로딩 overloading`). The row's title is a property asked of them all
   * ("TCP와 UDP의 연결 방식은?").
   */
  across?: string[];
  /**
   * Asked as written, not as "…이란?": a row of a `구분` table whose title above does not name its
   * columns, nor whose rows all name aspects, so the columns may be the things compared or their
   * properties; a numbered step of a
   * procedure (`1. 네트워크 선택` under `AS 생성`).
   */
  asWritten?: boolean;
  /**
   * A term whose description is a value or names listed (`물리 계층 : Bit`, `인공지능 ; LISP, PROLOG`):
   * kept as written where it would be asked "…이란?", which the value does not answer.
   */
  labelsValue?: boolean;
  /**
   * Of a term labelling a value, the word that value names its number by (`Port Unreachable ; Code 3`):
   * what the term is asked for ("Port Unreachable의 Code는?", see numberWord).
   */
  valueWord?: string;
  /**
   * Under a term spelled out (`PDU (Protocol Data Unit)`), each item naming whose one it is (`- 물리 계층 :
   * Bit`): the term's short name, so the item is asked "물리 계층의 PDU는?", not kept as written.
   */
  valueOfTerm?: string;
  /**
   * An item naming a thing listed under other titles of the note too, saying something else each time
   * (`- ALB` under `## Cross-Zone Load Balancing` and under `## SSL Certificates`): how it does in its
   * title's topic, kept as written where it would be asked "…이란?" (see `markCasesOfTopics`).
   */
  caseOfTopic?: boolean;
  /**
   * A label of nothing but the members it groups, beside labels alike (`- 선형 구조` over `- 스택 : …`,
   * beside `- 비선형 구조`): asked which are its members (`선형 구조에 해당하는 것은?`), not "…이란?", which
   * their names do not answer (see `askGroupsForMembers` in extract/lists.ts).
   */
  asksMembers?: boolean;
  /**
   * A title its card would keep as written whose back is names alone (`제품 품질` over `- ISO/IEC 9126`,
   * `- ISO/IEC 14598`; `인공지능 ; LISP, PROLOG`): asked which they are (`제품 품질에 해당하는 것은?`), set
   * once the backs are made (see askWhichNamesAnswer in cards.ts).
   */
  answeredByNames?: boolean;
  /**
   * Of those, a whole among the parts of a whole whose names are its own parts (`데이터베이스 관리 시스템` over
   * `질의 처리기`, `저장 데이터 관리자`): asked `…의 구성 요소는?` (see namesPartsOfAPart in title-rules/aspects.ts).
   */
  answeredByParts?: boolean;
  /**
   * Of those, a title whose names are its kinds, each ending in a word of it (`인수시험` over `알파 시험, 베타
   * 시험`): asked `…의 종류는?` (see namesKindsOf in title-rules/values.ts).
   */
  answeredByKinds?: boolean;
  /** Steps in order as the title (`A -> B -> C`), its owner's only section: asked as its order (see markOrdersOfOwners in front.ts). */
  ordersItsOwner?: boolean;
  /** An aspect's word used as a name among the names of its list (`정의` among `초기`, `반복`, `관리`): asked as they are. */
  nameAmongNames?: boolean;
  /**
   * A heading of nothing that asks for kinds or a count (`샤딩의 종류는?`, `인덱스의 종류`): its back is
   * the names of its sub-titles (sub-headings, callouts, bold lines), and it is asked as a list title
   * naming an aspect is (`인덱스의 종류는?`).
   */
  namesItsParts?: boolean;
  /**
   * The lead-in question a heading's parts answer by their names (`트랜잭션은 어떤 성질을 가질까?` under
   * `## ACID`), asked in place of a title that asks nothing itself; the heading is its context.
   */
  leadIn?: string;
  /**
   * A question labelled as a follow-up of the one above it (`꼬리 질문: …`, `Follow-up: …`): said after
   * that one where it refers back to it (`그렇다면 그 단점은?`), on its own where it names its subject.
   */
  followUp?: boolean;
  /** Its whole text is also on its parent's back (a part of a title that asks, written out in full). */
  inParentBack?: boolean;
  /**
   * A multiple-choice question's choices, kept apart from `parts`: as plain lines for the front, when
   * the note answers the question after them (`정답 : (A)`, the reasoning); as written for the back
   * when it does not, so the card still shows them. Plain, a choice the note marks in bold is not
   * given away on the front.
   */
  choices?: {
    lines: string[];
    parts: BackPart[];
    /**
     * The choices the answer line names by their marks alone (`정답: B`, `정답: A, C`, `답: ①③`), as the
     * front shows them: the back writes them out under that line, so it says which they are.
     */
    named?: string[];
  };
}

export interface ImageRef {
  src: string;
  line: number;
}

/** `![구성도][vpc]` in a note without a `[vpc]: …` line. */
export interface UnresolvedImage {
  /** As written, `![구성도][vpc]`. */
  written: string;
  /** The label it refers to, `vpc`. */
  label: string;
  line: number;
}

/** What happened to one block of the note: the raw material of `amgi explain`. */
export interface BlockDecision {
  line: number;
  /** mdast node type, or a more precise label such as `heading 2`. */
  block: string;
  /** `choices`: a block of nothing but a multiple-choice question's choices, which its front shows. */
  outcome: 'deck-title' | 'title' | 'explanation' | 'choices' | 'dropped';
  /** The concept the block is the title of, or belongs to. */
  concept?: Concept;
  /** Why, in a few words, for dropped blocks and sections without a card. */
  reason?: string;
}

/** A card before it has an id: what extraction produces from one note. */
export interface DraftCard {
  kind: ConceptKind;
  title: string;
  front: string;
  back: string;
  tags: string[];
  line: number;
  section: string[];
  concept: Concept;
}

export interface Warning {
  path: string;
  line?: number;
  message: string;
}
