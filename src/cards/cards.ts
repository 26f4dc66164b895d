/** One note's text → draft cards (everything but ids), the per-block decisions, and warnings. */
import { parseMarkdown } from '../notes/parse-note.js';
import { cardsFromTree, type NoteCards } from './from-tree.js';

export { cardsFromTree, tagsOf, RULES_VERSION, type Concept, type NoteCards } from './from-tree.js';

export function cardsFromText(text: string): NoteCards {
  return cardsFromTree(parseMarkdown(text), text);
}
