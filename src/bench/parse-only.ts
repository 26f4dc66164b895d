/**
 * The floors `npm run bench` compares `amgi build` with: read every note and parse it, nothing else.
 * `--amgi` parses as amgi does (chunked, GFM tables); otherwise plain remark-parse.
 *
 * Notes are read synchronously. Awaiting each read made the floor 30–40% slower than parsing is: while
 * the thread waited, V8 ran its heap marking on helper threads and threw away optimised parser code
 * (~1,300 TurboFan compiles instead of ~400, 6 s of CPU instead of 3.6 s for 300 notes), which
 * flattered every build ratio measured against it.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findNotes } from '../notes/find-notes.js';
import { parseMarkdown } from '../notes/parse-note.js';

const amgi = process.argv.includes('--amgi');
const paths = process.argv.slice(2).filter((arg) => arg !== '--amgi');
const parser = unified().use(remarkParse);
for (const file of await findNotes(paths)) {
  const text = readFileSync(file, 'utf8').normalize('NFC');
  if (amgi) parseMarkdown(text);
  else parser.parse(text);
}
