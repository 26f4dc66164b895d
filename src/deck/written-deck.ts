/**
 * A deck a build has written, kept until the end of the build for the deck index (which needs its
 * name, source, hash, images and card ids) without its cards' content: holding every card of 1,000
 * notes until the index is written doubled the build's memory. Content asked for anyway is read back
 * from the file.
 */
import { readFileSync } from 'node:fs';
import { parseDeck, type DeckCard, type DeckFile } from './deck-file.js';

export class WrittenDeck implements DeckFile {
  readonly format: number;
  readonly name: string;
  readonly source: string;
  readonly sourceHash: string;
  readonly rules: number;
  readonly images: DeckFile['images'];
  readonly notices: DeckFile['notices'];
  /** The cards' ids, in order: all the index needs. A card object each (105,000 of them) was 5 MB more of a build's peak. */
  readonly ids: readonly string[];
  private made: DeckCard[] | undefined;
  private full: DeckFile | undefined;

  constructor(
    private readonly file: string,
    deck: DeckFile,
  ) {
    ({ format: this.format, name: this.name, source: this.source, sourceHash: this.sourceHash, rules: this.rules, images: this.images, notices: this.notices } = deck);
    this.ids = deck.cards.map((card) => card.id);
  }

  /** The cards, made when first asked for; their content is read from the file. */
  get cards(): DeckCard[] {
    return (this.made ??= this.ids.map((id, position) => new WrittenCard(id, this, position)));
  }

  /** The deck as written (synchronously: a card's content is asked for by a getter). */
  load(): DeckFile {
    this.full ??= parseDeck(this.file, readFileSync(this.file, 'utf8'));
    return this.full;
  }
}

class WrittenCard implements DeckCard {
  constructor(
    readonly id: string,
    private readonly deck: WrittenDeck,
    private readonly position: number,
  ) {}

  private get full(): DeckCard {
    return this.deck.load().cards[this.position]!;
  }
  get front(): string {
    return this.full.front;
  }
  get back(): string {
    return this.full.back;
  }
  get tags(): string[] {
    return this.full.tags;
  }
  get source(): DeckCard['source'] {
    return this.full.source;
  }
  get kind(): DeckCard['kind'] {
    return this.full.kind;
  }
  get title(): string {
    return this.full.title;
  }
  get section(): string[] {
    return this.full.section;
  }
}
