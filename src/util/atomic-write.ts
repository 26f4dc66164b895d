import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a temp file in the same folder (same file system), then rename it over the target.
 * `durable` also flushes the data to disk before the rename (an fsync per file: slow, so only for
 * files that cannot be made again, unlike decks, which are rebuilt from the notes).
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: { durable?: boolean } = {}): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.amgi-tmp-${basename(path)}-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(temp, content, { flush: options.durable ?? false });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
