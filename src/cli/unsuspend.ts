import { readDeckFolder } from '../deck/deck-file.js';
import { defaultStorePath } from '../review/session-data.js';
import { DEFAULT_SETTINGS, Scheduler } from '../schedule/fsrs.js';
import { ReviewStore } from '../store/store.js';
import { UserError } from '../util/errors.js';
import { plural, printJson } from './output.js';

export interface UnsuspendCommandOptions {
  decks: string;
  store?: string;
  all?: boolean;
  json?: boolean;
}

/** `amgi unsuspend [ID...] [--all]`: without ids, lists suspended cards; with them, brings them back. */
export async function runUnsuspend(ids: string[], options: UnsuspendCommandOptions): Promise<number> {
  const fronts = new Map((await readDeckFolder(options.decks)).flatMap(({ deck }) => deck.cards.map((card) => [card.id, `${deck.name} › ${card.front}`] as const)));
  const store = ReviewStore.open(options.store ?? defaultStorePath(options.decks));
  try {
    const suspended = [...store.cards().values()].filter((card) => card.suspended).map((card) => card.id).sort();
    const unknown = ids.filter((id) => !suspended.includes(id));
    if (unknown.length > 0) throw new UserError(`not suspended: ${unknown.join(', ')}. Run \`amgi unsuspend\` to list the suspended cards.`, 2);
    const chosen = options.all ? suspended : ids;
    const scheduler = new Scheduler(DEFAULT_SETTINGS); // only needed for a card without a row, which cannot be suspended
    for (const id of chosen) store.setSuspended(scheduler, id, false, Date.now());
    const listed = (chosen.length > 0 ? chosen : suspended).map((id) => ({ id, front: fronts.get(id) ?? '(in no deck)' }));
    if (options.json) printJson({ suspended: chosen.length > 0 ? [] : listed, unsuspended: chosen.length > 0 ? listed : [] });
    else if (chosen.length > 0) process.stdout.write(`Brought back ${plural(chosen.length, 'card')}:\n${listed.map(({ id, front }) => `  ${id}  ${front}`).join('\n')}\n`);
    else if (suspended.length === 0) process.stdout.write('No suspended cards.\n');
    else process.stdout.write(`${plural(suspended.length, 'suspended card')}:\n${listed.map(({ id, front }) => `  ${id}  ${front}`).join('\n')}\nBring them back with \`amgi unsuspend ID...\` or \`amgi unsuspend --all\`.\n`);
    return 0;
  } finally {
    store.close();
  }
}
