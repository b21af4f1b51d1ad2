// Messages between the UI and the engine worker. Every request carries an id (its answer carries the same id
// back) and the text it is about: the worker keeps no "current text" that one caller could change under another.
import type { Design, Diagnostic, Message, Protocol, Query, Verdict } from '../model';
import type { LintFinding } from '../lint/types';
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

/**
 * A text read off the page (src/sync/analyse.ts in the worker): what the store derives from it. Plain data,
 * so the page shares it into its design as it would its own derivation (store/derive.ts).
 */
export interface Derivation {
  design: Design;
  diagnostics: Diagnostic[];
  /** The text has error diagnostics: its design must not replace the last valid one. */
  broken: boolean;
}

export type Request =
  | { id: number; type: 'analyze'; text: string }
  | { id: number; type: 'derive'; text: string; extraExternals: string[] }
  | { id: number; type: 'lint'; text: string }
  | { id: number; type: 'check'; text: string; query: Query }
  | { id: number; type: 'explain'; text: string; from: string; to: string; ports: PortSpec[] };

export type Response =
  | { id: number; type: 'analyze'; text: string; payload: MatrixPayload; broken: boolean; ms: number }
  | { id: number; type: 'derive'; text: string; derivation: Derivation }
  | { id: number; type: 'lint'; text: string; findings: LintFinding[] }
  | { id: number; type: 'check'; text: string; verdict: Verdict | QueryError }
  | { id: number; type: 'explain'; text: string; ports: PortExplanation[] }
  | { id: number; type: 'error'; message: string };
