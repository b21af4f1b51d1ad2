// KPD301 (NetworkPolicy × Istio): a STRICT destination accepts only mutual TLS, and a caller without a sidecar
// can only send plaintext, which the destination's sidecar rejects before any AuthorizationPolicy is looked at
// (https://istio.io/latest/docs/reference/config/security/peer_authentication/#PeerAuthentication-MutualTLS-Mode).
// When NetworkPolicy explicitly allows that caller, the author meant the connection to work: it fails.
//
// Per destination port rather than per (caller, destination, port): the mode depends on the destination and port
// only (every caller here is plaintext), and the callers come out as one set — outside the mesh, let through by
// their egress end, explicitly allowed by the destination's ingress end (engine/connectivity/end-sets.ts, the sets
// evaluatePort's `egress` and `ingress` layers decide by). Every pair is covered, however large the cluster.
import type { PeerAuthentication, Workload } from '../../model';
import { add, emptySet, isEmpty, members, unionInto, type Bitset } from '../../engine/bitset';
import { EndSets } from '../../engine/connectivity/end-sets';
import type { Slot } from '../../engine/connectivity/slots';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';

interface Found {
  targets: Set<string>;
  callers: Bitset;
  ports: Set<string>;
}

/**
 * One STRICT port of one destination with its plaintext callers, and where a pair-by-pair walk (destinations,
 * then callers, then ports, in the context's order) would first meet it: the findings come out in that order.
 */
interface Hit {
  pa: PeerAuthentication;
  callers: Bitset;
  label: string;
  firstCaller: number;
  portIndex: number;
}

export function strictCallers(ctx: LintContext): LintFinding[] {
  if (!ctx.cluster.peerAuthentications.some((pa) => pa.mode === 'STRICT' || Object.values(pa.portLevelMtls ?? {}).includes('STRICT'))) return [];
  const workloads = ctx.workloads();
  const callerList = workloads.filter((w) => !ctx.endpoint(w).inMesh);
  if (callerList.length === 0) return [];
  const sets = ctx.sets();
  const callers = emptySet(sets.index.n);
  for (const w of callerList) add(callers, sets.positionOf(w));
  const rank = new Map<number, number>(callerList.map((w, k) => [sets.positionOf(w), k]));
  const ends = new EndSets(sets.index, sets.sets, ctx.engine.admin.order, ctx.engine.netpol.cache);
  // Any plaintext caller: the mtls layer reads of the caller only that it has no sidecar.
  const plaintext = ctx.endpoint(callerList[0]!);
  const found = new Map<PeerAuthentication, Found>();
  for (const dst of workloads) {
    const d = ctx.endpoint(dst);
    if (!d.inMesh) continue;
    const hits = strictPorts(dst).flatMap(({ port, label }, j): Hit[] => {
      const m = ctx.engine.istio().mtls(plaintext, d, port === 'any' ? 0 : port);
      if (m.layer.decision !== 'denied') return [];
      const ref = m.layer.policies.find((p) => p.kind === 'PeerAuthentication');
      const pa = ref && ctx.cluster.peerAuthentications.find((p) => p.namespace === ref.namespace && p.name === ref.name);
      if (!pa) return [];
      const slot: Slot = { label, port, protocol: 'TCP' };
      const at = sets.positionOf(dst);
      const who = ends.ingressAllowed(at, slot);
      for (let w = 0; w < who.length; w++) who[w]! &= callers[w]!;
      if (isEmpty(who)) return [];
      const out = ends.egressLetsThrough(at, slot);
      for (let w = 0; w < who.length; w++) who[w]! &= out[w]!;
      if (isEmpty(who)) return [];
      return [{ pa, callers: who, label, firstCaller: members(who).reduce((min, i) => Math.min(min, rank.get(i)!), Infinity), portIndex: j }];
    });
    hits.sort((a, b) => a.firstCaller - b.firstCaller || a.portIndex - b.portIndex);
    for (const h of hits) {
      const e = found.get(h.pa) ?? { targets: new Set<string>(), callers: emptySet(sets.index.n), ports: new Set<string>() };
      e.targets.add(workloadId(dst));
      unionInto(e.callers, h.callers);
      e.ports.add(h.label);
      found.set(h.pa, e);
    }
  }
  return [...found].map(([pa, e]) =>
    ctx.report(
      'KPD301',
      { kind: 'PeerAuthentication', ...pa },
      {
        target: listOf([...e.targets].sort()),
        callers: listOf(
          members(e.callers)
            .map((i) => sets.index.ids[i]!)
            .sort(),
        ),
        ports: listOf([...e.ports].sort()),
      },
      { path: pa.mode === 'STRICT' ? ['spec', 'mtls', 'mode'] : ['spec', 'portLevelMtls'] },
    ),
  );
}

/** The destination's TCP container ports, or `any` when it declares none (a port no rule names). */
function strictPorts(dst: Workload): { port: number | 'any'; label: string }[] {
  const ports = dst.ports.filter((p) => p.protocol === 'TCP').map((p) => ({ port: p.containerPort, label: `${p.containerPort}/TCP` }));
  return ports.length > 0 ? ports : [{ port: 'any', label: 'any port' }];
}
