/** Printing helpers shared by commands. Human output goes to stdout, errors to stderr. */
import type { Warning } from '../cards/types.js';

export function formatWarning(warning: Warning): string {
  return `${warning.path}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.message}`;
}

/** Thousands separated, as in "1,234 reviews"; one formatter, made when first needed (ICU's set-up takes a while). */
let numbers: Intl.NumberFormat | undefined;

export function plural(count: number, one: string, many = `${one}s`): string {
  // Below 1,000 there is no separator: the digits, without setting up ICU (15 ms, an export prints a line per deck).
  const digits = Number.isInteger(count) && count >= 0 && count < 1000 ? String(count) : (numbers ??= new Intl.NumberFormat('en')).format(count);
  return `${digits} ${count === 1 ? one : many}`;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
