/**
 * Whether any object node of a (syntax) tree meets `test`, spans aside: the walk the checker's
 * whole-clause scans share (a dual_spec body's operators, a signature's `Self::X`).
 */
export function someNode(root: unknown, test: (o: Record<string, unknown>) => boolean): boolean {
  let found = false;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const o = node as Record<string, unknown>;
    if (test(o)) {
      found = true;
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && typeof v === 'object') visit(v);
  };
  visit(root);
  return found;
}
