// Connections grouped into blocks: a set of sources × a set of destinations with the same verdict kind on the
// same destination ports. The CLI streams these (text, JSON, CSV, Markdown, dot) instead of one object per pair.
// Computed as a rectangle cover of Connectivity (connectivity/cover.ts).
import type { PortVerdict } from './matrix';

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
