import type { Nodes, Root } from 'mdast';

/**
 * Walk the tree and put `replacement(node)` in place of each node for which it gives one; the walk goes
 * on into the nodes it keeps, not into replacements. With an explicit stack, as a deep note must not
 * overflow the call stack.
 */
export function replaceNodes(tree: Root, replacement: (node: Nodes) => Nodes | undefined): void {
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    children.forEach((child, n) => {
      const replaced = replacement(child);
      if (replaced === undefined) pending.push(child);
      else children[n] = replaced;
    });
  }
}
