/**
 * `o` in a review session: the card's images, opened beside the terminal in the system's viewer. The
 * `open` package picks the viewer (open on macOS, xdg-open on Linux, start on Windows, PowerShell under
 * WSL); images are found as build and export find them (notes/image-files.ts).
 */
import { release } from 'node:os';
import { basename, relative } from 'node:path';
import { imageLocation, isUrl, lookUpImage, shownImageSource } from '../notes/image-files.js';

/** What `o` did, for the session's message line. */
export type ImagesOpened =
  | { kind: 'none' }
  /** Files (or web addresses) handed to the viewer, and the images that could not be (as written in the note). */
  | { kind: 'opened'; opened: string[]; unopenable: Unopenable[] }
  | { kind: 'unopenable'; unopenable: Unopenable[] }
  /** No graphical display to open them on (a server, SSH): where the files are, to open them elsewhere. */
  | { kind: 'no-display'; files: string[]; unopenable: Unopenable[] }
  | { kind: 'failed'; files: string[]; reason: string; unopenable: Unopenable[] };

/** An image of the card that `o` cannot hand to a viewer, and why: said as build says it. */
export interface Unopenable {
  src: string;
  why: 'missing' | 'not-an-image' | 'no-viewer';
}

/** The images `sources` (as written in the note at `notePath`) name: files found on disk and web addresses, and the rest with why they cannot be opened. */
export function locateImages(notePath: string, sources: readonly string[]): { targets: string[]; unopenable: Unopenable[] } {
  const targets: string[] = [];
  const unopenable: Unopenable[] = [];
  const listings = new Map<string, string[] | undefined>();
  for (const src of new Set(sources)) {
    if (isUrl(src)) {
      // A web address opens in the browser; `data:` and other schemes have no viewer to hand them to.
      if (/^https?:\/\//i.test(src)) targets.push(src);
      else unopenable.push({ src, why: 'no-viewer' });
      continue;
    }
    const image = lookUpImage(imageLocation(notePath, src, listings), listings); // images only: see lookUpImage
    if ('file' in image) targets.push(image.file);
    else unopenable.push({ src, why: image.problem });
  }
  return { targets, unopenable };
}

/**
 * Whether a window opened here is one the user can see. On Linux (not WSL, which opens through
 * Windows) a desktop session sets DISPLAY or WAYLAND_DISPLAY; without either, xdg-open would fail or
 * open a text browser inside the session's own terminal. Over SSH, a Mac would open the picture on its
 * own screen, far from the user (Linux forwards X through DISPLAY).
 */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'linux' && !/microsoft/i.test(release())) return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return !(env.SSH_CONNECTION || env.SSH_TTY);
}

/** Open the images of a card written in the note at `notePath`. Never throws: what went wrong is in the result. */
export async function openImages(notePath: string, sources: readonly string[]): Promise<ImagesOpened> {
  if (sources.length === 0) return { kind: 'none' };
  const { targets, unopenable } = locateImages(notePath, sources);
  if (targets.length === 0) return { kind: 'unopenable', unopenable };
  if (!hasDisplay()) return { kind: 'no-display', files: targets, unopenable };
  try {
    // Loaded only when asked: most sessions never open an image.
    const { default: open } = await import('open');
    for (const target of targets) await open(target);
  } catch (error) {
    return { kind: 'failed', files: targets, reason: reasonOf(error), unopenable };
  }
  return { kind: 'opened', opened: targets, unopenable };
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const path = (error as { path?: string }).path;
  if (code === 'ENOENT' && path) return `${path} not found`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A file as the user would type it from where amgi runs: relative when that is shorter. In NFC, as the
 * note writes it: an NFD name on disk looks the same, but would be measured wrong on the screen.
 */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  if (/^https?:\/\//i.test(path)) return path;
  const near = relative(cwd, path);
  return (near && !near.startsWith('..') && near.length < path.length ? near : path).normalize('NFC');
}

/** A file by its name alone, for saying what was opened on one line. */
function shownName(path: string): string {
  return /^https?:\/\//i.test(path) ? path : basename(path).normalize('NFC');
}

/** The message line after `o`, Korean first with English after, as the session's other messages. */
export function openedMessage(result: ImagesOpened): string {
  const list = (paths: string[]) => paths.map((path) => shownPath(path)).join(', ');
  switch (result.kind) {
    case 'none':
      return '이 카드에는 그림이 없습니다 (no image on this card)';
    case 'unopenable':
      return `그림을 열 수 없습니다 (cannot open the image): ${unopenableList(result.unopenable)}`;
    case 'no-display':
      return `그림을 띄울 화면이 없습니다 (no display); 파일: ${list(result.files)}${also(result.unopenable)}`;
    case 'failed':
      return `그림을 열지 못했습니다 (${result.reason}); 파일: ${list(result.files)}${also(result.unopenable)}`;
    case 'opened':
      // The opener starts the viewer and does not wait for it: said as handed over, not as shown.
      return `그림 보기로 보냈습니다 (sent to the viewer): ${result.opened.map(shownName).join(', ')}${also(result.unopenable)}`;
  }
}

const WHY_UNOPENABLE: Record<Unopenable['why'], string> = {
  missing: '파일 없음 (image not found)',
  'not-an-image': '그림 파일 아님 (not an image file)',
  'no-viewer': '열 수 없는 주소 (no viewer for this address)',
};

/** The images left out, after what was done with the others. */
function also(unopenable: readonly Unopenable[]): string {
  return unopenable.length > 0 ? ` · ${unopenableList(unopenable)}` : '';
}

/** Grouped by why, in that order. */
function unopenableList(unopenable: readonly Unopenable[]): string {
  return (Object.keys(WHY_UNOPENABLE) as Unopenable['why'][])
    .map((why) => ({ why, srcs: unopenable.filter((image) => image.why === why).map((image) => shownImageSource(image.src)) }))
    .filter(({ srcs }) => srcs.length > 0)
    .map(({ why, srcs }) => `${WHY_UNOPENABLE[why]}: ${srcs.join(', ')}`)
    .join(' · ');
}
