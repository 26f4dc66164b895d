/**
 * The notes folder's own id, kept in `<decks>/.amgi-id` and made once. It namespaces the GUIDs Anki
 * sees, so that two people's decks never match each other's notes. Keep the file with your decks (commit
 * it with them): a new id would make every note new to Anki once.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeUserFile } from '../util/atomic-write.js';
import { UserError } from '../util/errors.js';

export const VAULT_ID_FILE = '.amgi-id';
/** What `.amgi-id` holds: 8 lower-case letters and digits. */
export const VAULT_ID = /^[a-z0-9]{8}$/;

export async function vaultId(decksDir: string): Promise<string> {
  const file = join(decksDir, VAULT_ID_FILE);
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // Only a missing file gets a new id: any other would silently make every note new to Anki.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`cannot read ${file}: ${(error as Error).message}. It names your notes in Anki: make it readable again.`);
  }
  if (text !== undefined) {
    const id = text.trim();
    if (VAULT_ID.test(id)) return id;
    throw new UserError(`${file} is damaged: it should hold 8 lower-case letters and digits. It names your notes in Anki, so a new one would make every note new there. Restore it (from git or a backup); delete it only to start afresh.`);
  }
  // node:crypto only here, where an id is made (once per notes folder): loading it costs every export about 6 ms.
  const { randomBytes } = await import('node:crypto');
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const id = [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('');
  await writeUserFile(file, `${id}\n`);
  return id;
}

/** The folder's id if `.amgi-id` holds one; never made here (the review store and stale exports only read it). */
export function readVaultId(decksDir: string): string | undefined {
  try {
    const id = readFileSync(join(decksDir, VAULT_ID_FILE), 'utf8').trim();
    return VAULT_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
