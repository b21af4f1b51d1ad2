// The engine facade: one object per Cluster, answering single queries, the grouped matrix and per-node pairs.
import type { Cluster, LayerResult, Message, Protocol, Query, Verdict, Workload } from '../model';
import type { Endpoint } from './endpoint';
import { EndpointResolver } from './endpoints';
import { buildIstioIndex, type IstioIndex } from './istio';
import { matchesSelector } from './labels';
import type { Matrix, PortVerdict } from './matrix';
import { buildMatrix, pairsOf } from './matrix-build';
import { buildConnectivity, type ConnectivityParts } from './connectivity/build';
import { NetpolSets } from './connectivity/netpol-sets';
import { WorkloadIndex } from './connectivity/workload-index';
import type { Connectivity } from './connectivity/connectivity';
import type { BlockOptions, ConnectionBlock } from './blocks';
import { connectionBlocks } from './connectivity/blocks';
import { adminOrder, decideEnd, type AdminContext } from './admin';
import type { NetpolContext } from './netpol/evaluate';
import { indexByNamespace, type Direction, type IndexedPolicy } from './netpol/index-policies';
import { notesFor } from './notes';
import { warningsFor } from './warnings';
import { english, msg, said } from './reasons';
import { validateQuery } from './query';
import { combine } from './verdict';

export type { Endpoint };

/** A query the engine cannot answer because of bad input (unknown workload, port out of range...). */
export interface QueryError {
  error: string;
  /** `error` as a code with parameters, for the page's languages. */
  message: Message;
  /** The query field at fault. */
  argument: 'from' | 'to' | 'port' | 'protocol' | 'method' | 'path';
}

export function isQueryError(x: unknown): x is QueryError {
  return typeof x === 'object' && x !== null && 'error' in x && 'argument' in x;
}

/** Every port verdict between two workloads (for the overlay of one selected node). */
export interface PairVerdicts {
  from: string;
  to: string;
  ports: PortVerdict[];
}

export interface Engine {
  readonly cluster: Cluster;
  /** `ns/name` (no `/` = namespace `default`) or an IP address. */
  endpoint(id: string): Endpoint | QueryError;
  /** One verdict with reasons: the same answer as `kpd check`. */
  check(q: Query): Verdict | QueryError;
  /** Verdict between two resolved endpoints. */
  evaluate(src: Endpoint, dst: Endpoint, port: number, protocol: Protocol, method?: string, path?: string): Verdict;
  /** The grouped connectivity matrix (see matrix.ts). */
  matrix(): Matrix;
  /** All pairs with the given workload as source or destination, every destination port. */
  pairsOf(workloadId: string): PairVerdicts[];
  /** Every workload pair, grouped into blocks with one verdict per port (see blocks.ts); lazily, for streaming. */
  blocks(options?: BlockOptions): Iterable<ConnectionBlock>;
  /** Every pair's kind on every destination port as typed arrays (see connectivity/connectivity.ts), built once. */
  connectivity(): Connectivity;
  /** The cluster-level warnings of matrix(), as messages, without building the grouped matrix. */
  warnings(): Message[];
}

export interface EngineInternals extends Engine {
  readonly resolver: EndpointResolver;
  readonly netpol: NetpolContext;
  /** The admin tiers in evaluation order, with the caches they share with NetworkPolicy. */
  readonly admin: AdminContext;
  /** The Istio index, built on first use (NetworkPolicy-only clusters never build it). */
  istio(): IstioIndex;
  /** Connectivity with the compiled policy sets behind it (for matrix(), pairsOf(), blocks(), warnings). */
  connectivityParts(): ConnectivityParts;
  /**
   * The workloads as bit positions and the NetworkPolicies compiled into sets over them, built on first use: what
   * connectivity is computed from, and what lint asks without paying for the whole matrix.
   */
  netpolSets(): { index: WorkloadIndex; sets: NetpolSets };
  /** Port `any` = a port that no rule names (for destinations that declare no ports). */
  evaluatePort(src: Endpoint, dst: Endpoint, port: number | 'any', protocol: Protocol, method?: string, path?: string): Verdict;
}

export function createEngine(cluster: Cluster): Engine {
  return createEngineInternals(cluster);
}

export function createEngineInternals(cluster: Cluster): EngineInternals {
  const resolver = new EndpointResolver(cluster);
  const byNamespace = indexByNamespace(cluster.networkPolicies);
  // Keyed by the selector object: the Cluster is not changed during an engine's life (a new Cluster = a new engine).
  const podCache = new WeakMap<object, Map<Workload, boolean>>();
  const nsCache = new WeakMap<object, Map<string, boolean>>();
  const selectingCache = new Map<Workload, Record<Direction, IndexedPolicy[]>>();
  const netpol: NetpolContext = {
    cache: {
      pod(sel, w) {
        let m = podCache.get(sel);
        if (!m) podCache.set(sel, (m = new Map()));
        let v = m.get(w);
        if (v === undefined) m.set(w, (v = matchesSelector(sel, w.labels)));
        return v;
      },
      ns(sel, ns) {
        let m = nsCache.get(sel);
        if (!m) nsCache.set(sel, (m = new Map()));
        let v = m.get(ns);
        if (v === undefined) m.set(ns, (v = matchesSelector(sel, resolver.namespaceLabels(ns))));
        return v;
      },
    },
    selecting(w, dir) {
      let s = selectingCache.get(w);
      if (!s) {
        const mine = (byNamespace.get(w.namespace) ?? []).filter((p) => netpol.cache.pod(p.policy.podSelector, w));
        s = { ingress: mine.filter((p) => p.ingress), egress: mine.filter((p) => p.egress) };
        selectingCache.set(w, s);
      }
      return s[dir];
    },
  };
  const admin: AdminContext = { order: adminOrder(cluster), cache: netpol.cache, netpol };
  let istio: IstioIndex | undefined;
  let matrix: Matrix | undefined;
  let connectivity: ConnectivityParts | undefined;
  let netpolSets: { index: WorkloadIndex; sets: NetpolSets } | undefined;

  const evaluatePort = (src: Endpoint, dst: Endpoint, port: number | 'any', protocol: Protocol, method?: string, path?: string): Verdict => {
    // Each end through the tiers (Admin, NetworkPolicy, Baseline): see admin/evaluate.ts.
    const egress = decideEnd('egress', src, dst, dst, port, protocol, admin);
    const ingress = decideEnd('ingress', dst, src, dst, port, protocol, admin);
    const layers: LayerResult[] = [egress.layer, ingress.layer];
    const notes = notesFor(src, dst, layers, cluster, port, protocol);
    // The same point met at both ends is said once.
    for (const n of [...egress.notes, ...ingress.notes]) if (!notes.some((m) => m.code === n.code && english(m) === english(n))) notes.push(n);
    let httpOnly = false;
    let admitted = false;
    // UDP and SCTP are not proxied by the sidecar: only NetworkPolicy decides them (QUERY-MODEL.md).
    if (!dst.inMesh || protocol !== 'TCP') {
      const why = !dst.inMesh ? msg(dst.kind === 'external' ? 'istio.outside' : 'istio.noSidecar') : msg('istio.notProxied', { protocol });
      layers.push(
        { layer: 'mtls', decision: 'skipped', ...said(msg('istio.notApplicable', { layer: 'mtls', at: dst.id, why })), policies: [] },
        { layer: 'authz', decision: 'skipped', ...said(msg('istio.notApplicable', { layer: 'authz', at: dst.id, why })), policies: [] },
      );
    } else {
      const q = { port: port === 'any' ? 0 : port, protocol, ...(method ? { method } : {}), ...(path ? { path } : {}) };
      const r = engine.istio().evaluate(src, dst, q);
      layers.push(...r.layers);
      notes.push(...r.notes);
      httpOnly = r.httpOnly;
      admitted = r.admitted;
    }
    return combine(layers, notes, httpOnly, admitted);
  };

  const endpoint = (id: string): Endpoint | QueryError => {
    const ep = resolver.resolve(id);
    if (ep) return ep;
    const ns = id.includes('/') ? id.split('/')[0]! : 'default';
    const known = resolver.known(ns);
    const full = id.includes('/') ? id : `default/${id}`;
    const m =
      known.length > 0
        ? msg('query.unknownWorkload', { id: full, namespace: ns, known: `${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}` })
        : msg('query.unknownNamespace', { id: full, namespace: ns });
    return { error: english(m), message: m, argument: 'from' };
  };

  const engine: EngineInternals = {
    cluster,
    resolver,
    netpol,
    admin,
    evaluatePort,
    endpoint,
    istio: () => (istio ??= buildIstioIndex(cluster)),
    connectivityParts: () => (connectivity ??= buildConnectivity(engine)),
    netpolSets() {
      if (!netpolSets) {
        const index = new WorkloadIndex(resolver);
        netpolSets = { index, sets: new NetpolSets(index, cluster) };
      }
      return netpolSets;
    },
    connectivity: () => engine.connectivityParts().connectivity,
    evaluate: (src, dst, port, protocol, method, path) => evaluatePort(src, dst, port, protocol, method, path),
    check(q) {
      const bad = validateQuery(q);
      if (bad) return bad;
      const src = endpoint(q.from);
      if (isQueryError(src)) return { ...src, argument: 'from' };
      const dst = endpoint(q.to);
      if (isQueryError(dst)) return { ...dst, argument: 'to' };
      return evaluatePort(src, dst, q.port, q.protocol ?? 'TCP', q.method, q.path);
    },
    matrix() {
      matrix ??= buildMatrix(engine);
      return matrix;
    },
    pairsOf(id) {
      return pairsOf(engine, id);
    },
    blocks(options) {
      return connectionBlocks(engine.connectivity(), options);
    },
    warnings() {
      return matrix?.warningMessages ?? warningsFor(engine);
    },
  };
  return engine;
}
