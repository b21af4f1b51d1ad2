// CONTRACT between the UI and the engine worker (implemented by the overlay work).
import type { Query, Verdict } from '../model';
import type { Matrix } from '../engine/matrix';
import type { PairVerdicts, QueryError } from '../engine/engine';

export interface EngineClient {
  /** Re-analyse after the YAML text changed; resolves with the grouped matrix (older calls are superseded). */
  analyze(text: string): Promise<Matrix>;
  /** One verdict on the last analysed text (the "Test a connection" form, explanations). */
  check(q: Query): Promise<Verdict | QueryError>;
  /** All pairs of one workload on the last analysed text (overlay of the selected node). */
  pairsOf(workloadId: string): Promise<PairVerdicts[]>;
  dispose(): void;
}
