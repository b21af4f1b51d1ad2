// Messages between the UI and the engine worker. Every request carries an id (its answer carries the same id
// back) and the text it is about: the worker keeps no "current text" that one caller could change under another.
import type { Message, Protocol, Query, Verdict } from '../model';
import type { QueryError } from '../engine/engine';
import type { SerializedConnectivity } from '../engine/connectivity/connectivity';

/**
 * What an analysis sends back to draw the overlay: every workload pair's verdicts as typed arrays (the engine's
 * serialized Connectivity, no object per pair) and the cluster-level warnings. The one place for its shape.
 */
export interface MatrixPayload {
  connectivity: SerializedConnectivity;
  warnings: Message[];
}

/** One destination port to explain, as the overlay names ports. */
export interface PortSpec {
  port: number;
  protocol: Protocol;
}

export interface PortExplanation {
  /** `5432/TCP`. */
  port: string;
  verdict: Verdict;
}

export type Request =
  | { id: number; type: 'analyze'; text: string }
  | { id: number; type: 'check'; text: string; query: Query }
  | { id: number; type: 'explain'; text: string; from: string; to: string; ports: PortSpec[] };

export type Response =
  | { id: number; type: 'analyze'; text: string; payload: MatrixPayload; ms: number }
  | { id: number; type: 'check'; text: string; verdict: Verdict | QueryError }
  | { id: number; type: 'explain'; text: string; ports: PortExplanation[] }
  | { id: number; type: 'error'; message: string };
