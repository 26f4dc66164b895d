/**
 * Decks whose notes left the build, remembered in `<decks>/.amgi-removed/` so that a note coming back
 * (restored from the trash, moved back into the vault, taken out of `.amgiignore`) continues its cards'
 * ids, and with them their reviews. Without it, the note would be built as new: a card keeps its id
 * then only if its title is as it was when the card was made (a new id is a hash of the title), so
 * every card whose title was edited since would start again, its reviews orphaned.
 *
 * A remembered deck is the deck file itself, moved aside (a rename, so never half written) and used
 * only for its cards' identities. It is forgotten once the note's deck is written again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../util/atomic-write.js';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDeck, type DeckFile } from './deck-file.js';

export const REMOVED_DECKS_FOLDER = '.amgi-removed';

export interface RememberedDeck {
  file: string;
  slug: string;
  deck: DeckFile;
}

export class RemovedDecks {
  private readonly folder: string;
  /** Read when a note first needs them: most builds have no new note, and never look. */
  private remembered: RememberedDeck[] | undefined;

  constructor(decksDir: string) {
    this.folder = join(decksDir, REMOVED_DECKS_FOLDER);
  }

  /** Move a deck file aside, in place of any deck remembered under the same file name. */
  async keep(file: string, slug: string): Promise<void> {
    mkdirSync(this.folder, { recursive: true });
    // The folder keeps the text of notes the user deleted: git must not take it into a project they
    // publish. It ignores itself, as a virtual environment's folder does, whatever the project ignores.
    const ignore = join(this.folder, '.gitignore');
    if (!existsSync(ignore)) writeFileAtomicSync(ignore, '# amgi: decks of removed notes, kept on this machine only\n*\n');
    const kept = join(this.folder, `${slug}.json`);
    await rename(file, kept);
    if (this.remembered) {
      this.remembered = this.remembered.filter((entry) => entry.file !== kept);
      const deck = readable(kept);
      if (deck) this.remembered.push({ file: kept, slug, deck });
    }
  }

  /**
   * The deck a new note continues, claimed for it: the one built from the same path; failing that, one of the same
   * file name, then one of the same deck name, whose note is gone (`isGone`: the note was moved or
   * renamed while out of the build) and which holds a card of the note (`sharesCards`). A deck whose
   * note is still there but left out is not taken.
   */
  claim(source: string, slug: string, name: string, isGone: (source: string) => boolean, sharesCards: (deck: DeckFile) => boolean): RememberedDeck | undefined {
    const remembered = this.load();
    const found =
      remembered.find((entry) => entry.deck.source === source || entry.deck.source.normalize('NFC') === source) ??
      remembered.find((entry) => entry.slug === slug && isGone(entry.deck.source) && sharesCards(entry.deck)) ??
      remembered.find((entry) => entry.deck.name === name && isGone(entry.deck.source) && sharesCards(entry.deck));
    // Claimed: no other note of this build continues it too.
    if (found) this.remembered = remembered.filter((entry) => entry !== found);
    return found;
  }

  /** The note's deck is written again: what was remembered of it is in the new deck now. */
  async forget(entry: RememberedDeck): Promise<void> {
    await rm(entry.file, { force: true });
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
      const deck = readable(file);
      if (deck) this.remembered.push({ file, slug: name.slice(0, -'.json'.length), deck });
    }
    return this.remembered;
  }
}

/** A remembered deck that cannot be read or parsed (edited by hand, of a newer amgi) is passed over. */
function readable(file: string): DeckFile | undefined {
  try {
    return parseDeck(file, readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
