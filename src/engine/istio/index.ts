// What the engine asks of the Istio layers (mTLS acceptance, then AuthorizationPolicy) for one connection.
import type { LayerResult, Message, Protocol } from '../../model';
import type { Endpoint } from '../endpoint';
import type { MtlsOutcome } from './peerauth';

export interface IstioQuery {
  port: number;
  protocol: Protocol;
  method?: string;
  path?: string;
}

export interface IstioResult {
  /** The `mtls` then `authz` layers (decision `skipped` when they do not apply, e.g. UDP). */
  layers: LayerResult[];
  /** Extra sentences for Verdict.reasons: how the query was read, implementation-defined points. */
  notes: Message[];
  /** Denied only because the allowing rules need HTTP fields on a plain-TCP query. */
  httpOnly: boolean;
  /** An ALLOW AuthorizationPolicy matched: the destination admits the connection explicitly. */
  admitted: boolean;
}

export interface IstioIndex {
  evaluate(src: Endpoint, dst: Endpoint, q: IstioQuery): IstioResult;
  /** The mtls layer alone (the first step of evaluate, for a mesh destination on TCP; port 0 = a port no policy names). */
  mtls(src: Endpoint, dst: Endpoint, port: number): MtlsOutcome;
}

export { buildIstioIndex } from './build';
