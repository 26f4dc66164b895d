/**
 * Builds every note of the shared corpus of other people's Korean notes (read in place: their licences
 * forbid copying them here). Skipped when ../shared/corpus/korean-notes is absent.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDecks } from '../src/deck/build.js';
import { parsedFieldHtml, plainParagraphsHtml } from '../src/export/html.js';
import type { DeckFile } from '../src/deck/deck-file.js';
import { repoRoot, tempDir } from './helpers.js';

const CORPUS = resolve(repoRoot, '..', 'shared', 'corpus', 'korean-notes');
const MARKUP_IN_FRONT = /\[![A-Za-z]+\]|<\/?(summary|details)|<[a-z][^>]*>|^>|›\s*>/i;

describe.skipIf(!existsSync(CORPUS))('the corpus of other people’s notes', () => {
  it('builds every note with no crash, no empty front or back, no markup in a front, and lines in a front only for choices', async () => {
    const dir = await tempDir();
    const report = await buildDecks({ decksDir: join(dir, 'decks'), paths: [CORPUS] });
    expect(report.decks.filter((deck) => deck.status === 'failed')).toEqual([]);
    expect(report.decks.length).toBeGreaterThanOrEqual(20);
    let cards = 0;
    for (const entry of report.decks) {
      const deck = JSON.parse(await readFile(join(dir, entry.deckFile!), 'utf8')) as DeckFile;
      for (const card of deck.cards) {
        cards++;
        const where = `${deck.source}:${card.source.line}`;
        expect(card.front.trim(), where).not.toBe('');
        expect(card.back.trim(), where).not.toBe('');
        expect(card.front, where).not.toMatch(MARKUP_IN_FRONT);
        // Only a multiple-choice question has lines: one per choice (lettered, numbered, or a bullet), under it.
        const [question, ...choices] = card.front.split('\n');
        if (choices.length > 0) expect(['qa', 'heading', 'question'], where).toContain(card.kind);
        for (const choice of choices) expect(choice, where).toMatch(/^((\([A-Ea-e]\)|[A-Ea-e][.)]|[-*+]|\d{1,2}[.)])\s|(\(\d{1,2}\)|[①-⑳])\s?)\S/);
        expect(question, where).not.toBe('');
        const plain = plainParagraphsHtml(card.back);
        if (plain !== undefined) expect(plain, where).toBe(parsedFieldHtml(card.back, () => undefined).html);
      }
    }
    expect(cards).toBeGreaterThan(500);
  });
});
