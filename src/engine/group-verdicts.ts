// Verdict kinds between matrix groups without building reasons: the NetworkPolicy layers become "which groups may
// be the peer" bitsets (per rule, then per isolated group and port), Istio answers are shared between sources with
// the same identity. The rules are the ones of netpol/evaluate.ts (same peerMatches / portMatches calls); the
// property test in matrix.test.ts holds the two to the same answers.
import type { NetworkPolicy, NetworkPolicyRule, Protocol, VerdictKind } from '../model';
import { add, emptySet, fullSet, has, unionInto, type Bitset } from './bitset';
import type { Endpoint } from './endpoint';
import type { EngineInternals } from './engine';
import { groupWorkloads, type Group } from './grouping';
import { effectivePolicyTypes, type Direction } from './netpol/index-policies';
import { peerMatches, portMatches } from './netpol/match';
import { combine } from './verdict';
import { AdminSets, endDecision, endOf, type TierSets } from './admin/sets';
import { subjectSelects } from './admin/match';

/** One destination port of the matrix: a declared container port, or `any` (a port no policy names). */
export interface Slot {
  label: string;
  port: number | 'any';
  protocol: Protocol;
}

/** The layer is not isolated for this direction: allowed, but only by default. */
const OPEN = 'open';
type LayerSet = Bitset | typeof OPEN;

export class GroupVerdicts {
  readonly groups: Group[];
  readonly slots: Slot[][];
  private readonly eps: Endpoint[];
  private readonly n: number;
  private readonly byNamespace = new Map<string, number[]>();
  private readonly peerSets = new Map<object, Bitset>();
  private readonly ruleSets = new Map<NetworkPolicyRule, Bitset>();
  private readonly ingress: (LayerSet[] | undefined)[];
  /** Per source group, indexed by `egressKey`: egress sets depend on the destination's port only through these. */
  private readonly egress: (LayerSet | undefined)[][];
  /** Per destination group and slot: an id for (declared ports, slot), since named ports resolve on the destination. */
  private readonly egressKey: number[][];
  private readonly istioKinds: Map<string, VerdictKind>[];
  // ---- Admin tiers (admin/sets.ts): one more set layer per end, combined by endOf(). ----
  private readonly adminSets: AdminSets;
  /** Per destination group and slot: the tiers' sets of its ingress end (null: no admin policy selects it). */
  private readonly ingressTiers: ((TierSets | null)[] | undefined)[];
  /** Per source group, indexed by `egressKey`, like `egress`. */
  private readonly egressTiers: (TierSets | null | undefined)[][];

  constructor(private readonly engine: EngineInternals) {
    this.groups = groupWorkloads(engine.cluster, engine.resolver, engine.netpol.cache);
    this.n = this.groups.length;
    this.eps = this.groups.map((g) => engine.resolver.forWorkload(g.rep));
    this.groups.forEach((g, i) => {
      const list = this.byNamespace.get(g.namespace);
      if (list) list.push(i);
      else this.byNamespace.set(g.namespace, [i]);
    });
    this.ingress = this.groups.map(() => undefined);
    this.egress = this.groups.map(() => []);
    this.istioKinds = this.groups.map(() => new Map());
    this.adminSets = new AdminSets(this.eps, engine.admin.order, engine.netpol.cache);
    this.ingressTiers = this.groups.map(() => undefined);
    this.egressTiers = this.groups.map(() => []);
    this.slots = this.groups.map((_, i) => this.slotsOf(i));
    const ids = new Map<string, number>();
    this.egressKey = this.groups.map((g, d) =>
      this.slots[d]!.map((slot) => {
        const key = `${g.portsKey}\u0000${slot.label}`;
        let id = ids.get(key);
        if (id === undefined) ids.set(key, (id = ids.size));
        return id;
      }),
    );
  }

  /** The kind of each of `d`'s slots for a connection from group `s` (indexes into `groups`). */
  kinds(s: number, d: number): VerdictKind[] {
    const out: VerdictKind[] = [];
    for (let j = 0; j < this.slots[d]!.length; j++) out.push(this.kind(s, d, j));
    return out;
  }

  /** The kind on slot `j` of destination group `d` for a connection from group `s`. */
  kind(s: number, d: number, j: number): VerdictKind {
    const slot = this.slots[d]![j]!;
    const [ing, ingTiers] = this.ingressSets(d, j);
    const ingEnd = endOf(ing, ingTiers, s);
    if (ingEnd === 'denied') return 'denied';
    const [eg, egTiers] = this.egressSets(s, d, j);
    const egEnd = endOf(eg, egTiers, d);
    if (egEnd === 'denied') return 'denied';
    const open = ingEnd === 'open' || egEnd === 'open';
    // Same condition as the engine's evaluatePort: the sidecar decides only TCP to a mesh destination.
    if (this.eps[d]!.inMesh && slot.protocol === 'TCP') {
      const k = this.istioKind(s, d, j);
      if (k !== 'allowed') return k;
    }
    return open ? 'unisolated' : 'allowed';
  }

  // ---- Admin tiers: the sets of each end (NetworkPolicy and tiers), and the tier the overlay colours by. ----
  private ingressSets(d: number, j: number): [LayerSet, TierSets | undefined] {
    const ing = (this.ingress[d] ??= this.slots[d]!.map((x) => this.layerSet(d, 'ingress', x, d)))[j]!;
    const tiers = (this.ingressTiers[d] ??= this.slots[d]!.map((x) => this.adminSets.forEnd(this.eps[d]!, 'ingress', x.port, x.protocol) ?? null))[j]!;
    return [ing, tiers ?? undefined];
  }

  private egressSets(s: number, d: number, j: number): [LayerSet, TierSets | undefined] {
    const slot = this.slots[d]![j]!;
    const key = this.egressKey[d]![j]!;
    let eg = this.egress[s]![key];
    if (eg === undefined) this.egress[s]![key] = eg = this.layerSet(s, 'egress', slot, d);
    let tiers = this.egressTiers[s]![key];
    if (tiers === undefined) this.egressTiers[s]![key] = tiers = this.adminSets.forEnd(this.eps[s]!, 'egress', slot.port, slot.protocol) ?? null;
    return [eg, tiers ?? undefined];
  }

  get hasAdminTiers(): boolean {
    return this.engine.admin.order.admin.length > 0 || this.engine.admin.order.baseline.length > 0;
  }

  /**
   * The admin tier behind slot `j` of `s` → `d`, for the overlay's colour: the tier of the end that denied, else an
   * admin tier that let an end through; undefined when NetworkPolicy or nothing decided (or no admin policies).
   */
  adminTier(s: number, d: number, j: number): 'Admin' | 'Baseline' | undefined {
    if (!this.hasAdminTiers) return undefined;
    const [ing, ingTiers] = this.ingressSets(d, j);
    const a = endDecision(ing, ingTiers, s);
    const pick = (t: string) => (t === 'Admin' || t === 'Baseline' ? t : undefined);
    if (a.end === 'denied') return pick(a.tier);
    const [eg, egTiers] = this.egressSets(s, d, j);
    const b = endDecision(eg, egTiers, d);
    if (b.end === 'denied') return pick(b.tier);
    return pick(a.tier) ?? pick(b.tier);
  }

  /** The groups `local` admits as the other side in direction `dir` on `slot` of destination group `d`. */
  private layerSet(local: number, dir: Direction, slot: Slot, d: number): LayerSet {
    const isolating = this.engine.netpol.selecting(this.groups[local]!.rep, dir);
    if (isolating.length === 0) return OPEN;
    const set = emptySet(this.n);
    for (const { policy } of isolating) {
      for (const rule of (dir === 'ingress' ? policy.ingress : policy.egress) ?? []) {
        const ports = rule.ports ?? [];
        if (ports.length > 0 && !ports.some((p) => portMatches(p, slot.port, slot.protocol, this.eps[d]!))) continue;
        unionInto(set, this.ruleSet(rule, policy));
      }
    }
    return set;
  }

  /** Groups a rule's peers admit; a rule without peers admits every source / destination. */
  ruleSet(rule: NetworkPolicyRule, policy: NetworkPolicy): Bitset {
    let set = this.ruleSets.get(rule);
    if (set) return set;
    if (!rule.peers || rule.peers.length === 0) set = fullSet(this.n);
    else {
      set = emptySet(this.n);
      for (const peer of rule.peers) unionInto(set, this.peerSet(peer, policy));
    }
    this.ruleSets.set(rule, set);
    return set;
  }

  /** Groups one peer admits, by the very peerMatches of the single-query path, asked only where it can say yes. */
  peerSet(peer: NonNullable<NetworkPolicyRule['peers']>[number], policy: NetworkPolicy): Bitset {
    let set = this.peerSets.get(peer);
    if (set) return set;
    set = emptySet(this.n);
    if (!peer.ipBlock) {
      const cache = this.engine.netpol.cache;
      const namespaces = peer.namespaceSelector ? [...this.byNamespace.keys()].filter((ns) => cache.ns(peer.namespaceSelector!, ns)) : [policy.namespace];
      for (const ns of namespaces) {
        for (const g of this.byNamespace.get(ns) ?? []) if (peerMatches(peer, policy, this.eps[g]!, cache)) add(set, g);
      }
    }
    this.peerSets.set(peer, set);
    return set;
  }

  /** Istio's part, shared by sources that look alike to it: mesh membership, identity and IP. */
  private istioKind(s: number, d: number, j: number): VerdictKind {
    const src = this.eps[s]!;
    const key = `${j}\u0000${src.inMesh ? 1 : 0}\u0000${src.namespace}\u0000${src.principal}\u0000${src.ip ?? ''}\u0000${src.workload?.hostNetwork ? 1 : 0}`;
    let k = this.istioKinds[d]!.get(key);
    if (k === undefined) {
      const slot = this.slots[d]![j]!;
      const r = this.engine.istio().evaluate(src, this.eps[d]!, { port: slot.port === 'any' ? 0 : slot.port, protocol: slot.protocol });
      k = combine(r.layers, [], r.httpOnly).kind;
      this.istioKinds[d]!.set(key, k);
    }
    return k;
  }

  /**
   * Declared container ports; a destination that declares none gets `any` (a port no policy names) plus the
   * numeric ports that rules able to reach it name: ingress rules of policies selecting it, egress rules anywhere
   * whose peers admit it.
   */
  private slotsOf(d: number): Slot[] {
    const w = this.groups[d]!.rep;
    const seen = new Set<string>();
    const out: Slot[] = [];
    const push = (port: number | 'any', protocol: Protocol) => {
      const label = port === 'any' ? 'any' : `${port}/${protocol}`;
      if (seen.has(label)) return;
      seen.add(label);
      out.push({ label, port, protocol });
    };
    if (w.ports.length > 0) {
      for (const p of w.ports) push(p.containerPort, p.protocol);
      return out;
    }
    const named: Slot[] = [];
    const note = (rule: NetworkPolicyRule) => {
      for (const p of rule.ports ?? []) if (typeof p.port === 'number') named.push({ label: '', port: p.port, protocol: p.protocol ?? 'TCP' });
    };
    for (const { policy } of this.engine.netpol.selecting(w, 'ingress')) for (const rule of policy.ingress ?? []) note(rule);
    for (const policy of this.engine.cluster.networkPolicies) {
      if (!effectivePolicyTypes(policy).includes('Egress')) continue;
      for (const rule of policy.egress ?? []) if ((rule.ports ?? []).length > 0 && has(this.ruleSet(rule, policy), d)) note(rule);
    }
    // Admin tiers: numeric ports of ingress rules of policies selecting it and of every egress rule.
    for (const policy of [...this.engine.admin.order.admin, ...this.engine.admin.order.baseline]) {
      const selects = subjectSelects(policy.subject, w, this.engine.netpol.cache);
      for (const rule of [...(selects ? (policy.ingress ?? []) : []), ...(policy.egress ?? [])]) {
        for (const p of rule.ports ?? []) if (p.port !== undefined) named.push({ label: '', port: p.port, protocol: p.protocol ?? 'TCP' });
      }
    }
    push('any', 'TCP');
    named.sort((a, b) => (a.port as number) - (b.port as number) || a.protocol.localeCompare(b.protocol));
    for (const s of named) push(s.port, s.protocol);
    return out;
  }
}
