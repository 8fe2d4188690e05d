/** The element a node is rendered in: through slots and out of shadow roots. */
export function renderedParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const p = node.parentNode;
  if (!p) return null;
  if (p.nodeType === 1) return p as Element;
  if (p.nodeType === 11 && 'host' in p) return (p as ShadowRoot).host;
  return null;
}
