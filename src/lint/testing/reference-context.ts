// What the reference rules (test-only, reference-rules.ts) read instead of the context's sets: the workloads a
// policy selects and a peer admits, found by testing every workload.
import type { NetworkPolicy, NetworkPolicyPeer, Workload } from '../../model';
import { peerMatches } from '../../engine/netpol/match';
import type { LintContext } from '../context';

/** Workloads a NetworkPolicy's spec.podSelector selects (its own namespace only), in the context's order. */
export function selectedBy(ctx: LintContext, np: NetworkPolicy): Workload[] {
  return ctx.workloads().filter((w) => w.namespace === np.namespace && ctx.engine.netpol.cache.pod(np.podSelector, w));
}

/** Workloads a NetworkPolicy peer admits (ipBlock peers: none), in the context's order. */
export function peerWorkloads(ctx: LintContext, peer: NetworkPolicyPeer, np: NetworkPolicy): Workload[] {
  if (peer.ipBlock) return [];
  return ctx.workloads().filter((w) => peerMatches(peer, np, ctx.endpoint(w), ctx.engine.netpol.cache));
}
