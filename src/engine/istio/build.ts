// The Istio layers for mesh destinations: mTLS acceptance, then authorization.
import type { Cluster } from '../../model';
import type { Endpoint } from '../endpoint';
import { AuthzIndex } from './authz';
import type { IstioIndex, IstioQuery, IstioResult } from './index';
import { PeerAuthIndex } from './peerauth';
import { requestFacts } from './request';

export function buildIstioIndex(cluster: Cluster): IstioIndex {
  const peer = new PeerAuthIndex(cluster);
  const authz = new AuthzIndex(cluster);
  return {
    evaluate(src: Endpoint, dst: Endpoint, q: IstioQuery): IstioResult {
      const where = (l: string) => `${l} at ${dst.id}`;
      if (!dst.inMesh || !dst.workload) {
        return { layers: [{ layer: 'mtls', decision: 'skipped', reason: `${where('mtls')}: no sidecar, Istio does not apply`, policies: [] }], notes: [], httpOnly: false };
      }
      if (q.protocol !== 'TCP') {
        const reason = `${q.protocol} is not proxied by the sidecar: only NetworkPolicy decides`;
        return { layers: [{ layer: 'mtls', decision: 'skipped', reason: `${where('mtls')}: ${reason}`, policies: [] }, { layer: 'authz', decision: 'skipped', reason: `${where('authz')}: ${reason}`, policies: [] }], notes: [], httpOnly: false };
      }
      const m = peer.evaluate(src, dst, q.port);
      if (m.layer.decision === 'denied') {
        // STRICT rejects plaintext before any AuthorizationPolicy is looked at.
        return { layers: [m.layer, { layer: 'authz', decision: 'skipped', reason: `${where('authz')}: not reached (the connection is rejected by mTLS)`, policies: [] }], notes: m.notes, httpOnly: false };
      }
      const req = requestFacts(src, dst, q, m.mtls);
      const a = authz.evaluate(dst, req);
      // How the query was read only matters when some AuthorizationPolicy looked at it.
      const readNotes = a.layer.policies.length > 0 ? req.notes : [];
      return { layers: [m.layer, a.layer], notes: [...m.notes, ...readNotes, ...a.notes], httpOnly: a.httpOnly };
    },
  };
}
