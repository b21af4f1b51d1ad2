// The Istio layers for mesh destinations (sidecar mode, QUERY-MODEL.md "Istio"): mTLS acceptance, then authorization.
import type { Cluster, LayerResult, Message } from '../../model';
import { msg, said } from '../reasons';
import type { Endpoint } from '../endpoint';
import { AuthzIndex } from './authz';
import type { IstioIndex, IstioQuery, IstioResult } from './index';
import { PeerAuthIndex } from './peerauth';
import { reading, requestFacts } from './request';

export function buildIstioIndex(cluster: Cluster): IstioIndex {
  const peer = new PeerAuthIndex(cluster.peerAuthentications);
  const authz = new AuthzIndex(cluster.authorizationPolicies);
  return {
    mtls: (src, dst, port) => peer.evaluate(src, dst, port),
    evaluate(src: Endpoint, dst: Endpoint, q: IstioQuery): IstioResult {
      // The engine only asks for mesh destinations over TCP; answer the other cases plainly rather than guess.
      if (!dst.inMesh || !dst.workload) return skipped(dst, msg(dst.kind === 'external' ? 'istio.outside' : 'istio.noSidecar'));
      if (q.protocol !== 'TCP') return skipped(dst, msg('istio.notProxied', { protocol: q.protocol }));

      const m = peer.evaluate(src, dst, q.port);
      if (m.layer.decision === 'denied') {
        // A STRICT sidecar rejects plaintext in the TLS handshake, before any AuthorizationPolicy is looked at.
        const authzLayer: LayerResult = { layer: 'authz', decision: 'skipped', ...said(msg('istio.notReached', { layer: 'authz', at: dst.id })), policies: [] };
        return { layers: [m.layer, authzLayer], notes: m.notes, httpOnly: false, admitted: false };
      }
      const req = requestFacts(src, dst, q, m.mtls);
      const a = authz.evaluate(dst, req);
      // How the query was read matters only when some AuthorizationPolicy looked at it.
      const notes = a.consulted ? [reading(req), ...m.notes, ...a.notes] : [...m.notes, ...a.notes];
      return { layers: [m.layer, a.layer], notes, httpOnly: a.httpOnly, admitted: a.admitted };
    },
  };
}

function skipped(dst: Endpoint, why: Message): IstioResult {
  const layer = (name: 'mtls' | 'authz'): LayerResult => ({
    layer: name,
    decision: 'skipped',
    ...said(msg('istio.notApplicable', { layer: name, at: dst.id, why })),
    policies: [],
  });
  return { layers: [layer('mtls'), layer('authz')], notes: [], httpOnly: false, admitted: false };
}
