/**
 * Scratch folders in the system's temp folder, named after the process (worker threads share its id),
 * so that the process can remove every one of them as it ends: also when cut short by Ctrl-C, when the
 * threads that made them never get to.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUpOnExit } from './exit-cleanup.js';

const prefix = (kind: string) => `amgi-${kind}-${process.pid}-`;

/** A new scratch folder of this process; remove it when done (removeScratchOnExit catches the rest). */
export function scratchFolder(kind: string): string {
  return mkdtempSync(join(tmpdir(), prefix(kind)));
}

const installed = new Set<string>();

/**
 * Remove scratch folders of `kind` that processes no longer running left (a thread that made its
 * folder just as the process was stopped, or a process killed outright).
 */
export function removeLeftScratch(kind: string): void {
  const pattern = new RegExp(`^amgi-${kind}-(\\d+)-`);
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  const hourAgo = Date.now() - 3_600_000;
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      // Only old ones: a process of another PID namespace (a container sharing /tmp) looks stopped.
      if (statSync(join(tmpdir(), name)).mtimeMs > hourAgo) continue;
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // another user's, or in use: not ours to remove
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process
  }
}

/** In the main thread: remove this process's scratch folders of `kind` as it exits, also on Ctrl-C (see exit-cleanup.ts). */
export function removeScratchOnExit(kind: string): void {
  if (installed.has(kind)) return;
  installed.add(kind);
  const removeAll = () => {
    let names: string[];
    try {
      names = readdirSync(tmpdir());
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.startsWith(prefix(kind))) continue;
      try {
        // A thread may still be writing there: tried again while it stops.
        rmSync(join(tmpdir(), name), { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
      } catch {
        // left behind rather than failing the exit
      }
    }
  };
  cleanUpOnExit(removeAll);
}
