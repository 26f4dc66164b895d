/**
 * An error caused by the user's input or environment, not by a bug in amgi.
 * The CLI prints its message (never a stack trace) and exits with `exitCode`.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A problem with one note file; other notes are still built. */
export class NoteError extends UserError {
  constructor(
    readonly path: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(`${path}${line === undefined ? '' : `:${line}`}: ${detail}`);
    this.name = 'NoteError';
  }
}

/** What the operating system said, in words a user can act on, by error code. */
const SYSTEM_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many files open',
  EIO: 'an input/output error from the disk',
};

/** An errno code in words (`ENOSPC: the disk is full`), or undefined for a code not listed. */
export function systemProblemText(code: string | undefined): string | undefined {
  return code !== undefined && code in SYSTEM_PROBLEMS ? `${code}: ${SYSTEM_PROBLEMS[code]}` : undefined;
}

/**
 * A file-system error (one with an errno code and a path) as a UserError naming the path and what to
 * do, or undefined for anything else. Such errors come from the user's machine, not from a bug.
 */
export function fileSystemProblem(error: unknown): UserError | undefined {
  const { code, path, dest } = (error ?? {}) as { code?: unknown; path?: unknown; dest?: unknown };
  if (typeof code !== 'string' || !(code in SYSTEM_PROBLEMS)) return undefined;
  const where = typeof dest === 'string' ? dest : typeof path === 'string' ? path : undefined;
  if (where === undefined && code !== 'ENOSPC' && code !== 'EDQUOT') return undefined;
  const advice = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? ' Check that you may read and write it (and its folder), or choose another place.' : code === 'ENOSPC' || code === 'EDQUOT' ? ' Free some space and try again; nothing half-written was kept.' : '';
  return new UserError(`${where ?? 'output'}: ${SYSTEM_PROBLEMS[code]} (${code}).${advice}`);
}

/** What an SQLite error says about the machine, by its code; undefined for errors in amgi's own SQL (a bug). */
export type SqliteTrouble = 'locked' | 'unwritable' | 'full' | 'damaged';

export function sqliteTrouble(error: unknown): SqliteTrouble | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  // Extended codes (SQLITE_IOERR_WRITE) share their primary code's meaning.
  const primary = code.split('_').slice(0, 2).join('_');
  const kinds: Record<string, SqliteTrouble> = {
    SQLITE_BUSY: 'locked',
    SQLITE_LOCKED: 'locked',
    SQLITE_PROTOCOL: 'locked', // WAL locks that fail, as on a network file system
    SQLITE_READONLY: 'unwritable',
    SQLITE_CANTOPEN: 'unwritable',
    SQLITE_PERM: 'unwritable',
    SQLITE_AUTH: 'unwritable',
    SQLITE_FULL: 'full',
    SQLITE_IOERR: 'full',
    SQLITE_NOLFS: 'full', // a file system that cannot hold a file this large
    SQLITE_CORRUPT: 'damaged',
    SQLITE_NOTADB: 'damaged',
    SQLITE_FORMAT: 'damaged',
  };
  return kinds[primary];
}

/**
 * An SQLite error on the review store at `path` as a UserError: locked by another program, not
 * writable, full, or damaged, each with what to do. Undefined for other errors, SQLite's own
 * SQLITE_ERROR and SQLITE_CONSTRAINT among them: those are amgi's bugs, reported as such.
 */
export function storeProblem(path: string, error: unknown): UserError | undefined {
  const trouble = sqliteTrouble(error);
  if (trouble === undefined) return undefined;
  const detail = error instanceof Error ? error.message : String(error);
  if (trouble === 'locked') {
    return new UserError(`${path}: the review store is locked by another program (${detail}). Close it (another amgi, a database browser) and try again; nothing was changed.`);
  }
  if (trouble === 'unwritable') {
    return new UserError(`${path}: amgi cannot write the review store (${detail}). Check that you may write the file and its folder: SQLite keeps its -wal and -shm files beside it. Nothing was changed.`);
  }
  if (trouble === 'full') {
    // Also when only opening it (SQLite makes its -wal and -shm files then): a change, if one was being
    // made, was rolled back as a whole.
    return new UserError(`${path}: the disk is full, and SQLite could not write the review store or the files beside it (${detail}). Free some disk space and try again; nothing was lost (a change being saved, if any, was rolled back whole).`);
  }
  return new UserError(`${path}: the review store is damaged or unreadable (${detail}); it was left untouched. Restore it from a backup, or use --store to choose another file.`);
}
