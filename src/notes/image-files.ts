/**
 * Where a file a note refers to (an image), or one named on the command line (a note), is on disk.
 * One rule for build (which warns about missing images), export (which copies them) and the review
 * session (which opens them), so they never disagree about whether a file exists.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, parse as parsePath, relative, resolve } from 'node:path';

/** A URL (`https:`, `data:`, `//host`): not a file to look for. */
export function isUrl(src: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src);
}

/** An image's source as a message or the review screen names it: a `data:` address by its kind, not its kilobytes of content. */
export function shownImageSource(src: string): string {
  return /^data:/i.test(src) ? `${src.slice(0, src.search(/[,;]|$/))}…` : src;
}

/** The path an image source written in the note at `notePath` names: query and fragment dropped, %-escapes decoded. */
export function imagePath(notePath: string, src: string): string {
  let path = src.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // keep it as written
  }
  return isAbsolute(path) ? path : join(dirname(notePath), path);
}

/**
 * Where an image source written in the note at `notePath` is: the path imagePath gives, unless nothing
 * is there and the note is in an Obsidian vault (a folder above it holds `.obsidian`). Obsidian finds
 * `![[구성도.png]]` by its name anywhere in the vault, and `attachments/구성도.png` from the vault's root:
 * then that file, the one with the shortest path where several have the name, as Obsidian picks.
 */
export function imageLocation(notePath: string, src: string, listings: Map<string, string[] | undefined> = new Map()): string {
  const path = imagePath(notePath, src);
  if (isAbsolute(src) || findOnDisk(path, listings) !== undefined) return path;
  const vault = obsidianVault(dirname(resolve(notePath)));
  if (vault === undefined) return path;
  const written = relative(dirname(notePath), path) || src; // decoded, without query or fragment
  const fromRoot = join(vault, written);
  if (findOnDisk(fromRoot, listings) !== undefined) return fromRoot;
  if (/[\\/]/.test(written)) return path;
  return vaultFiles(vault).get(written.normalize('NFC'))?.path ?? path;
}

/**
 * The other files of a vault an image found by its name alone could have been (see imageLocation), for
 * a build's warning: Obsidian may have meant another. Empty where the name is the vault's only one.
 */
export function otherVaultImages(notePath: string, src: string, found: string): string[] {
  const vault = obsidianVault(dirname(resolve(notePath)));
  const beside = imagePath(notePath, src);
  // Found where the note names it, it is that one, as Obsidian takes it too.
  if (vault === undefined || findOnDisk(beside) !== undefined) return [];
  const written = relative(dirname(notePath), beside) || src;
  if (/[\\/]/.test(written)) return [];
  const entry = vaultFiles(vault).get(written.normalize('NFC'));
  return entry && entry.path === found ? entry.others : [];
}

/** Vault roots found, by the folder asked from (undefined: in no vault). */
const vaults = new Map<string, string | undefined>();

function obsidianVault(folder: string): string | undefined {
  if (vaults.has(folder)) return vaults.get(folder);
  let found: string | undefined;
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.obsidian'))) {
      found = dir;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  vaults.set(folder, found);
  return found;
}

/** Each vault's image files by name (NFC): the shortest path for a name several files have, and the others. Listed once per process. */
const vaultListings = new Map<string, Map<string, { path: string; others: string[] }>>();

function vaultFiles(vault: string): Map<string, { path: string; others: string[] }> {
  let byName = vaultListings.get(vault);
  if (byName) return byName;
  byName = new Map();
  const pending = [vault];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      // Obsidian's own settings, its trash, version control and packages hold no note's pictures.
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (IMAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        const name = entry.name.normalize('NFC');
        const known = byName.get(name);
        if (known === undefined) byName.set(name, { path, others: [] });
        // Shortest first, then by name: the same file on every machine.
        else if (path.length < known.path.length || (path.length === known.path.length && path < known.path)) byName.set(name, { path, others: [...known.others, known.path] });
        else known.others.push(path);
      }
    }
  }
  vaultListings.set(vault, byName);
  return byName;
}

/**
 * The file `path` is on disk, or undefined. The note's text is NFC, but a file name may be NFD (macOS
 * writes Hangul names so): see findOnDisk. `listings` caches folder entries across calls.
 */
export function findImageFile(path: string, listings: Map<string, string[] | undefined> = new Map()): string | undefined {
  const found = findOnDisk(path, listings);
  return found !== undefined && isFile(found) ? found : undefined;
}

/**
 * Files a card may show as an image, by extension. Only these are copied into an export or handed to
 * the system's viewer: a note (perhaps someone else's) naming `/etc/passwd` or `run.command` as an image
 * must not put that file into a package the user shares, nor have the viewer run it.
 */
const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.bmp', '.tif', '.tiff', '.avif', '.heic', '.ico']);

/** An image a note names: its file, judged by the file a link leads to; or why there is none to show. */
/** Why an image a note names cannot be shown. */
export type ImageProblem = 'missing' | 'not-an-image';

export type ImageLookup = { file: string } | { problem: ImageProblem };

export function lookUpImage(path: string, listings: Map<string, string[] | undefined> = new Map()): ImageLookup {
  const found = findImageFile(path, listings);
  if (found === undefined) return { problem: 'missing' };
  // The file a link leads to is what is read or opened: `pic.png` linked to `run.command` is no image.
  // (Only a link is followed: resolving every path, part by part, cost each build a stat per folder.)
  const real = lstatSync(found).isSymbolicLink() ? realpathSync.native(found) : found;
  return IMAGE_EXTENSIONS.has(extname(real).toLowerCase()) ? { file: real } : { problem: 'not-an-image' };
}

/** A build's or export's warning about an image a card cannot show. */
export function imageProblem(src: string, problem: ImageProblem): string {
  return problem === 'missing' ? `image not found: ${src}` : `not an image file: ${src} (only ${[...IMAGE_EXTENSIONS].join(' ')} files are shown and exported)`;
}

/**
 * Where `path` (a file or a folder) is on disk, or undefined. Text typed or written is NFC, but a name
 * on disk may be NFD (macOS writes Hangul names so): where the path as given is missing, each missing
 * folder or file name is looked for among its folder's entries, compared in NFC. A path found so is
 * given back in the form it came in (relative stays relative).
 */
export function findOnDisk(path: string, listings: Map<string, string[] | undefined> = new Map()): string | undefined {
  if (existsSync(path)) return path;
  const absolute = resolve(path);
  const { root } = parsePath(absolute);
  let found = root;
  for (const name of absolute.slice(root.length).split(/[\\/]+/).filter(Boolean)) {
    const exact = join(found, name);
    if (existsSync(exact)) {
      found = exact;
      continue;
    }
    if (!listings.has(found)) {
      let entries: string[] | undefined;
      try {
        entries = readdirSync(found);
      } catch {
        entries = undefined;
      }
      listings.set(found, entries);
    }
    const wanted = name.normalize('NFC');
    const match = listings.get(found)?.find((entry) => entry.normalize('NFC') === wanted);
    if (match === undefined) return undefined;
    found = join(found, match);
  }
  if (!existsSync(found)) return undefined; // a link to nothing is no file
  return isAbsolute(path) ? found : relative(process.cwd(), found);
}

/** A folder named as an image is no image (and export could not copy it). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
