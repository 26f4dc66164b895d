import { closeSync, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from './errors.js';

/**
 * Temp files are named by a part made once per process (and thread) and a count. Math.random is
 * seeded anew in each process and thread, which is all a temp name needs; loading node:crypto for it
 * cost `amgi due` 10 ms.
 */
const tempPrefix = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
let tempCount = 0;

function tempPath(path: string): string {
  return join(dirname(path), `.amgi-tmp-${basename(path)}-${tempPrefix}${(tempCount++).toString(36)}`);
}

/**
 * Write a file so that readers see either the old or the new content, never half of it:
 * write a temp file in the same folder (same file system), then rename it over the target.
 * No fsync: what amgi writes this way (decks, exports) can be made again from the notes.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = tempPath(path);
  try {
    try {
      await writeFile(temp, content);
    } catch (error) {
      // The folder is made only when missing: one system call less per file, and exports write thousands.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(dir, { recursive: true });
      await writeFile(temp, content);
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** What the synchronous writes take: text in pieces is written piece by piece, never joined. */
export type FileContent = string | Uint8Array | Iterable<string>;

/**
 * writeFileAtomic, synchronously: for many files written one after another (a build's decks, an
 * export's files), where each asynchronous step's round trip costs more than the writing.
 */
export function writeFileAtomicSync(path: string, content: FileContent): void {
  const dir = dirname(path);
  const temp = tempPath(path);
  try {
    try {
      writeContent(temp, content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dir, { recursive: true });
      writeContent(temp, content);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function writeContent(file: string, content: FileContent): void {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFileSync(file, content);
  const fd = openSync(file, 'w');
  try {
    for (const piece of content) {
      const bytes = Buffer.from(piece, 'utf8');
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    }
  } finally {
    closeSync(fd);
  }
}

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
  ELOOP: 'its symbolic links go round in a loop',
  ENXIO: 'it leads to a socket or a device that is not there (for standard output, leave out --out)',
};

/**
 * writeFileAtomic for files the user asked for: a failure the user can fix (permissions, a full disk, a
 * file where a folder should be) is a UserError naming the file; the previous file, if any, is unchanged.
 */
export async function writeUserFile(path: string, content: string | Uint8Array): Promise<void> {
  try {
    const target = userTarget(path);
    if ('fd' in target) writeToDescriptor(target.fd, content);
    else if (target.direct) writeContent(target.path, content);
    else await writeFileAtomic(target.path, content);
  } catch (error) {
    throw userWriteError(path, error);
  }
}

/** writeUserFile, synchronously (see writeFileAtomicSync). */
export function writeUserFileSync(path: string, content: FileContent): void {
  try {
    const target = userTarget(path);
    if ('fd' in target) writeToDescriptor(target.fd, content);
    else if (target.direct) writeContent(target.path, content);
    else writeFileAtomicSync(target.path, content);
  } catch (error) {
    throw userWriteError(path, error);
  }
}

/**
 * Where a file the user named is written. A symbolic link is followed, so that the link stays and the
 * file it leads to gets the content (renamed over, the link would become a copy). A device, pipe or
 * socket (`--out /dev/stdout`, a FIFO) is written into: renamed over, it would be replaced by a file.
 */
function userTarget(path: string): { path: string; direct: boolean } | { fd: number } {
  // Standard output or error named as a file (`--out /dev/stdout >> all.csv`): written to the open
  // descriptor itself. Opened again by name, a file it goes to would be truncated, an append lost.
  const standard = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/(\d+)|proc\/self\/fd\/(\d+))$/.exec(path);
  if (standard) {
    const fd = standard[1] === 'stdout' ? 1 : standard[1] === 'stderr' ? 2 : Number(standard[2] ?? standard[3]);
    // Any other descriptor is amgi's own by now (the review store, Node's pipes): never written.
    if (fd !== 1 && fd !== 2) throw new UserError(`${path}: amgi writes only to standard output (/dev/stdout) or error (/dev/stderr) by descriptor; give a file name instead.`, 2);
    return { fd };
  }
  const link = lstatSync(path, { throwIfNoEntry: false });
  if (!link || !link.isSymbolicLink()) return { path, direct: link !== undefined && !link.isFile() && !link.isDirectory() };
  let target: Stats | undefined;
  try {
    target = statSync(path); // through every link
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // a loop of links: said as such
  }
  // A device or a pipe is written through the name given; a file, or a folder (whose rename then
  // fails, "in the way"), where the link really leads.
  if (target && !target.isFile() && !target.isDirectory()) return { path, direct: true };
  if (target) return { path: realpathSync(path), direct: false };
  // Links to a file not made yet: it is made where the last of them leads, from where each really is.
  let at = path;
  for (let hops = 0; lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink(); hops++) {
    if (hops >= 40) throw Object.assign(new Error(`${path}: too many symbolic links`), { code: 'ELOOP' });
    at = resolve(realpathSync(dirname(at)), readlinkSync(at));
  }
  return { path: at, direct: false };
}

/**
 * Content written straight to an open descriptor, piece by piece. A pipe Node reads as a stream is
 * non-blocking: when it is full, the reader is waited for.
 */
function writeToDescriptor(fd: number, content: FileContent): void {
  const pieces = typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    for (let written = 0; written < bytes.length; ) {
      try {
        written += writeSync(fd, bytes, written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return; // the reader stopped (`| head`): nothing more is wanted, as without --out
        if (code !== 'EAGAIN') throw error;
        Atomics.wait(PAUSE, 0, 0, 2); // the reader has not caught up: 2 ms
      }
    }
  }
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function userWriteError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  // ENOENT with the folder there (it was made if missing): a folder that takes no new files, as /proc.
  const problem = WRITE_PROBLEMS[code] ?? (code === 'ENOENT' ? 'that folder does not take new files' : undefined);
  if (!problem) return error;
  // The target is named, never the temp file beside it that the system refused.
  const near = relative(process.cwd(), path);
  const shown = near.startsWith('..') ? resolve(path) : near.split(sep).join('/');
  return new UserError(`cannot write ${shown}: ${problem}. Nothing was changed there.`);
}
