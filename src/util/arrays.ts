/**
 * Append `items` to `target`. `target.push(...items)` passes each item as an argument, and some
 * hundred thousand arguments (a note of 300,000 list items) overflow the stack.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
