/** Printing helpers shared by commands. Human output goes to stdout, errors to stderr. */
import type { Warning } from '../cards/types.js';

export function formatWarning(warning: Warning): string {
  return `${warning.path}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.message}`;
}

/** Thousands separated, as in "1,234 reviews"; one formatter, made when first needed (ICU's set-up takes a while). */
let numbers: Intl.NumberFormat | undefined;

export function plural(count: number, one: string, many = `${one}s`): string {
  numbers ??= new Intl.NumberFormat('en');
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
