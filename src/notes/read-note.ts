import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { NoteError, systemProblemText } from '../util/errors.js';
import { sha256Hex } from '../util/hash.js';

/** Notes larger than this are refused rather than risk exhausting memory. */
export const MAX_NOTE_BYTES = 16 * 1024 * 1024;

export interface NoteText {
  /** NFC-normalised text with LF line ends and no BOM. */
  text: string;
  /** Hash of the raw bytes: an unchanged hash means the note need not be parsed again. */
  hash: string;
}

export type ReadOutcome = { kind: 'text'; note: NoteText } | { kind: 'binary' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readNote(path: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new NoteError(path, undefined, 'not a regular file (a pipe, socket or device). Give a note file.');
    if (info.size > MAX_NOTE_BYTES) throw tooLarge(path, info.size); // refused before it is read into memory
    bytes = await readFile(path);
  } catch (error) {
    throw readFailure(path, error);
  }
  return decodeNote(path, bytes);
}

/**
 * Reads notes synchronously, one after another, into one buffer it reuses, with readNote's errors.
 * A build reads every note this way before parsing any: the bytes tell which notes changed, and it
 * keeps a copy of those only. A new buffer for each note cost more than the reading.
 */
export class NoteReader {
  private buffer = Buffer.allocUnsafeSlow(64 * 1024);

  /** The note's bytes, valid until the next read: copy those to keep. */
  read(path: string): Uint8Array {
    let fd: number | undefined;
    try {
      // A pipe would block the open itself: only regular files are opened.
      if (!statSync(path).isFile()) throw new NoteError(path, undefined, 'not a regular file (a pipe, socket or device). Give a note file.');
      fd = openSync(path, 'r');
      const { size } = fstatSync(fd);
      if (size > MAX_NOTE_BYTES) throw tooLarge(path, size); // refused before it is read into memory
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(size);
      let length = 0;
      while (length < size) {
        const read = readSync(fd, this.buffer, length, size - length, null);
        if (read === 0) break; // it shrank since
        length += read;
      }
      return this.buffer.subarray(0, length);
    } catch (error) {
      throw readFailure(path, error);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

function readFailure(path: string, error: unknown): NoteError {
  if (error instanceof NoteError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const advice = code === 'EACCES' || code === 'EPERM' ? '. Check that you may read it (ls -l shows who may).' : '';
  return new NoteError(path, undefined, `cannot read the note (${systemProblemText(code) ?? code ?? String(error)})${advice}`);
}

/**
 * What decodeNote would make of the bytes, without decoding them: 'binary', 'text', or the same
 * NoteError. An unchanged note needs no text, only this check.
 */
export function noteKind(path: string, bytes: Uint8Array): 'binary' | 'text' {
  if (bytes.length > MAX_NOTE_BYTES) throw tooLarge(path, bytes.length);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new NoteError(path, undefined, `the note is UTF-16, amgi reads UTF-8. Convert it, for example: iconv -f UTF-16 -t UTF-8 '${path}' > note.utf8.md`);
  }
  if (looksBinary(bytes)) return 'binary';
  const body = withoutBom(bytes);
  if (!isUtf8(body)) throw new NoteError(path, firstInvalidUtf8Line(body), notUtf8Advice(path, body));
  return 'text';
}

/** Decode a note's bytes; pure apart from the error it may throw. */
export function decodeNote(path: string, bytes: Uint8Array): ReadOutcome {
  if (noteKind(path, bytes) === 'binary') return { kind: 'binary' };
  const body = withoutBom(bytes);
  let raw: string;
  try {
    raw = utf8.decode(body);
  } catch {
    throw new NoteError(path, firstInvalidUtf8Line(body), notUtf8Advice(path, body));
  }
  return { kind: 'text', note: { text: noteText(raw), hash: sha256Hex(bytes) } };
}

/**
 * A note's text as amgi reads it: no BOM, LF line ends, NFC, no control characters. Also for text a
 * library caller read itself: a BOM left in front would shift every back cut from the text by one.
 */
export function noteText(raw: string): string {
  return withoutControls(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC'));
}

/** Control characters other than tab and newline: C0, DEL and C1 (ESC and CSI start terminal commands). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * A note's text without control characters, which would reach a card: in the terminal an ESC starts a
 * command (colours, cursor moves), and Anki keeps them in a package's fields. A vertical tab or form
 * feed is white space, so it becomes a space; the others go. Lines stay where they are.
 */
export function withoutControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (char) => (char === '\u000b' || char === '\u000c' ? ' ' : ''));
}

function tooLarge(path: string, size: number): NoteError {
  return new NoteError(path, undefined, `the note is ${(size / 1048576).toFixed(1)} MiB; amgi reads notes up to ${MAX_NOTE_BYTES / 1048576} MiB. Split it into smaller notes.`);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
}

/** A NUL byte in the first 8 KiB is what git and most tools take as "binary". */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

function notUtf8Advice(path: string, bytes: Uint8Array): string {
  const legacyKorean = decodesAsKorean(bytes);
  const what = legacyKorean
    ? 'the note is not UTF-8; it looks like Korean in CP949 (EUC-KR), as older Windows editors save it'
    : 'the note is not valid UTF-8';
  const from = legacyKorean ? 'CP949' : 'ENCODING';
  return `${what}. Save it as UTF-8, for example: iconv -f ${from} -t UTF-8 '${path}' > note.utf8.md && mv note.utf8.md '${path}'`;
}

/** Text in CP949 (EUC-KR), as older Windows programs (Excel among them) save Korean. */
export function decodesAsKorean(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
    return /[\uac00-\ud7a3]/.test(text);
  } catch {
    return false;
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8, so the message can point at it. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
    }
    i += length;
  }
  return line;
}
