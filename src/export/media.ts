/**
 * The images a deck's cards show. Anki keeps media in one flat folder, so each file gets a flat,
 * collision-free name from its content: `amgi-<hash>-<ascii name>.<ext>`.
 */
import { readFileSync } from 'node:fs';
import { extname, basename } from 'node:path';
import { imageLocation, isUrl, lookUpImage } from '../notes/image-files.js';
import { sha256Hex } from '../util/hash.js';
import { trimWhere } from '../util/text.js';

export interface MediaFile {
  name: string;
  bytes: Uint8Array;
}

export interface MediaPlan {
  /** Flat names by the source written in the note. */
  names: Map<string, string>;
  files: MediaFile[];
  /** Sources with no image to show: no file, or a file that is not an image (not copied). */
  missing: { src: string; problem: 'missing' | 'not-an-image' }[];
}

/** Read the images that `sources` (as written in the note at `notePath`) refer to. URLs are left as they are. */
export function planMedia(notePath: string, sources: Iterable<string>): MediaPlan {
  const plan: MediaPlan = { names: new Map(), files: [], missing: [] };
  const byName = new Set<string>();
  const listings = new Map<string, string[] | undefined>();
  for (const src of new Set(sources)) {
    const embedded = embeddedImage(src);
    if (isUrl(src) && !embedded) {
      plan.names.set(src, src);
      continue;
    }
    let path: string;
    let bytes: Uint8Array | undefined;
    if (embedded) {
      ({ path, bytes } = embedded);
    } else {
      path = imageLocation(notePath, src, listings);
      const image = lookUpImage(path, listings);
      bytes = 'file' in image ? readImage(image.file) : undefined;
      if (!bytes) {
        plan.missing.push({ src, problem: 'problem' in image ? image.problem : 'missing' });
        continue;
      }
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

/** Extensions of the image types a `data:` address may hold, by media type. */
const EMBEDDED_IMAGE_TYPES: Record<string, string> = { png: '.png', jpeg: '.jpg', jpg: '.jpg', gif: '.gif', webp: '.webp', 'svg+xml': '.svg', bmp: '.bmp', avif: '.avif' };

/**
 * An image held in the note itself (`![구성도](data:image/png;base64,…)`, as notes pasted from Notion
 * or Typora carry them), as a media file's name and bytes: Anki fields keep no `data:` source, so
 * left as an address the picture would be dropped from the card. Undefined for anything else.
 */
function embeddedImage(src: string): { path: string; bytes: Uint8Array } | undefined {
  const match = /^data:image\/([a-z0-9.+-]+)((?:;[^,;]*)*?)(;base64)?,(.*)$/is.exec(src);
  const extension = match ? EMBEDDED_IMAGE_TYPES[match[1]!.toLowerCase()] : undefined;
  if (!match || !extension) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = match[3] ? Buffer.from(match[4]!, 'base64') : Buffer.from(decodeURIComponent(match[4]!), 'utf8');
  } catch {
    return undefined; // a broken escape: left as written
  }
  return bytes.length > 0 ? { path: `image${extension}`, bytes } : undefined;
}

/** An image file's bytes, or undefined when it cannot be read. */
function readImage(file: string): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

export function mediaName(path: string, bytes: Uint8Array): string {
  const extension = extname(path).toLowerCase().replace(/[^.a-z0-9]/g, '');
  const ascii = basename(path, extname(path)).normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-');
  const trimmed = trimWhere(ascii, (char) => char === '-').slice(0, 40);
  return `amgi-${mediaHash(bytes)}${trimmed ? `-${trimmed}` : ''}${extension}`;
}

/** What a media file's name carries of its content: the start of its SHA-256. */
export function mediaHash(bytes: Uint8Array): string {
  return sha256Hex(bytes).slice(0, 12);
}

/** The hash in a name mediaName gives, or undefined for any other name. */
export function mediaNameHash(name: string): string | undefined {
  return /^amgi-([0-9a-f]{12})(?:-[A-Za-z0-9_-]+)?(?:\.[a-z0-9]*)?$/.exec(name)?.[1];
}
