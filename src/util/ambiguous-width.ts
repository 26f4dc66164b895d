/**
 * Whether the terminal draws East Asian "ambiguous-width" characters (· … ─ • ① and box drawing) two
 * columns wide, as many Korean users set it (iTerm2, GNOME Terminal, PuTTY). Every width amgi
 * measures reads this one setting: a line counted one column short per such character is wrapped by
 * the terminal itself, and the screen scrolls away.
 */
export type AmbiguousWidth = 1 | 2;

let ambiguousWidth: AmbiguousWidth = 1;

/** Set once, before the first line is measured: by the command, from the config, the environment or the terminal. */
export function setAmbiguousWidth(width: AmbiguousWidth): void {
  ambiguousWidth = width;
}

export function ambiguousIsWide(): boolean {
  return ambiguousWidth === 2;
}
