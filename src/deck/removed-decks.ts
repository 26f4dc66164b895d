/**
 * Decks whose notes left the build, remembered in `<decks>/.amgi-removed/` so that a note coming back
 * (restored from the trash, moved back into the vault, taken out of `.amgiignore`) continues its cards'
 * ids, and with them their reviews. Without it, the note would be built as new: a card keeps its id
 * then only if its title is as it was when the card was made (a new id is a hash of the title), so
 * every card whose title was edited since would start again, its reviews orphaned.
 *
 * A remembered deck is the deck file itself, moved aside (a rename, so never half written) and used
 * only for its cards' identities. It is forgotten once the note's deck is written again. It is a
 * memory only: where it cannot be kept, the deck is deleted as before, and a build says so.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../util/atomic-write.js';
import { sha256Hex } from '../util/hash.js';
import { parseDeck, type DeckFile } from './deck-file.js';

export const REMOVED_DECKS_FOLDER = '.amgi-removed';

export interface RememberedDeck {
  file: string;
  /** The deck file's name (without `.json`) when it was removed. */
  slug: string;
  name: string;
  source: string;
  /** The deck, read whole when first wanted (its cards), or undefined if it cannot be read. */
  deck(): DeckFile | undefined;
}

export class RemovedDecks {
  private readonly folder: string;
  /** Read when a note first needs them: most builds have no new note, and never look. */
  private remembered: RememberedDeck[] | undefined;

  constructor(decksDir: string) {
    this.folder = join(decksDir, REMOVED_DECKS_FOLDER);
  }

  /**
   * Move a deck file aside. It takes the place of a deck remembered under the same file name only if
   * that one was built from the same note: two notes named `os.md` in different folders, removed in
   * turn, are both remembered. Throws if the file cannot be moved (see removeStale).
   */
  async keep(file: string, slug: string, deck: Pick<DeckFile, 'name' | 'source'>): Promise<void> {
    mkdirSync(this.folder, { recursive: true });
    // The folder keeps the text of notes the user deleted: git must not take it into a project they
    // publish. It ignores itself, as a virtual environment's folder does, whatever the project ignores.
    const ignore = join(this.folder, '.gitignore');
    if (!existsSync(ignore)) writeFileAtomicSync(ignore, '# amgi: decks of removed notes, kept on this machine only\n*\n');
    let kept = join(this.folder, `${slug}.json`);
    const there = statSync(kept, { throwIfNoEntry: false });
    // Another note's deck there (or something that is no file): this one under a name of its own.
    // `#` is never in a slug (slug.ts replaces it).
    if (there && (!there.isFile() || headOf(kept)?.source !== deck.source)) kept = join(this.folder, `${slug}#${sha256Hex(deck.source).slice(0, 8)}.json`);
    await rename(file, kept);
    if (this.remembered) {
      this.remembered = this.remembered.filter((entry) => entry.file !== kept);
      this.remembered.push(remembered(kept, slug, deck.name, deck.source));
    }
  }

  /**
   * The deck a new note continues, claimed for it: the one built from the same path; failing that, one
   * of the same file name, then one of the same deck name, whose note is gone (`isGone`: the note was
   * moved or renamed while out of the build) and which holds a card of the note (`sharesCards`). A
   * deck whose note is still there but left out is not taken.
   */
  claim(source: string, slug: string, name: string, isGone: (source: string) => boolean, sharesCards: (deck: DeckFile) => boolean): RememberedDeck | undefined {
    const remembered = this.load();
    const takes = (entry: RememberedDeck) => {
      const deck = entry.deck();
      return deck !== undefined && isGone(entry.source) && sharesCards(deck);
    };
    const found =
      remembered.find((entry) => (entry.source === source || entry.source.normalize('NFC') === source) && entry.deck() !== undefined) ??
      remembered.find((entry) => entry.slug === slug && takes(entry)) ??
      remembered.find((entry) => entry.name === name && takes(entry));
    if (found) this.take(found);
    return found;
  }

  /** The decks not claimed yet whose notes are gone (`isGone`), and that can be read: those a renamed note may continue. */
  gone(isGone: (source: string) => boolean): RememberedDeck[] {
    return this.load().filter((entry) => isGone(entry.source) && entry.deck() !== undefined);
  }

  /** Claimed: no other note of this build continues it too. */
  take(entry: RememberedDeck): void {
    this.remembered = this.load().filter((other) => other !== entry);
  }

  isUnclaimed(entry: RememberedDeck): boolean {
    return this.load().includes(entry);
  }

  /** Every remembered card by id, with its front and note: what `amgi orphans` can say of a card. */
  cardsById(): Map<string, { front: string; source: string }> {
    const cards = new Map<string, { front: string; source: string }>();
    for (const entry of this.load()) for (const card of entry.deck()?.cards ?? []) cards.set(card.id, { front: card.front, source: entry.source });
    return cards;
  }

  /** The note's deck is written again: what was remembered of it is in the new deck now. */
  async forget(entry: RememberedDeck): Promise<void> {
    try {
      await unlink(entry.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  private load(): RememberedDeck[] {
    if (this.remembered) return this.remembered;
    let names: string[];
    try {
      names = readdirSync(this.folder).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
    } catch {
      names = []; // none yet, or unreadable: a memory only, whose loss costs ids, never reviews
    }
    this.remembered = [];
    for (const name of names) {
      const file = join(this.folder, name);
      const head = headOf(file);
      if (head) this.remembered.push(remembered(file, name.replace(/(#[0-9a-f]{8})?\.json$/, ''), head.name, head.source));
    }
    return this.remembered;
  }
}

function remembered(file: string, slug: string, name: string, source: string): RememberedDeck {
  let deck: DeckFile | undefined | null = null;
  return {
    file,
    slug,
    name,
    source,
    deck: () => (deck === null ? (deck = readable(file)) : deck),
  };
}

/**
 * A remembered deck's name and source, from the first lines of its file as serializeDeck writes
 * them: a build with a new note need not parse every remembered deck (there may be hundreds), only
 * those it may continue. A file laid out otherwise (edited by hand) is parsed whole.
 */
function headOf(file: string): { name: string; source: string } | undefined {
  let head: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const bytes = Buffer.alloc(16 * 1024);
      head = bytes.toString('utf8', 0, readSync(fd, bytes, 0, bytes.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const name = /^ {2}"name": ("(?:[^"\\\n]|\\.)*"),$/m.exec(head);
  const source = /^ {2}"source": ("(?:[^"\\\n]|\\.)*"),$/m.exec(head);
  if (name && source) {
    try {
      return { name: JSON.parse(name[1]!) as string, source: JSON.parse(source[1]!) as string };
    } catch {
      // parsed whole below
    }
  }
  const deck = readable(file);
  return deck && { name: deck.name, source: deck.source };
}

/** A remembered deck that cannot be read or parsed (edited by hand, of a newer amgi) is passed over. */
function readable(file: string): DeckFile | undefined {
  try {
    return parseDeck(file, readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
