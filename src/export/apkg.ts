/**
 * An Anki package (.apkg) in the legacy "schema 11" layout that every Anki 2.1+ opens: a zip holding
 * `collection.anki2` (SQLite), a `media` map and the media files numbered 0, 1, … Written with
 * better-sqlite3, and zipped by fflate rather than by hand. See README, "Anki export", for the choices.
 */
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { hexDigest } from '../util/hash.js';
import { sqliteTrouble, UserError } from '../util/errors.js';
import { NOTE_TYPE_ID, NOTE_TYPE_NAME, type AnkiNote } from './anki-notes.js';
import type { MediaFile } from './media.js';
import type { PackageProgress } from './progress.js';

export { NOTE_TYPE_ID, NOTE_TYPE_NAME } from './anki-notes.js';

/** Its field and template names are frozen too: Anki matches on them. */
const FIELDS = ['Front', 'Back', 'Source'] as const;
/** Bump when the templates or CSS change, so Anki takes the new ones. */
const NOTE_TYPE_MOD = 1764115200;
const DEFAULT_DECK_ID = 1;
const DECK_CONFIG_ID = 1;

const CSS = `.card { font-family: "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif; font-size: 20px; line-height: 1.6; color: black; background-color: white; }
.front { text-align: center; font-weight: 600; }
.back { text-align: left; }
.source { margin-top: 1.5em; font-size: 12px; color: #888; }
pre { text-align: left; background: #f5f5f5; padding: .6em; overflow-x: auto; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2em .5em; }
img { max-width: 100%; }`;

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** What a package must remember about a note between exports (see ExportState in export.ts). */
export interface NoteHistory {
  /** Seconds of the note's last content change: Anki updates a note only if this is newer. */
  mod: number;
  /** Ms of the note's first export: its id, shown by Anki as the date it was added. */
  added: number;
}

export interface PackageInput {
  notes: readonly AnkiNote[];
  media: readonly MediaFile[];
  history: ReadonlyMap<string, NoteHistory>;
  /** Export time in ms. */
  now: number;
  /** Card states and review log to carry (`--with-progress`); without it every card is new. */
  progress?: PackageProgress;
}

/** The package's bytes. `scratchDir` is a private temp folder for the collection, reused package after package. */
export function buildPackage(input: PackageInput, scratchDir: string): Uint8Array {
  const file = join(scratchDir, 'collection.anki2');
  try {
    writeCollection(file, emptyCollection(scratchDir), input);
    const zip: Zippable = { 'collection.anki2': readFileSync(file) };
    const mediaMap: Record<string, string> = {};
    input.media.forEach((media, n) => {
      mediaMap[String(n)] = media.name;
      zip[String(n)] = media.bytes;
    });
    zip.media = strToU8(JSON.stringify(mediaMap));
    return zipSync(zip);
  } catch (error) {
    throw scratchProblem(scratchDir, error) ?? error;
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * An SQLite error on the package's scratch collection, said as trouble with the temp folder (never as
 * the review store's); errors in amgi's own SQL are left to be reported as bugs.
 */
function scratchProblem(scratchDir: string, error: unknown): UserError | undefined {
  const trouble = sqliteTrouble(error);
  if (trouble === undefined) return undefined;
  const detail = error instanceof Error ? error.message : String(error);
  const advice = trouble === 'full' ? 'Free some space there, or set TMPDIR to a folder with room,' : 'Set TMPDIR to another folder';
  return new UserError(`${scratchDir}: the .apkg's collection could not be made in the temp folder (${detail}). ${advice} and export again; no package was written.`);
}

/**
 * A collection with the schema and nothing else, made once per scratch folder: each package starts
 * as a copy of it, the same bytes as creating the schema again, in a tenth of the time.
 */
function emptyCollection(scratchDir: string): string {
  const file = join(scratchDir, 'empty.anki2');
  if (!existsSync(file)) {
    const db = openScratch(file);
    try {
      db.exec(SCHEMA);
    } finally {
      db.close();
    }
  }
  return file;
}

/**
 * A scratch file, read back into the zip: no journal and no fsync. Each CREATE is its own
 * transaction, and syncing them took most of the export. Neither pragma changes the file's bytes.
 */
function openScratch(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  return db;
}

function writeCollection(file: string, empty: string, { notes, history, now, progress }: PackageInput): void {
  copyFileSync(empty, file);
  const db = openScratch(file);
  try {
    const deckIds = new Map<string, number>();
    for (const note of notes) if (!deckIds.has(note.deck)) deckIds.set(note.deck, uniqueId(idFromText(note.deck), new Set(deckIds.values())));
    // Review dues count days from crt; without progress there are none, and any recent day will do.
    const crt = progress?.crt ?? Math.floor(now / 86_400_000) * 86_400;
    db.prepare('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)').run(
      crt,
      now,
      now,
      JSON.stringify(progress ? { ...collectionConfig(), ...progress.conf } : collectionConfig()),
      JSON.stringify({ [NOTE_TYPE_ID]: noteType() }),
      JSON.stringify(decksJson(deckIds, Math.floor(now / 1000))),
      JSON.stringify({ [DECK_CONFIG_ID]: deckConfig() }),
      '{}',
    );
    const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)');
    const insertReview = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
    const usedIds = new Set<number>();
    // Where the search for a free id goes on, per first choice: new notes all start from `now`, and
    // trying every id taken before made a package's notes quadratic.
    const nextFree = new Map<number, number>();
    db.transaction(() => {
      notes.forEach((note, n) => {
        const known = history.get(note.guid);
        const first = known?.added ?? now;
        const id = uniqueId(nextFree.get(first) ?? first, usedIds);
        usedIds.add(id);
        nextFree.set(first, id + 1);
        const mod = known?.mod ?? Math.floor(now / 1000);
        const sortField = stripHtml(note.front);
        insertNote.run(id, note.guid, NOTE_TYPE_ID, mod, ` ${note.tags.join(' ')} `, [note.front, note.back, note.source].join('\u001f'), sortField, fieldChecksum(sortField), '');
        const schedule = progress?.cards.get(note.cardId);
        if (schedule) {
          const cardMod = Math.max(mod, schedule.lastReview ?? 0);
          const { type, queue, ivl, factor, reps, lapses, data } = schedule;
          insertCard.run(id, id, deckIds.get(note.deck)!, cardMod, type, queue, schedule.due ?? n + 1, ivl, factor, reps, lapses, data);
        } else {
          // A new card: due is its position, so Anki shows new cards in the order of the notes.
          insertCard.run(id, id, deckIds.get(note.deck)!, mod, 0, 0, n + 1, 0, 0, 0, 0, '');
        }
        for (const row of progress?.revlog.get(note.cardId) ?? []) {
          insertReview.run(row.id, id, row.ease, row.ivl, row.lastIvl, row.factor, row.time, row.type);
        }
      });
    })();
  } finally {
    db.close();
  }
}

/** A stable deck id in Anki's millisecond range (in the past, so Anki keeps it) from its name. */
function idFromText(text: string): number {
  return parseInt(hexDigest('sha256', text).slice(0, 10), 16);
}

function uniqueId(id: number, used: ReadonlySet<number>): number {
  let candidate = id;
  while (used.has(candidate)) candidate++;
  return candidate;
}

/** Anki's first-field checksum: the first 8 hex digits of SHA-1 over the field without HTML. */
export function fieldChecksum(text: string): number {
  return parseInt(hexDigest('sha1', text).slice(0, 8), 16);
}

export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function noteType() {
  return {
    id: NOTE_TYPE_ID,
    name: NOTE_TYPE_NAME,
    type: 0,
    mod: NOTE_TYPE_MOD,
    usn: -1,
    sortf: 0,
    did: null,
    tmpls: [
      {
        name: 'Card 1',
        ord: 0,
        qfmt: '<div class="front">{{Front}}</div>',
        afmt: '<div class="front">{{Front}}</div><hr id="answer"><div class="back">{{Back}}</div><div class="source">{{Source}}</div>',
        bqfmt: '',
        bafmt: '',
        did: null,
        bfont: '',
        bsize: 0,
      },
    ],
    flds: FIELDS.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

function decksJson(deckIds: ReadonlyMap<string, number>, mod: number) {
  const deck = (id: number, name: string) => ({
    id,
    name,
    mod,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: DECK_CONFIG_ID,
    extendNew: 0,
    extendRev: 0,
  });
  const decks: Record<string, ReturnType<typeof deck>> = { [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, 'Default') };
  for (const [name, id] of deckIds) decks[id] = deck(id, name);
  return decks;
}

function deckConfig() {
  return {
    id: DECK_CONFIG_ID,
    mod: 0,
    name: 'Default',
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20, bury: false, separate: true },
    rev: { ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2, bury: false, fuzz: 0.05 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
}

function collectionConfig() {
  return {
    activeDecks: [DEFAULT_DECK_ID],
    curDeck: DEFAULT_DECK_ID,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: null,
    nextPos: 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
}
