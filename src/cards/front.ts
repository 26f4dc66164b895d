/** The front of a card: the title kept verbatim, a natural question for terms, and just enough context. */
import { withParticle } from './particles.js';
import type { Concept, ConceptKind } from './types.js';

export const CONTEXT_SEPARATOR = ' › ';

/** Kinds whose title is a noun to ask about: `리전` → `리전이란?`. */
const ASKED_AS_WHAT_IS: ReadonlySet<ConceptKind> = new Set(['term', 'list-title', 'definition', 'table-row']);
/** Kinds whose title is already a question and needs no context. */
const SELF_CONTAINED: ReadonlySet<ConceptKind> = new Set(['question', 'details', 'qa']);

/** A noun phrase ends in a letter, digit or closing bracket and is not already a question. */
function isNounPhrase(title: string): boolean {
  return /[\p{L}\p{N})\]]$/u.test(title) && !/(이란|란)$/.test(title);
}

export function askedTitle(concept: Concept): string {
  if (ASKED_AS_WHAT_IS.has(concept.kind) && isNounPhrase(concept.title)) {
    return `${withParticle(concept.title, '이란/란')}?`;
  }
  return concept.title;
}

/**
 * Titles of the concept's ancestors, nearest first, that can serve as context. The note's `#` title is
 * the deck's name, so it is never repeated in a front.
 */
function contextTitles(concept: Concept): string[] {
  const titles: string[] = [];
  for (let parent = concept.parent; parent; parent = parent.parent) {
    if (parent.parent === undefined && parent.kind === 'heading' && parent.section.length === 0) break;
    titles.push(parent.title);
  }
  return titles;
}

/** The front with `levels` ancestors of context (the caller adds levels when fronts collide). */
export function frontWithContext(concept: Concept, levels: number): string {
  const question = askedTitle(concept);
  const context = contextTitles(concept).slice(0, levels).reverse();
  return [...context, question].join(CONTEXT_SEPARATOR);
}

export function defaultContextLevels(concept: Concept): number {
  return SELF_CONTAINED.has(concept.kind) ? 0 : 1;
}

export function maxContextLevels(concept: Concept): number {
  return contextTitles(concept).length;
}
