/**
 * The floors `npm run bench` compares `amgi build` with: read every note and parse it, nothing else.
 * `--amgi` parses as amgi does (chunked, GFM tables); otherwise plain remark-parse.
 */
import { readFile } from 'node:fs/promises';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findNotes } from '../notes/find-notes.js';
import { parseMarkdown } from '../notes/parse-note.js';

const amgi = process.argv.includes('--amgi');
const paths = process.argv.slice(2).filter((arg) => arg !== '--amgi');
const parser = unified().use(remarkParse);
for (const file of await findNotes(paths)) {
  const text = (await readFile(file, 'utf8')).normalize('NFC');
  if (amgi) parseMarkdown(text);
  else parser.parse(text);
}
