/** Note ids in packages: the time a note was first exported, which Anki shows as the date it was added. */
import type { NoteState } from './deck-export.js';

/**
 * How far ahead of the clock a note id amgi gave can be. The ids of the largest exports run a few
 * minutes ahead (a millisecond a note); a week allows for machines whose clocks differ.
 */
export const NOTE_ID_AHEAD_MS = 7 * 86_400_000;

/**
 * An entry's note id (`added`), if it is one amgi could have given at `now`: a whole number of
 * milliseconds, not far ahead of the clock. One written by hand or by a machine whose clock was wrong
 * gets a new id instead (one beyond 2^53 would make every id after it the same).
 */
export function givenNoteId(entry: NoteState | undefined, now: number): number | undefined {
  const added = entry?.added;
  return Number.isSafeInteger(added) && added! > 0 && added! < now + NOTE_ID_AHEAD_MS ? added : undefined;
}
