// Connections grouped into blocks: a set of sources × a set of destinations with the same verdict kind on the
// same destination ports. The CLI streams these (text, JSON, CSV, Markdown, dot) instead of one object per pair.
// This first implementation reads them off the grouped matrix (one block per group pair); the set-algebra
// engine replaces it with a real rectangle cover.
import type { Matrix, PortVerdict } from './matrix';

/** Every ordered pair (s, t) with s in `from`, t in `to` and s ≠ t has exactly these port verdicts. */
export interface ConnectionBlock {
  /** Workload ids `ns/name`, sorted. */
  from: string[];
  to: string[];
  ports: PortVerdict[];
}

export interface BlockOptions {
  /** Workload ids `ns/name` or namespace names: keep only the pairs with one of them on either side. */
  focus?: string[];
}

/** True when workload `id` is named by `focus` (itself, or its namespace). */
export function inFocus(id: string, focus: ReadonlySet<string>): boolean {
  return focus.has(id) || focus.has(id.slice(0, id.indexOf('/')));
}

/** Splits a block into the parts whose pairs touch the focus: (from ∩ F) × to, then (from \ F) × (to ∩ F). */
export function* focusBlock(b: ConnectionBlock, focus: ReadonlySet<string>): Generator<ConnectionBlock> {
  const fromIn = b.from.filter((id) => inFocus(id, focus));
  const fromOut = b.from.filter((id) => !inFocus(id, focus));
  const toIn = b.to.filter((id) => inFocus(id, focus));
  if (fromIn.length > 0 && !(fromIn.length === 1 && b.to.length === 1 && fromIn[0] === b.to[0])) yield { from: fromIn, to: b.to, ports: b.ports };
  if (fromOut.length > 0 && toIn.length > 0) yield { from: fromOut, to: toIn, ports: b.ports };
}

export function* blocksFromMatrix(m: Matrix, options: BlockOptions = {}): Generator<ConnectionBlock> {
  const focus = options.focus && options.focus.length > 0 ? new Set(options.focus) : undefined;
  for (const c of m.connections) {
    const b = { from: m.groups[c.from - 1]!.members, to: m.groups[c.to - 1]!.members, ports: c.ports };
    if (focus) yield* focusBlock(b, focus);
    else yield b;
  }
}
