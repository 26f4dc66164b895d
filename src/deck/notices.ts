/** What amgi says about a note as a whole (kept in its deck as notices), in one place for build and explain. */
import type { Warning } from '../cards/types.js';
import type { DeckNotice } from './deck-file.js';
import { readingNoticeMessage } from '../notes/parse-note.js';

/** What a build says about the note itself, built now or kept unchanged. */
export function noticeWarnings(notices: readonly DeckNotice[], source: string, shownNote: string): Warning[] {
  return notices.flatMap((notice): Warning[] => {
    switch (notice.kind) {
      case 'empty':
        return [{ path: source, message: 'the note is empty' }];
      case 'no-card':
        return [{ path: source, message: `no card found in the note; run \`amgi explain ${shownNote}\` to see why each block did not become a card` }];
      case 'unclosed-front-matter':
      case 'unclosed-code-fence':
        return [{ path: source, line: notice.line, message: readingNoticeMessage(notice) }];
      case 'undefined-image-reference':
        return [{ path: source, line: notice.line, message: `${shortened(notice.written)} shows as text: the note defines no [${notice.label}]. Add a line \`[${notice.label}]: path/to/image.png\` to the note, or write the image as \`![…](path/to/image.png)\`.` }];
      default:
        return []; // written by a later amgi
    }
  });
}

/** A reference as written, cut where a long alt text would fill the line. */
function shortened(written: string): string {
  return written.length <= 60 ? written : `${written.slice(0, 59)}…`;
}
