// The mtls layer: does the destination's sidecar accept this connection?
// https://istio.io/latest/docs/reference/config/security/peer_authentication/ : the narrowest policy wins
// (workload selector > namespace-wide > mesh-wide in the root namespace); UNSET inherits from the next level;
// with none anywhere the mode is PERMISSIVE. portLevelMtls is honoured on policies with a selector only.
import { ISTIO_ROOT_NAMESPACE, type Cluster, type LayerResult, type MtlsMode, type PeerAuthentication, type PolicyRef } from '../../model';
import type { Endpoint } from '../endpoint';
import { matchesLabels } from '../labels';

export interface MtlsOutcome {
  layer: LayerResult;
  /** Both sides have sidecars and the destination does not disable mTLS: the source's identity is known. */
  mtls: boolean;
  notes: string[];
}

const byName = (a: PeerAuthentication, b: PeerAuthentication) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`);

export class PeerAuthIndex {
  private readonly byNs = new Map<string, PeerAuthentication[]>();

  constructor(cluster: Cluster) {
    for (const pa of [...cluster.peerAuthentications].sort(byName)) {
      const list = this.byNs.get(pa.namespace) ?? [];
      list.push(pa);
      this.byNs.set(pa.namespace, list);
    }
  }

  evaluate(src: Endpoint, dst: Endpoint, port: number): MtlsOutcome {
    const ns = dst.namespace!;
    const labels = dst.workload!.labels;
    const here = this.byNs.get(ns) ?? [];
    const levels: { name: string; policies: PeerAuthentication[] }[] = [
      { name: 'workload', policies: here.filter((p) => p.selector && matchesLabels(p.selector.matchLabels, labels)) },
      { name: 'namespace', policies: here.filter((p) => !p.selector) },
      { name: 'mesh', policies: (this.byNs.get(ISTIO_ROOT_NAMESPACE) ?? []).filter((p) => !p.selector) },
    ];
    const notes: string[] = [];
    let mode: MtlsMode = 'PERMISSIVE';
    let from: PeerAuthentication | undefined;
    let portLevel = false;
    for (const level of levels) {
      if (level.policies.length > 1) {
        notes.push(`several ${level.name}-level PeerAuthentications apply to ${dst.id} (${level.policies.map((p) => `${p.namespace}/${p.name}`).join(', ')}): Istio uses the oldest, which is implementation-defined here; took ${level.policies[0]!.namespace}/${level.policies[0]!.name}`);
      }
      const pa = level.policies[0];
      if (!pa) continue;
      const byPort = level.name === 'workload' ? pa.portLevelMtls?.[String(port)] : undefined;
      if (byPort && byPort !== 'UNSET') {
        mode = byPort;
        from = pa;
        portLevel = true;
        break;
      }
      if (pa.mode && pa.mode !== 'UNSET') {
        mode = pa.mode;
        from = pa;
        break;
      }
    }
    const mtls = src.inMesh && dst.inMesh && mode !== 'DISABLE';
    const policies: PolicyRef[] = from ? [{ kind: 'PeerAuthentication', namespace: from.namespace, name: from.name, ...(portLevel ? { rule: `portLevelMtls[${port}]` } : {}) }] : [];
    const source = from ? `PeerAuthentication ${from.namespace}/${from.name}${portLevel ? ` portLevelMtls ${port}` : ''} sets ${mode}` : 'no PeerAuthentication applies (mesh default PERMISSIVE)';
    const where = `mtls at ${dst.id}`;
    if (mode === 'STRICT' && !mtls) {
      const why = src.kind === 'external' ? `${src.id} is outside the cluster` : `${src.id} has no sidecar`;
      return { mtls, notes, layer: { layer: 'mtls', decision: 'denied', reason: `${where}: denied: ${source} and ${why} (plaintext)`, policies } };
    }
    const how = mtls ? 'mutual TLS' : 'plaintext';
    return { mtls, notes, layer: { layer: 'mtls', decision: 'allowed', reason: `${where}: accepted as ${how}: ${source}`, policies } };
  }
}
