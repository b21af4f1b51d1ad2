// The grouped connectivity matrix. Workloads that no policy can tell apart (same namespace, same answers to every
// selector any policy uses, same identity, mesh membership and ports) get identical verdicts, so verdicts are
// computed once per group pair: at 2,000 workloads that is the difference between 4 M and a few thousand pairs.
import type { Cluster, Protocol, VerdictKind, Workload } from '../model';
import type { EngineInternals, PairVerdicts } from './engine';
import { EndpointResolver } from './endpoints';
import { matchesLabels, matchesSelector, selectorKey } from './labels';
import type { Matrix, MatrixConnection, MatrixGroup, PortVerdict } from './matrix';
import { warningsFor } from './warnings';

interface Group extends MatrixGroup {
  rep: Workload;
}

export function buildMatrix(engine: EngineInternals): Matrix {
  const groups = groupWorkloads(engine.cluster, engine.resolver.workloads());
  const extraPorts = mentionedPorts(engine.cluster);
  const connections: MatrixConnection[] = [];
  for (const from of groups) {
    const src = engine.resolver.forWorkload(from.rep);
    for (const to of groups) {
      if (from === to && from.members.length < 2) continue;
      const dst = engine.resolver.forWorkload(to.rep);
      const ports: PortVerdict[] = [];
      for (const { port, protocol, label } of portsOf(to.rep, extraPorts)) {
        ports.push({ port: label, kind: engine.evaluatePort(src, dst, port, protocol).kind });
      }
      connections.push({ from: from.id, to: to.id, ports });
    }
  }
  return { groups: groups.map(({ id, namespace, members }) => ({ id, namespace, members })), connections, warnings: warningsFor(engine) };
}

/** The destination's declared ports; a destination without any gets `any` plus the numeric ports policies name. */
export function portsOf(w: Workload, mentioned: { port: number; protocol: Protocol }[]): { port: number | 'any'; protocol: Protocol; label: string }[] {
  const seen = new Set<string>();
  const out: { port: number | 'any'; protocol: Protocol; label: string }[] = [];
  const add = (port: number | 'any', protocol: Protocol) => {
    const label = port === 'any' ? 'any' : `${port}/${protocol}`;
    if (!seen.has(label)) {
      seen.add(label);
      out.push({ port, protocol, label });
    }
  };
  if (w.ports.length > 0) for (const p of w.ports) add(p.containerPort, p.protocol);
  else {
    add('any', 'TCP');
    for (const m of mentioned) add(m.port, m.protocol);
  }
  return out;
}

/** Numeric ports named by any NetworkPolicy rule (at most 16, lowest first), for destinations without ports. */
function mentionedPorts(cluster: Cluster): { port: number; protocol: Protocol }[] {
  const seen = new Map<string, { port: number; protocol: Protocol }>();
  for (const np of cluster.networkPolicies) {
    for (const rule of [...(np.ingress ?? []), ...(np.egress ?? [])]) {
      for (const p of rule.ports ?? []) {
        if (typeof p.port === 'number') seen.set(`${p.port}/${p.protocol ?? 'TCP'}`, { port: p.port, protocol: p.protocol ?? 'TCP' });
      }
    }
  }
  return [...seen.values()].sort((a, b) => a.port - b.port).slice(0, 16);
}

function groupWorkloads(cluster: Cluster, workloads: Workload[]): Group[] {
  const podSelectors = new Map<string, Parameters<typeof matchesSelector>[0]>();
  for (const np of cluster.networkPolicies) {
    podSelectors.set(selectorKey(np.podSelector), np.podSelector);
    for (const rule of [...(np.ingress ?? []), ...(np.egress ?? [])]) {
      for (const peer of rule.peers ?? []) if (peer.podSelector) podSelectors.set(selectorKey(peer.podSelector), peer.podSelector);
    }
  }
  const istioSelectors = new Map<string, Record<string, string>>();
  for (const p of [...cluster.authorizationPolicies, ...cluster.peerAuthentications]) {
    if (p.selector) istioSelectors.set(JSON.stringify(Object.entries(p.selector.matchLabels).sort()), p.selector.matchLabels);
  }
  const anyIpBlock =
    cluster.networkPolicies.some((np) => [...(np.ingress ?? []), ...(np.egress ?? [])].some((r) => (r.peers ?? []).some((p) => p.ipBlock))) ||
    cluster.authorizationPolicies.some((ap) => (ap.rules ?? []).some((r) => (r.from ?? []).some((f) => f.source.ipBlocks || f.source.notIpBlocks || f.source.remoteIpBlocks || f.source.notRemoteIpBlocks)));
  const sels = [...podSelectors.values()];
  const isels = [...istioSelectors.values()];
  const byKey = new Map<string, Workload[]>();
  for (const w of workloads) {
    const bits = sels.map((s) => (matchesSelector(s, w.labels) ? '1' : '0')).join('') + '|' + isels.map((s) => (matchesLabels(s, w.labels) ? '1' : '0')).join('');
    const meshHint = `${w.labels['sidecar.istio.io/inject'] ?? ''}/${w.annotations['sidecar.istio.io/inject'] ?? ''}`;
    const key = [w.namespace, w.serviceAccount, meshHint, w.hostNetwork ? 'host' : '', anyIpBlock ? w.podIP ?? '' : '', JSON.stringify(w.ports), bits].join('\u0000');
    const list = byKey.get(key) ?? [];
    list.push(w);
    byKey.set(key, list);
  }
  const groups = [...byKey.values()].map((ws) => {
    const members = ws.map(EndpointResolver.id).sort();
    return { members, namespace: ws[0]!.namespace, rep: ws[0]! };
  });
  groups.sort((a, b) => a.members[0]!.localeCompare(b.members[0]!));
  return groups.map((g, i) => ({ ...g, id: i + 1 }));
}

export function pairsFromMatrix(engine: EngineInternals, matrix: Matrix, id: string): PairVerdicts[] {
  const full = id.includes('/') ? id : `default/${id}`;
  const groupOf = new Map<string, number>();
  for (const g of matrix.groups) for (const m of g.members) groupOf.set(m, g.id);
  const mine = groupOf.get(full);
  if (mine === undefined) return [];
  const byPair = new Map<string, PortVerdict[]>();
  for (const c of matrix.connections) byPair.set(`${c.from}>${c.to}`, c.ports);
  const out: PairVerdicts[] = [];
  for (const g of matrix.groups) {
    for (const m of g.members) {
      if (m === full) continue;
      const outPorts = byPair.get(`${mine}>${g.id}`);
      if (outPorts) out.push({ from: full, to: m, ports: outPorts });
      const inPorts = byPair.get(`${g.id}>${mine}`);
      if (inPorts) out.push({ from: m, to: full, ports: inPorts });
    }
  }
  void engine;
  return out;
}

export const KIND_ORDER: VerdictKind[] = ['allowed', 'unisolated', 'http-only', 'denied'];
