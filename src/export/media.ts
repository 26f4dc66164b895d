/**
 * The images a deck's cards show. Anki keeps media in one flat folder, so each file gets a flat,
 * collision-free name from its content: `amgi-<hash>-<ascii name>.<ext>`.
 */
import { readFileSync } from 'node:fs';
import { extname, basename } from 'node:path';
import { findImageFile, imagePath, isUrl } from '../notes/image-files.js';
import { sha256Hex } from '../util/hash.js';

export interface MediaFile {
  name: string;
  bytes: Uint8Array;
}

export interface MediaPlan {
  /** Flat names by the source written in the note. */
  names: Map<string, string>;
  files: MediaFile[];
  /** Sources whose file does not exist. */
  missing: string[];
}

/** Read the images that `sources` (as written in the note at `notePath`) refer to. URLs are left as they are. */
export function planMedia(notePath: string, sources: Iterable<string>): MediaPlan {
  const plan: MediaPlan = { names: new Map(), files: [], missing: [] };
  const byName = new Set<string>();
  const listings = new Map<string, string[] | undefined>();
  for (const src of new Set(sources)) {
    if (isUrl(src)) {
      plan.names.set(src, src);
      continue;
    }
    const path = imagePath(notePath, src);
    const bytes = readImage(path, listings);
    if (!bytes) {
      plan.missing.push(src);
      continue;
    }
    const name = mediaName(path, bytes);
    plan.names.set(src, name);
    if (!byName.has(name)) {
      byName.add(name);
      plan.files.push({ name, bytes });
    }
  }
  return plan;
}

/** An image's bytes, or undefined when there is none (its name may be NFD on disk: see findImageFile). */
function readImage(path: string, listings: Map<string, string[] | undefined>): Uint8Array | undefined {
  const found = findImageFile(path, listings);
  if (found === undefined) return undefined;
  try {
    return readFileSync(found);
  } catch {
    return undefined;
  }
}

export function mediaName(path: string, bytes: Uint8Array): string {
  const extension = extname(path).toLowerCase().replace(/[^.a-z0-9]/g, '');
  const ascii = basename(path, extname(path)).normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `amgi-${sha256Hex(bytes).slice(0, 12)}${ascii ? `-${ascii}` : ''}${extension}`;
}
