// The grouped matrix the overlay and the lessons read (built from Connectivity in matrix-build.ts).
import type { Message, VerdictKind } from '../model';

/** Workloads that no policy can tell apart: every verdict to or from one member holds for every member. */
export interface MatrixGroup {
  id: number;
  namespace: string;
  /** `ns/name`, sorted. */
  members: string[];
}

export interface PortVerdict {
  /** `80/TCP`, `53/UDP`, or `any` for a destination that declares no port. */
  port: string;
  kind: VerdictKind;
  /** The admin tier that decided (see GroupVerdicts.adminTier); absent when NetworkPolicy or nothing did. */
  tier?: 'Admin' | 'Baseline';
}

/** One ordered group pair; `ports` lists every destination port with its verdict kind. */
export interface MatrixConnection {
  from: number;
  to: number;
  ports: PortVerdict[];
}

export interface Matrix {
  groups: MatrixGroup[];
  /** Every ordered pair of groups (a group with itself included when it has two or more members). */
  connections: MatrixConnection[];
  /** Cluster-level warnings (e.g. a policy that selects no pod, implementation-defined situations). */
  warnings: string[];
  /** The same warnings as codes with parameters, for the page's languages. */
  warningMessages: Message[];
}
