import { fstatSync, statSync } from 'node:fs';
import { exportDecks, type ExportFormat, type ExportReport } from '../export/export.js';
import { NOTE_TYPE_NAME } from '../export/anki-notes.js';
import { removedExportsSentence } from '../export/stale-exports.js';
import { UserError } from '../util/errors.js';
import { formatWarning, plural } from './output.js';

export interface ExportCommandOptions {
  decks: string;
  format: string;
  out?: string;
  subdecks?: boolean;
  notetype?: string;
  withProgress?: boolean;
  store?: string;
  json?: boolean;
}

/** `amgi export [DECK...]`: writes the files and prints how to import them. */
export async function runExport(decks: string[], options: ExportCommandOptions): Promise<number> {
  if (options.format !== 'csv' && options.format !== 'apkg') throw new UserError(`--format must be csv or apkg, not "${options.format}"`, 2);
  const report = await exportDecks({
    decksDir: options.decks,
    decks,
    format: options.format as ExportFormat,
    ...(options.out !== undefined ? { out: options.out } : {}),
    subdecks: options.subdecks ?? false,
    ...(options.notetype !== undefined ? { notetype: options.notetype } : {}),
    withProgress: options.withProgress ?? false,
    ...(options.store !== undefined ? { store: options.store } : {}),
  });
  // Written to this process's own output (`--out /dev/stdout`), the export is what stdout carries:
  // the report goes to stderr, so that a pipe gets the CSV alone.
  const stream = options.out !== undefined && isStdout(options.out) ? process.stderr : process.stdout;
  if (options.json) stream.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report, stream);
  return 0;
}

function isStdout(path: string): boolean {
  try {
    const [target, own] = [statSync(path), fstatSync(1)];
    return target.dev === own.dev && target.ino === own.ino;
  } catch {
    return false;
  }
}

function printReport(report: ExportReport, stream: NodeJS.WriteStream): void {
  const out: string[] = [];
  for (const deck of report.decks) {
    const media = deck.mediaDir ? `, ${plural(deck.media, 'image')} in ${deck.mediaDir}/` : deck.media > 0 ? `, ${plural(deck.media, 'image')} inside` : '';
    const progress = deck.progress ? `; progress: ${plural(deck.progress.cards, 'reviewed card')}, ${plural(deck.progress.reviews, 'review')}` : '';
    out.push(`${deck.name}  →  ${deck.file} (${plural(deck.notes, 'note')}${media}${progress})`);
    for (const warning of deck.warnings) out.push(`  warning: ${formatWarning(warning)}`);
  }
  // Exports of decks whose notes were deleted or renamed: importing the folder would bring them back.
  const removed = report.removedExports ?? [];
  const kept = report.keptExports ?? [];
  if (removed.length > 0 || kept.length > 0) out.push('');
  if (removed.length > 0) out.push(removedExportsSentence(removed));
  for (const { file, reason } of kept) out.push(`Kept ${file}, an export of a deck that is gone: ${reason}. Delete what you no longer need.`);
  if (report.store && !report.store.exists) out.push(`No review store at ${report.store.file}: nothing was reviewed there, so every card goes as new.`);
  out.push('', ...(report.format === 'csv' ? csvSteps(report) : apkgSteps(report)));
  stream.write(`${out.join('\n')}\n`);
}

/** Anki's importers add and update notes, never delete one: a card gone from amgi stays in Anki. */
const REMOVED_CARDS_STEP = ' • A card you delete from a note (or a note you delete) stays in Anki, as an import never deletes: delete it there.';

function csvSteps(report: ExportReport): string[] {
  const mediaDirs = report.decks.flatMap((deck) => (deck.mediaDir ? [`${deck.mediaDir}/`] : []));
  const steps = ['To import:'];
  if (mediaDirs.length > 0) {
    steps.push(
      ` • Copy the files in ${mediaDirs.join(', ')} into your Anki profile's collection.media folder`,
      '   (Windows: %APPDATA%\\Anki2\\<profile>\\collection.media; macOS: ~/Library/Application Support/Anki2/<profile>/collection.media;',
      '   Linux: ~/.local/share/Anki2/<profile>/collection.media). Images show on the cards once they are there.',
    );
  }
  steps.push(
    ' • In Anki (2.1.55 or newer): File → Import… (파일 → 가져오기…) and choose the .csv file.',
    report.notetype
      ? `   Note type: the file asks for "${report.notetype}"; check that the dialog shows it.`
      : '   Note type: the file asks for "Basic" (in Anki in Korean: "기본"); check that the dialog shows it.',
    '   Fields map by position: column 1 → Front (앞면), column 2 → Back (뒷면).',
    '   Leave the rest as the file sets it: HTML on; tags, deck and GUID columns; "Existing notes: Update".',
    ' • After you edit your notes: `amgi build`, export again and import again. Changed cards are updated in place,',
    '   nothing is duplicated, and Anki keeps your review progress.',
    REMOVED_CARDS_STEP,
  );
  return steps;
}

function apkgSteps(report: ExportReport): string[] {
  return [
    'To import:',
    ' • In Anki (2.1 or newer): File → Import… (파일 → 가져오기…) and choose the .apkg file. Images are inside the package.',
    `   The cards use amgi's own note type "${NOTE_TYPE_NAME}"; Anki adds it the first time.`,
    ...(report.withProgress ? progressSteps() : []),
    ' • After you edit your notes: `amgi build`, export again and import again. Notes whose content changed are',
    '   updated in place, nothing is duplicated, and Anki keeps your review progress.',
    REMOVED_CARDS_STEP,
    ' • Use either the CSV or the package for a deck, not both: a note Anki has from one is skipped as conflicting',
    '   when it comes again from the other (another note type under the same GUID).',
  ];
}

function progressSteps(): string[] {
  return [
    ' • To keep your schedule, tick "Import any learning progress" in the import dialog (Anki 23.10 or newer).',
    '   It is off by default, and without it every card arrives as new. Older Anki imports the progress without asking.',
    '   Cards you were still learning (or relearning) in amgi arrive as review cards due on their due day.',
    ' • Notes already in your Anki collection keep their existing Anki schedule: Anki updates their content but never',
    '   changes existing cards, so amgi progress only reaches cards new to the collection.',
    ' • Anki uses FSRS for these cards only if FSRS is on (Deck options → FSRS). Turning it on, or changing its',
    '   settings, makes Anki recompute each card\'s memory from the imported review history.',
  ];
}
