// The analysis answer is the engine's Connectivity as typed arrays (no object per pair), and the overlay reads
// the same pairs, kinds and ports off it as it read off the grouped matrix.
import { describe, expect, it } from 'vitest';
import { engineOf, np, workload } from '../engine/testing/build';
import { engineFrom, namespace, pod } from '../engine/testing/yaml';
import type { Engine } from '../engine/engine';
import { connectivityFromSerialized } from '../engine/connectivity/connectivity';
import { overlayPairs, pairKind, pairTier } from '../ui/overlay/pairs';
import { gridFromConnectivity } from '../ui/matrix/grid';
import { createSessionClient } from './client';
import { EngineSession } from './session';
import type { PortVerdict } from '../engine/matrix';

const TEXT = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  selector: { matchLabels: { app: web } }
  template: { metadata: { labels: { app: web } }, spec: { containers: [{ name: c, image: x, ports: [{ containerPort: 80 }] }] } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: db, namespace: shop }
spec:
  selector: { matchLabels: { app: db } }
  template: { metadata: { labels: { app: db } }, spec: { containers: [{ name: c, image: x, ports: [{ containerPort: 5432 }] }] } }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db, namespace: shop }
spec:
  podSelector: { matchLabels: { app: db } }
  ingress: [{ from: [{ podSelector: { matchLabels: { app: web } } }] }]
`;

describe('the analysis payload', () => {
  it('is typed arrays and ids, with no object per pair', () => {
    const r = new EngineSession().handle({ id: 1, type: 'analyze', text: TEXT });
    if (r.type !== 'analyze') throw new Error(r.type);
    const c = r.payload.connectivity;
    expect(Object.keys(r.payload).sort()).toEqual(['connectivity', 'warnings']);
    expect(c.ids).toEqual(['shop/db', 'shop/web']);
    for (const [k, v] of Object.entries(c)) if (k !== 'ids') expect(ArrayBuffer.isView(v), k).toBe(true);
    // Survives a structured clone (the worker's postMessage) as the same arrays.
    const cloned = structuredClone(c);
    expect(connectivityFromSerialized(cloned).ports(1, 0)).toEqual(connectivityFromSerialized(c).ports(1, 0));
  });

  it('the client wraps it once, with the warnings as messages', async () => {
    const a = await createSessionClient().analyze(TEXT);
    expect(a.connectivity.n).toBe(2);
    expect(Array.isArray(a.warnings)).toBe(true);
  });

  it('overlayPairs and the grid on it read what the grouped matrix said, pair by pair', () => {
    sameAsMatrix(
      engineOf({
        workloads: [workload('prod', 'web'), workload('prod', 'api', { ports: ['8080'] }), workload('prod', 'db', { ports: ['5432'] }), workload('dev', 'tool')],
        policies: [np('prod', 'db-only-api', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ peers: [{ podSelector: { matchLabels: { app: 'api' } } }] }] })],
      }),
    );
  });

  it('with admin policies: the same tiers as well', () => {
    const text =
      namespace('prod', { env: 'prod' }) +
      namespace('dev', { env: 'dev' }) +
      pod('prod', 'db', { ports: ['5432', 'http:8080'] }) +
      pod('dev', 'web') +
      pod('prod', 'api') +
      `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: deny-dev}
spec:
  priority: 10
  subject: {namespaces: {matchLabels: {env: prod}}}
  ingress:
  - name: r
    action: Deny
    from: [{namespaces: {matchLabels: {env: dev}}}]
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
  subject: {namespaces: {matchLabels: {env: dev}}}
  egress:
  - name: e
    action: Deny
    to: [{namespaces: {matchLabels: {env: prod}}}]
---
`;
    const tiers = sameAsMatrix(engineFrom(text));
    expect(tiers).toContain('Admin');
  });
});

/** Compares overlayPairs (and the grid's colours) on the cloned payload with the old reading of engine.matrix(); returns the tiers seen. */
function sameAsMatrix(engine: Engine): (string | undefined)[] {
  // The old reading: every ordered member pair of the grouped matrix, with its group pair's ports.
  const m = engine.matrix();
  const groupOf = new Map<string, number>();
  for (const g of m.groups) for (const w of g.members) groupOf.set(w, g.id);
  const conn = new Map<string, PortVerdict[]>(m.connections.map((c) => [`${c.from}>${c.to}`, c.ports]));
  const old = new Map<string, { ports: PortVerdict[]; kind: string; tier?: string }>();
  for (const a of groupOf.keys())
    for (const b of groupOf.keys()) {
      const ports = a === b ? undefined : conn.get(`${groupOf.get(a)}>${groupOf.get(b)}`);
      if (ports) old.set(`${a}>${b}`, { ports, kind: pairKind(ports), tier: pairTier(ports, pairKind(ports)) });
    }
  const c = connectivityFromSerialized(structuredClone(engine.connectivity().serialize()));
  const { pairs } = overlayPairs(c, undefined);
  expect(pairs).toHaveLength(old.size);
  for (const p of pairs) {
    const o = old.get(`${p.from}>${p.to}`)!;
    expect(p.ports).toEqual(o.ports);
    expect(p.kind).toBe(o.kind);
    expect(p.tier).toBe(o.tier);
  }
  const grid = gridFromConnectivity(c);
  for (const p of pairs) expect(grid.kind(grid.indexOf(p.from)!, grid.indexOf(p.to)!)).toBe(p.kind);
  return pairs.map((p) => p.tier);
}
