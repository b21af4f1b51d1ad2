/**
 * A lint finding (`kpd lint`, the Problems panel). The JSON shape is a contract of `kpd lint --json`:
 * `column`, `path` and `fix` may be absent.
 */
export interface Finding {
  /** Stable code: KPD1xx NetworkPolicy, KPD2xx Istio, KPD3xx across layers (admin tiers included), KPD9xx input and unmodelled kinds. */
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** File as given by the user ('' for pasted text / the editor). */
  file: string;
  line: number;
  column?: number;
  /** `Kind ns/name` (cluster-scoped kinds: `Kind name`). */
  object: string;
  /** Field path inside the object, e.g. `spec.ingress[0].from[0]`. */
  path?: string;
  fix?: string;
}
