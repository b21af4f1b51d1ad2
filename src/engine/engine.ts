// CONTRACT of the engine facade (implemented by the engine work; this file starts as a stub).
import type { Cluster, Protocol, Query, Verdict } from '../model';
import type { Endpoint } from './endpoint';
import type { Matrix, PortVerdict } from './matrix';

export type { Endpoint };

/** A query the engine cannot answer because of bad input (unknown workload, port out of range...). */
export interface QueryError {
  error: string;
  /** The query field at fault. */
  argument: 'from' | 'to' | 'port' | 'protocol' | 'method' | 'path';
}

export function isQueryError(x: unknown): x is QueryError {
  return typeof x === 'object' && x !== null && 'error' in x && 'argument' in x;
}

/** Every port verdict between two workloads (for the overlay of one selected node). */
export interface PairVerdicts {
  from: string;
  to: string;
  ports: PortVerdict[];
}

export interface Engine {
  readonly cluster: Cluster;
  /** `ns/name` (no `/` = namespace `default`) or an IP address. */
  endpoint(id: string): Endpoint | QueryError;
  /** One verdict with reasons: the same answer as `kpd check`. */
  check(q: Query): Verdict | QueryError;
  /** Verdict between two resolved endpoints. */
  evaluate(src: Endpoint, dst: Endpoint, port: number, protocol: Protocol, method?: string, path?: string): Verdict;
  /** The grouped connectivity matrix (see matrix.ts). */
  matrix(): Matrix;
  /** All pairs with the given workload as source or destination, every destination port. */
  pairsOf(workloadId: string): PairVerdicts[];
}

export function createEngine(_cluster: Cluster): Engine {
  throw new Error('engine not implemented yet');
}
