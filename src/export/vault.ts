/**
 * The notes folder's own id, kept in `<decks>/.amgi-id` and made once. It namespaces the GUIDs Anki
 * sees, so that two people's decks never match each other's notes. Keep the file with your decks (commit
 * it with them): a new id would make every note new to Anki once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeUserFile } from '../util/atomic-write.js';

export const VAULT_ID_FILE = '.amgi-id';

export async function vaultId(decksDir: string): Promise<string> {
  const file = join(decksDir, VAULT_ID_FILE);
  try {
    const id = (await readFile(file, 'utf8')).trim();
    if (/^[a-z0-9]{8}$/.test(id)) return id;
  } catch {
    // made below
  }
  // node:crypto only here, where an id is made (once per notes folder): loading it costs every export about 6 ms.
  const { randomBytes } = await import('node:crypto');
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const id = [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('');
  await writeUserFile(file, `${id}\n`);
  return id;
}
