import { statSync } from 'node:fs';
import { explainText, ruleName, type ExplainedBlock } from '../cards/explain.js';
import { FILE_NAME_BLOCK, FRONT_MATTER_TITLE_BLOCK } from '../cards/extract/headings.js';
import { noticeWarnings } from '../deck/notices.js';
import { assertNestingWithinLimit, loadNoteSyntax, readingNotices } from '../notes/parse-note.js';
import { untitledDeckName } from '../deck/slug.js';
import { findOnDisk } from '../notes/image-files.js';
import { readNote } from '../notes/read-note.js';
import { UserError } from '../util/errors.js';
import { formatWarning, plural, printJson } from './output.js';

/** `amgi explain NOTE`: prints every block and what became of it. */
export async function runExplain(given: string, options: { json?: boolean }): Promise<number> {
  const note = findOnDisk(given); // a name typed in NFC finds the file macOS named in NFD
  if (note === undefined) throw new UserError(`${given}: no such file`, 2);
  const info = statSync(note);
  if (info.isDirectory()) throw new UserError(`${given}: is a folder; \`amgi explain\` takes one note file (\`amgi build\` takes folders).`, 2);
  // Refused before reading, as `amgi build` refuses it: a pipe would be waited on, a device read forever.
  if (!info.isFile()) throw new UserError(`${given}: not a regular file (a pipe, socket or device); \`amgi explain\` takes one note file.`, 2);
  const read = await readNote(note);
  if (read.kind === 'binary') throw new UserError(`${note}: not a text file`);
  assertNestingWithinLimit(note, read.note.text);
  const untitledName = untitledDeckName(note);
  await loadNoteSyntax(read.note.text);
  const explanation = explainText(read.note.text, untitledName);
  // What the build warns of the note's reading, said where its first blocks would puzzle (L1 a separator).
  const warnings = noticeWarnings(readingNotices(read.note.text), note, note);
  if (options.json) {
    printJson({ note, ...explanation, warnings });
    return 0;
  }
  const namedByFrontMatter = explanation.blocks.some((block) => block.block === FRONT_MATTER_TITLE_BLOCK);
  const deck = !explanation.deckName
    ? `deck "${untitledName}" (no # title: named after the file)`
    : namedByFrontMatter
      ? `deck "${explanation.deckName}" (no # title: named by its front matter's title)`
      : `deck "${explanation.deckName}"`;
  const out = [`${note}: ${deck}, ${plural(explanation.cards, 'card')}`, ...warnings.map((warning) => `warning: ${formatWarning(warning)}`), ''];
  if (explanation.blocks.length === 0) out.push('The note is empty.');
  else if (explanation.cards === 0) out.push('No card: each block below says why.', '');
  const width = String(explanation.blocks.at(-1)?.line ?? 1).length + 1;
  for (const block of explanation.blocks) {
    out.push(`L${String(block.line).padEnd(width)} ${block.block.padEnd(12)} ${describe(block, width + 16)}`);
    for (const embed of block.embedsNotes ?? []) {
      out.push(`${' '.repeat(width + 16)}${embed.written} embeds a note, which a card cannot show: ${embed.shown} in its place`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function describe(block: ExplainedBlock, indent: number): string {
  switch (block.outcome) {
    case 'card': {
      // A multiple-choice front's choices, one per line, under the question and indented past the columns.
      const [question, ...choices] = block.front!.split('\n');
      // The title a note without one gets from its file: no block of the note, the blocks it heads follow.
      const rule =
        block.block === FILE_NAME_BLOCK
          ? 'no # title: the file\'s name titles the blocks above the first heading'
          : block.block === FRONT_MATTER_TITLE_BLOCK
            ? "no # title: the front matter's title titles the blocks above the first heading"
            : ruleName(block);
      return [`CARD (${rule}): ${question}`, ...choices.map((choice) => `${' '.repeat(indent)}${choice}`)].join('\n');
    }
    case 'explanation':
      return `  in the back of: ${block.front!.split('\n')[0]}`; // the question alone names the card
    case 'choices':
      return `  in the front of: ${block.front!.split('\n')[0]}`;
    case 'deck-title':
      return 'deck name (no explanation of its own: no card)';
    case 'no-card':
      return `no card: ${block.reason}`;
    case 'dropped':
      return `left out: ${block.reason}`;
  }
}
