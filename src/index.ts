/** amgi as a library: the pipeline notes → cards → deck, each step usable on its own. */
export { readNote, decodeNote, type NoteText, type ReadOutcome } from './notes/read-note.js';
export { parseMarkdown } from './notes/parse-note.js';
export { findNotes } from './notes/find-notes.js';
export { cardsFromText, cardsFromTree, tagsOf, RULES_VERSION, type NoteCards } from './cards/cards.js';
export { extractConcepts, type Extraction } from './cards/extract.js';
export { explainText, type Explanation, type ExplainedBlock } from './cards/explain.js';
export { withParticle } from './cards/particles.js';
export type { Concept, ConceptKind, DraftCard, Warning } from './cards/types.js';
export { assignIds, type IdentityInput, type PreviousCard } from './deck/identity.js';
export { readDeck, readDeckFolder, parseDeck, serializeDeck, DECK_FORMAT, type DeckCard, type DeckFile, type LoadedDeck } from './deck/deck-file.js';
export { buildDecks, type BuildOptions, type BuildReport, type DeckReport } from './deck/build.js';
export { exportDecks, type ExportOptions, type ExportReport, type ExportedDeck, type ExportFormat } from './export/export.js';
export { markdownToFieldHtml } from './export/html.js';
export { UserError, NoteError } from './util/errors.js';
export { Scheduler, DEFAULT_SETTINGS, formatInterval, type Rating, type ScheduleState, type SchedulerSettings } from './schedule/fsrs.js';
export { ReviewStore, type StoredCard, type ReviewEntry } from './store/store.js';
export { dueToday, nextCard, forecast, usageToday, DEFAULT_LIMITS, type DailyLimits, type DueCounts, type QueueCard } from './review/queue.js';
