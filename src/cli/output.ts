/** Printing helpers shared by commands. Human output goes to stdout, errors to stderr. */
import type { Warning } from '../cards/types.js';
import { formatCount } from '../util/count.js';

export function formatWarning(warning: Warning): string {
  return `${warning.path}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.message}`;
}

/** Thousands separated, as in "1,234 reviews". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
