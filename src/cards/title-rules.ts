/**
 * The title rules, split by topic into `title-rules/` (see its index.ts): exported from here until
 * importers import from their modules.
 */
export { isAspectTitle } from './titles.js';
export * from './title-rules/alerts.js';
export * from './title-rules/aspects.js';
export * from './title-rules/choices.js';
export * from './title-rules/clean.js';
export * from './title-rules/comparisons.js';
export * from './title-rules/glosses.js';
export * from './title-rules/labels.js';
export * from './title-rules/lead-ins.js';
export * from './title-rules/names.js';
export * from './title-rules/question-labels.js';
export * from './title-rules/questions.js';
export * from './title-rules/references.js';
export * from './title-rules/tables.js';
export * from './title-rules/tasks.js';
export * from './title-rules/terms.js';
export * from './title-rules/values.js';
export * from './title-rules/words.js';
