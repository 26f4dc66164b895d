/**
 * Version of the extraction rules. Bump it whenever a change to `src/cards` changes what a note
 * becomes: every deck is then rebuilt instead of being skipped as unchanged. A module of its own so
 * that a build can compare it without loading the parser.
 */
export const RULES_VERSION = 3;
