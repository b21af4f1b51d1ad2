import type { AdminKind } from './admin';
import type { Protocol } from './k8s';
import type { Message } from './message';

/** A connectivity question: may a new connection (for HTTP: a request) go from `from` to `to`? */
export interface Query {
  /** `ns/name` of a workload (a name without `/` means namespace `default`), or an IP address. */
  from: string;
  to: string;
  port: number;
  protocol?: Protocol;
  method?: string;
  path?: string;
}

export type LayerName = 'egress' | 'ingress' | 'mtls' | 'authz';

/**
 * The decision of one layer.
 * - `allowed`: a policy allows it (policy + rule named).
 * - `unisolated`: allowed only because nothing isolates the pod in this direction (the zero-trust smell).
 * - `denied`: the layer denies it.
 * - `skipped`: the layer does not apply (e.g. Istio layers for a destination outside the mesh, UDP).
 * - `unknown`: the layer's decision is not evaluated (CUSTOM external authorizer): shown, never decides.
 */
export type LayerDecision = 'allowed' | 'unisolated' | 'denied' | 'skipped' | 'unknown';

export interface PolicyRef {
  kind: 'NetworkPolicy' | 'PeerAuthentication' | 'AuthorizationPolicy' | AdminKind;
  /** '' for the cluster-scoped admin kinds. */
  namespace: string;
  name: string;
  /** e.g. `ingress[0].from[1]`, `rules[2]`. */
  rule?: string;
}

export interface LayerResult {
  layer: LayerName;
  decision: LayerDecision;
  /** One human sentence, e.g. `ingress at prod/db: allowed by NetworkPolicy prod/db-netpolicy ingress[0] from[0] port 5432/TCP`. */
  reason: string;
  /** The same sentence as a code with parameters, for the page's languages (`reason` is its English rendering). */
  message: Message;
  /** The policies (and rules) behind the decision; for `denied` by isolation, the isolating policies. */
  policies: PolicyRef[];
  /**
   * For the egress / ingress layers: the tier that decided this end (QUERY-MODEL.md "Admin tiers"): an Admin-tier
   * rule, NetworkPolicy, a Baseline-tier rule, or `default` (nothing decided: allowed). Absent for other layers.
   */
  tier?: DecidingTier;
}

export type DecidingTier = 'Admin' | 'NetworkPolicy' | 'Baseline' | 'default';

/**
 * The overall kind of a verdict, as the overlay colours it:
 * allowed (every layer allows by a policy), unisolated (allowed, but some NetworkPolicy layer only because
 * nothing isolates it), denied, http-only (a plain-TCP query denied only because the allowing rules need
 * HTTP fields: allowed for matching requests).
 */
export type VerdictKind = 'allowed' | 'unisolated' | 'denied' | 'http-only';

export interface Verdict {
  allowed: boolean;
  kind: VerdictKind;
  layers: LayerResult[];
  /** Flat sentences for the CLI and the UI: the layers' reasons plus notes (implementation-defined, how the query was read). */
  reasons: string[];
  /** The notes of `reasons` (the part after the layers' reasons) as codes with parameters, in the same order. */
  notes: Message[];
}
