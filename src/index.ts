/** amgi as a library: the pipeline notes → cards → deck, each step usable on its own. */
import { loadFootnoteSyntax } from './notes/footnotes.js';
import { loadMathSyntax } from './notes/remark-math.js';

// The command line loads footnote and TeX math syntax only for a note or card that holds some; a
// library caller's parseMarkdown, cardsFromText and markdownToFieldHtml are synchronous, so both are
// loaded here, once, and any text is read in full.
await Promise.all([loadFootnoteSyntax(), loadMathSyntax()]);

export { readNote, decodeNote, type NoteText, type ReadOutcome } from './notes/read-note.js';
export { parseMarkdown } from './notes/parse-note.js';
export { findNotes } from './notes/find-notes.js';
export { cardsFromText, cardsFromTree, tagsOf, RULES_VERSION, type NoteCards } from './cards/cards.js';
export { extractConcepts, type Extraction } from './cards/extract/index.js';
export { explainText, type Explanation, type ExplainedBlock } from './cards/explain.js';
export { withParticle } from './cards/particles.js';
export type { Concept, ConceptKind, DraftCard, Warning } from './cards/types.js';
export { assignIds, type IdentityInput, type PreviousCard } from './deck/identity.js';
export { readDeck, readDeckFolder, parseDeck, serializeDeck, DECK_FORMAT, type DeckCard, type DeckFile, type LoadedDeck } from './deck/deck-file.js';
export { buildDecks, type BuildOptions, type BuildReport, type DeckReport } from './deck/build.js';
export { exportDecks, type ExportOptions, type ExportReport, type ExportedDeck, type ExportFormat } from './export/export.js';
export { markdownToFieldHtml } from './export/html.js';
export { UserError, NoteError } from './util/errors.js';
export { Scheduler, DEFAULT_SETTINGS, DEFAULT_WEIGHTS, formatInterval, retrievability, type Rating, type ScheduleState, type SchedulerSettings } from './schedule/fsrs.js';
export { trainingItems, isValidItem, type ItemReview, type TrainingSet } from './schedule/fsrs-items.js';
export { optimize, recomputeCard, recomputeStates, type OptimizeOptions, type OptimizeReport } from './schedule/optimize.js';
export { ReviewStore, type StoredCard, type ReviewEntry, type LoggedReview, type StoredParameters, type ImportResult, type AnswerCount, type AnswerCounts, type IdSet, type CardFacts, type CardFactsLookup } from './store/store.js';
export { formatReviewLog, parseReviewLog, readReviewLog, REVIEW_LOG_COLUMNS, ReviewLogFormatError, type BadRow } from './store/review-log-csv.js';
export { ReviewBatch } from './store/review-batch.js';
export { dueToday, countDue, scanQueue, queueDecksOf, CardScope, nextCard, forecast, usageToday, DEFAULT_LIMITS, type DailyLimits, type DueCounts, type QueueCard, type QueueDeck, type QueueScan, type CardAt, type ScannedCard } from './review/queue.js';
export { computeStats, heatmapDayStarts, FORECAST_DAYS, HEATMAP_DAYS, RECENT_DAYS, RECENT_FROM, LEECH_LAPSES, type ReviewStats, type StatsInput, type StateCounts, type Leech } from './stats/stats.js';
export { renderStats, type RenderOptions } from './stats/render.js';
