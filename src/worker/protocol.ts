// Messages between the UI and the engine worker. Every request carries an id; only the newest analyze counts.
import type { Query, Verdict } from '../model';
import type { Matrix } from '../engine/matrix';
import type { PairVerdicts, QueryError } from '../engine/engine';

export type Request = { id: number; type: 'analyze'; text: string } | { id: number; type: 'check'; query: Query } | { id: number; type: 'pairsOf'; workload: string };

export type Response =
  | { id: number; type: 'analyze'; matrix: Matrix; ms: number }
  | { id: number; type: 'check'; verdict: Verdict | QueryError }
  | { id: number; type: 'pairsOf'; pairs: PairVerdicts[] }
  | { id: number; type: 'error'; message: string };
