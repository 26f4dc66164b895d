/** The floor `npm run bench` compares `amgi build` with: read every note and remark-parse it, nothing else. */
import { readFile } from 'node:fs/promises';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findNotes } from '../notes/find-notes.js';

const parser = unified().use(remarkParse);
for (const file of await findNotes(process.argv.slice(2))) parser.parse((await readFile(file, 'utf8')).normalize('NFC'));
