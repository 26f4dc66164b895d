/**
 * The images a deck's cards show. Anki keeps media in one flat folder, so each file gets a flat,
 * collision-free name from its content: `amgi-<hash>-<ascii name>.<ext>`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, basename, isAbsolute, join, parse as parsePath, resolve } from 'node:path';
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
    const bytes = readImage(isAbsolute(path) ? path : join(dirname(notePath), path));
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

/**
 * An image's bytes, or undefined when there is none. The note's text is NFC, but a file name may be
 * NFD (macOS writes Hangul names so): where the path as written is missing, each missing folder or
 * file name is looked for among its folder's entries, compared in NFC.
 */
function readImage(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    const found = findNormalized(path);
    if (found === undefined || found === path) return undefined;
    try {
      return readFileSync(found);
    } catch {
      return undefined;
    }
  }
}

/** The path on disk whose names equal `path`'s in NFC, or undefined. */
export function findNormalized(path: string): string | undefined {
  const absolute = resolve(path);
  const { root } = parsePath(absolute);
  let found = root;
  for (const name of absolute.slice(root.length).split(/[\\/]+/).filter(Boolean)) {
    const exact = join(found, name);
    if (existsSync(exact)) {
      found = exact;
      continue;
    }
    let entries: string[];
    try {
      entries = readdirSync(found);
    } catch {
      return undefined;
    }
    const wanted = name.normalize('NFC');
    const match = entries.find((entry) => entry.normalize('NFC') === wanted);
    if (match === undefined) return undefined;
    found = join(found, match);
  }
  return found;
}

export function mediaName(path: string, bytes: Uint8Array): string {
  const extension = extname(path).toLowerCase().replace(/[^.a-z0-9]/g, '');
  const ascii = basename(path, extname(path)).normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `amgi-${sha256Hex(bytes).slice(0, 12)}${ascii ? `-${ascii}` : ''}${extension}`;
}
