/**
 * Review settings: defaults, overridden by `amgi.config.json` beside the decks folder, overridden by
 * command-line flags. A bad config file is an error naming the file and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type SchedulerSettings } from '../schedule/fsrs.js';
import { UserError } from '../util/errors.js';
import type { AmbiguousWidth } from '../util/ambiguous-width.js';
import { DEFAULT_LIMITS, LEARN_AHEAD_MS, type DailyLimits } from './queue.js';

export const CONFIG_FILE = 'amgi.config.json';

export interface ReviewConfig {
  limits: DailyLimits;
  scheduler: SchedulerSettings;
  /** How early a learning card may be shown when nothing else is left (see LEARN_AHEAD_MS). */
  learnAheadMs: number;
  /**
   * How many columns the terminal draws ambiguous-width characters (· … ─ •) in; `auto`: `amgi review`
   * asks the terminal, other commands count one. `AMGI_AMBIGUOUS_WIDTH` overrides the file.
   */
  ambiguousWidth: AmbiguousWidthSetting;
}

export type AmbiguousWidthSetting = 1 | 2 | 'auto';
const AMBIGUOUS_WIDTH_KEY = 'ambiguousWidth';
export const AMBIGUOUS_WIDTH_VARIABLE = 'AMGI_AMBIGUOUS_WIDTH';

const FIELDS = {
  newPerDay: { min: 0, max: 9999, integer: true },
  reviewsPerDay: { min: 0, max: 99999, integer: true },
  desiredRetention: { min: 0.7, max: 0.99, integer: false },
  maximumInterval: { min: 1, max: 36500, integer: true },
  dayStartHour: { min: 0, max: 23, integer: true },
  learnAheadMinutes: { min: 0, max: 1440, integer: true },
} as const;
type Field = keyof typeof FIELDS;

/** The command-line flags that override settings. */
const FLAGS: Partial<Record<Field, string>> = { newPerDay: '--new-per-day', reviewsPerDay: '--reviews-per-day', learnAheadMinutes: '--learn-ahead' };

export function readConfig(projectRoot: string, overrides: Partial<Record<Field, number>> = {}, environment: NodeJS.ProcessEnv = process.env): ReviewConfig {
  const path = join(projectRoot, CONFIG_FILE);
  let values: Partial<Record<Field, number>> = {};
  let ambiguousWidth: AmbiguousWidthSetting = 'auto';
  if (existsSync(path)) {
    let parsed: unknown;
    try {
      // A BOM, as Windows Notepad saves one, is no reason to refuse the file.
      parsed = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new UserError(`${path}: not valid JSON (${(error as Error).message}). Fix it or delete it to use the defaults.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new UserError(`${path}: must be a JSON object of settings, such as { "newPerDay": 30 }, not ${JSON.stringify(parsed)}. Fix it or delete it to use the defaults.`);
    }
    const { [AMBIGUOUS_WIDTH_KEY]: fromFile, ...numbers } = parsed as Record<string, unknown>;
    values = numbers as Partial<Record<Field, number>>;
    for (const key of Object.keys(values)) {
      if (!(key in FIELDS)) throw new UserError(`${path}: unknown setting "${key}"; the settings are ${[...Object.keys(FIELDS), AMBIGUOUS_WIDTH_KEY].join(', ')}.`);
    }
    if (fromFile !== undefined) {
      if (!isAmbiguousWidthSetting(fromFile)) throw new UserError(`${path}: ${AMBIGUOUS_WIDTH_KEY} must be 1, 2 or "auto", not ${JSON.stringify(fromFile)}.`);
      ambiguousWidth = fromFile;
    }
  }
  // The terminal at hand, said in the environment, over the project's file.
  const fromEnvironment = environment[AMBIGUOUS_WIDTH_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    const value = fromEnvironment === 'auto' ? 'auto' : Number(fromEnvironment);
    if (!isAmbiguousWidthSetting(value)) throw new UserError(`${AMBIGUOUS_WIDTH_VARIABLE} must be 1, 2 or auto, not ${JSON.stringify(fromEnvironment)}.`, 2);
    ambiguousWidth = value;
  }
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const merged = { ...values, ...given };
  for (const [key, value] of Object.entries(merged) as [Field, number][]) {
    const rule = FIELDS[key];
    if (typeof value !== 'number' || Number.isNaN(value) || value < rule.min || value > rule.max || (rule.integer && !Number.isInteger(value))) {
      const range = `${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}, not ${JSON.stringify(value)}`;
      // Said as it was given: a flag on the command line is a usage error, a setting in the file is the file's.
      if (key in given) throw new UserError(`${FLAGS[key] ?? key} must be ${range}.`, 2);
      throw new UserError(`${path}: ${key} must be ${range}.`);
    }
  }
  return {
    limits: { newPerDay: merged.newPerDay ?? DEFAULT_LIMITS.newPerDay, reviewsPerDay: merged.reviewsPerDay ?? DEFAULT_LIMITS.reviewsPerDay },
    ambiguousWidth,
    learnAheadMs: merged.learnAheadMinutes === undefined ? LEARN_AHEAD_MS : merged.learnAheadMinutes * 60_000,
    scheduler: {
      ...DEFAULT_SETTINGS,
      desiredRetention: merged.desiredRetention ?? DEFAULT_SETTINGS.desiredRetention,
      maximumInterval: merged.maximumInterval ?? DEFAULT_SETTINGS.maximumInterval,
      dayStartHour: merged.dayStartHour ?? DEFAULT_SETTINGS.dayStartHour,
    },
  };
}

function isAmbiguousWidthSetting(value: unknown): value is AmbiguousWidthSetting {
  return value === 1 || value === 2 || value === 'auto';
}

/** The width a command that does not ask the terminal counts: `auto` is one column, as most terminals draw them. */
export function fixedAmbiguousWidth(setting: AmbiguousWidthSetting): AmbiguousWidth {
  return setting === 2 ? 2 : 1;
}
