// The context's workloads as positions of the engine's WorkloadIndex, so that rules ask "which workloads" with
// bitsets (one word operation per 32 workloads, the selector indexes of connectivity/) instead of testing each
// workload, and get lists back in the context's order: the order findings name workloads in.
import type { NetworkPolicy, NetworkPolicyPeer, Protocol, Workload } from '../model';
import { add, emptySet, fullSet, members, trim, unionInto, type Bitset } from '../engine/bitset';
import type { EngineInternals } from '../engine/engine';
import { ISTIO_ROOT_NAMESPACE } from '../model';
import { hasSelector, type Scoped } from '../engine/istio/applies';
import type { NetpolSets } from '../engine/connectivity/netpol-sets';
import { effectivePolicyTypes, type Direction } from '../engine/netpol/index-policies';
import type { WorkloadIndex } from '../engine/connectivity/workload-index';

export class WorkloadSets {
  readonly index: WorkloadIndex;
  readonly sets: NetpolSets;
  /** Index position → place in the context's order. */
  private readonly rank: Int32Array;
  private readonly position = new Map<Workload, number>();
  private readonly declaring = new Map<string, Bitset>();
  private meshSet: Bitset | undefined;
  private readonly isolatingLists = new Map<Direction, NetworkPolicy[][]>();

  constructor(
    private readonly engine: EngineInternals,
    private readonly order: readonly Workload[],
  ) {
    ({ index: this.index, sets: this.sets } = engine.netpolSets());
    this.rank = new Int32Array(this.index.n);
    this.index.eps.forEach((ep, i) => this.position.set(ep.workload!, i));
    order.forEach((w, k) => (this.rank[this.position.get(w)!] = k));
  }

  positionOf(w: Workload): number {
    return this.position.get(w)!;
  }

  /** The members of `set`, in the context's order. */
  workloads(set: Bitset): Workload[] {
    const ranks = Int32Array.from(members(set), (i) => this.rank[i]!).sort();
    return Array.from(ranks, (k) => this.order[k]!);
  }

  all(): Bitset {
    const s = fullSet(this.index.n);
    trim(s, this.index.n);
    return s;
  }

  /** Workloads a NetworkPolicy's spec.podSelector selects (its own namespace only). */
  selected(np: NetworkPolicy): Bitset {
    return this.sets.selected(np);
  }

  /** Workloads a NetworkPolicy peer admits; none for an ipBlock (this engine applies those to outside addresses only). */
  peer(peer: NetworkPolicyPeer, np: NetworkPolicy): Bitset {
    return this.sets.peerSet(peer, np);
  }

  /** Workloads an Istio policy applies to (istio/applies.ts appliesTo: its namespace, or every one from the root's); may be a cached set: read it, do not change it. */
  istioScope(p: Scoped): Bitset {
    const namespaces = p.namespace === ISTIO_ROOT_NAMESPACE ? this.index.namespaces : [p.namespace];
    if (hasSelector(p)) return this.index.podsMatching({ matchLabels: p.selector!.matchLabels }, namespaces);
    const out = emptySet(this.index.n);
    for (const ns of namespaces) unionInto(out, this.index.namespaceSet(ns));
    return out;
  }

  /** Workloads with a sidecar. */
  mesh(): Bitset {
    if (!this.meshSet) {
      this.meshSet = emptySet(this.index.n);
      this.index.eps.forEach((ep, i) => ep.inMesh && add(this.meshSet!, i));
    }
    return this.meshSet;
  }

  /**
   * Per position, the policies isolating that workload in `dir`, in the cluster's order: engine.netpol.selecting's
   * lists, found by walking each policy's selected set once rather than matching each workload against the
   * policies of its namespace.
   */
  isolating(dir: Direction): readonly NetworkPolicy[][] {
    let lists = this.isolatingLists.get(dir);
    if (!lists) {
      lists = this.index.eps.map(() => []);
      const type = dir === 'ingress' ? 'Ingress' : 'Egress';
      for (const np of this.engine.cluster.networkPolicies) if (effectivePolicyTypes(np).includes(type)) for (const i of members(this.selected(np))) lists[i]!.push(np);
      this.isolatingLists.set(dir, lists);
    }
    return lists;
  }

  /** Workloads declaring a container port of this name and protocol. */
  declaringPort(name: string, protocol: Protocol): Bitset {
    const key = `${protocol}/${name}`;
    let s = this.declaring.get(key);
    if (!s) {
      s = emptySet(this.index.n);
      this.index.eps.forEach((ep, i) => ep.workload!.ports.some((cp) => cp.name === name && cp.protocol === protocol) && add(s!, i));
      this.declaring.set(key, s);
    }
    return s;
  }
}
