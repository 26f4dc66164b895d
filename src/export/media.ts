/**
 * The images a deck's cards show. Anki keeps media in one flat folder, so each file gets a flat,
 * collision-free name from its content: `amgi-<hash>-<ascii name>.<ext>`.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, basename, isAbsolute, join } from 'node:path';
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
  for (const src of new Set(sources)) {
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
      plan.names.set(src, src);
      continue;
    }
    let path = src.replace(/[?#].*$/, '');
    try {
      path = decodeURI(path);
    } catch {
      // keep it as written
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(isAbsolute(path) ? path : join(dirname(notePath), path));
    } catch {
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

export function mediaName(path: string, bytes: Uint8Array): string {
  const extension = extname(path).toLowerCase().replace(/[^.a-z0-9]/g, '');
  const ascii = basename(path, extname(path)).normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `amgi-${sha256Hex(bytes).slice(0, 12)}${ascii ? `-${ascii}` : ''}${extension}`;
}
