// What the UI may ask the engine. Every question names the text it is about, and every answer goes back to the
// one who asked: no caller can supersede or change another caller's work.
import type { Message, Query, Verdict } from '../model';
import type { QueryError } from '../engine/engine';
import type { Connectivity } from '../engine/connectivity/connectivity';
import type { LintFinding } from '../lint/types';
import type { Derivation, MatrixPayload, PortExplanation, PortSpec } from './protocol';

export type { Derivation, MatrixPayload, PortExplanation, PortSpec };

export interface Analysis {
  /** The text this analysis is of. */
  text: string;
  /** Every workload pair's verdicts (wrapped once from the worker's typed arrays; read it, never change it). */
  connectivity: Connectivity;
  /** Cluster-level warnings, as messages. */
  warnings: Message[];
  /** The text has errors: these are the verdicts of the objects that could be read, not to be shown as the text's. */
  broken: boolean;
  /** Time the engine took. */
  ms: number;
}

export interface EngineClient {
  /** The connectivity of `text`, every workload pair (the overlay and the matrix). */
  analyze(text: string): Promise<Analysis>;
  /** One verdict on `text` (the "Test a connection" form). */
  check(text: string, query: Query): Promise<Verdict | QueryError>;
  /** The verdict on each of `ports` from `from` to `to` on `text` ("Why?"); ports the engine refuses are left out. */
  explain(text: string, pair: { from: string; to: string; ports: PortSpec[] }): Promise<PortExplanation[]>;
  /** What the store derives from `text` (its design and diagnostics), read off the page for big texts. */
  derive(text: string, extraExternals: readonly string[]): Promise<Derivation>;
  /** The lint findings of `text` (the Problems panel). */
  lint(text: string): Promise<LintFinding[]>;
  dispose(): void;
}
