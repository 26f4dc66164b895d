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
