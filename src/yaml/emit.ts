// Stub: replaced by the yaml work.
import type { Cluster, UnmodelledObject } from '../model';

export interface EmitOptions {
  /** Keep unmodelled documents (verbatim) at the end. Default true. */
  includeUnmodelled?: boolean;
}

/** Deterministic, `kubectl apply`-ready multi-document YAML of a whole cluster. */
export function emitCluster(_cluster: Cluster, _opts?: EmitOptions): string {
  throw new Error('emit not implemented yet');
}

/** One YAML document per object, in the given order (unmodelled objects verbatim). */
export function emitObjects(_objects: { kind: string; object: unknown }[] | UnmodelledObject[], _opts?: EmitOptions): string[] {
  throw new Error('emit not implemented yet');
}
