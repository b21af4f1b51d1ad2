// The grouped matrix: which workloads share a group, which pairs and ports are listed, and the warnings.
import { describe, expect, it } from 'vitest';
import type { Matrix } from './matrix';
import { createEngine } from './engine';
import { cluster, engineOf, np, workload } from './testing/build';

const groupOf = (m: Matrix, id: string) => m.groups.find((g) => g.members.includes(id))!;
const ports = (m: Matrix, from: string, to: string) => m.connections.find((c) => c.from === groupOf(m, from).id && c.to === groupOf(m, to).id)?.ports;

describe('groups', () => {
  it('workloads no policy can tell apart share a group; a selector, a service account or a port splits them', () => {
    const m = engineOf({
      workloads: [
        workload('prod', 'a', { labels: { app: 'web', v: '1' } }),
        workload('prod', 'b', { labels: { app: 'web', v: '2' } }),
        workload('prod', 'c', { labels: { app: 'db' } }),
        workload('prod', 'd', { labels: { app: 'web' }, sa: 'other' }),
        workload('prod', 'e', { labels: { app: 'web' }, ports: ['81'] }),
        workload('dev', 'f', { labels: { app: 'web' } }),
      ],
      policies: [np('prod', 'db-in', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ peers: [{ podSelector: { matchLabels: { app: 'web' } } }] }] })],
    }).matrix();
    expect(groupOf(m, 'prod/a').members).toEqual(['prod/a', 'prod/b']);
    for (const alone of ['prod/c', 'prod/d', 'prod/e', 'dev/f']) expect(groupOf(m, alone).members).toEqual([alone]);
  });

  it('a selector used only in another namespace does not split a group', () => {
    const m = engineOf({
      workloads: [workload('prod', 'a', { labels: { app: 'web' } }), workload('prod', 'b', { labels: { app: 'api' } })],
      policies: [np('dev', 'x', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ peers: [{ podSelector: { matchLabels: { app: 'api' } } }] }] })],
    }).matrix();
    expect(groupOf(m, 'prod/a').members).toEqual(['prod/a', 'prod/b']);
  });

  it('a peer podSelector reaching the namespace through a namespaceSelector does split it', () => {
    const m = engineOf({
      workloads: [workload('prod', 'a', { labels: { app: 'web' } }), workload('prod', 'b', { labels: { app: 'api' } })],
      policies: [np('dev', 'x', { podSelector: {}, ingress: [{ peers: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'api' } } }] }] })],
    }).matrix();
    expect(groupOf(m, 'prod/a').members).toEqual(['prod/a']);
  });

  it('a NetworkPolicy ipBlock does not split pods by IP (it never matches pods here), an Istio ipBlocks does', () => {
    const workloads = [workload('prod', 'a', { ip: '10.0.0.1' }), workload('prod', 'b', { ip: '10.0.0.2', labels: { app: 'a' } })];
    const policies = [np('prod', 'x', { podSelector: {}, ingress: [{ peers: [{ ipBlock: { cidr: '10.0.0.0/31' } }] }] })];
    expect(engineOf({ workloads, policies }).matrix().groups).toHaveLength(1);
    const c = cluster({ workloads, policies });
    c.authorizationPolicies.push({ namespace: 'prod', name: 'by-ip', apiVersion: 'security.istio.io/v1', rules: [{ from: [{ source: { ipBlocks: ['10.0.0.1/32'] } }] }] });
    expect(createEngine(c).matrix().groups).toHaveLength(2);
  });
});

describe('connections and ports', () => {
  it('lists every ordered group pair, a group with itself only when it has two members', () => {
    const m = engineOf({ workloads: [workload('p', 'a'), workload('p', 'b'), workload('q', 'c')] }).matrix();
    expect(m.groups.map((g) => g.members)).toEqual([['p/a', 'p/b'], ['q/c']]);
    expect(m.connections.map((c) => `${c.from}>${c.to}`).sort()).toEqual(['1>1', '1>2', '2>1']);
  });

  it('ports are the destination declared container ports', () => {
    const m = engineOf({
      workloads: [workload('p', 'a'), workload('p', 'db', { ports: ['pg:5432', 'dns:53/UDP'] })],
      policies: [np('p', 'db', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ ports: [{ port: 'pg' }] }] })],
    }).matrix();
    expect(ports(m, 'p/a', 'p/db')).toEqual([
      // db's ingress admits it explicitly (a's egress is not isolated, which does not make it open).
      { port: '5432/TCP', kind: 'allowed' },
      { port: '53/UDP', kind: 'denied' },
    ]);
  });

  it('a destination without ports gets `any` plus the numeric ports that rules reaching it name', () => {
    const m = engineOf({
      workloads: [workload('p', 'a', { ports: [] }), workload('p', 'db', { ports: [] })],
      policies: [
        np('p', 'db-in', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ ports: [{ port: 5432 }, { port: 'pg' }] }] }),
        np('p', 'a-out', {
          podSelector: { matchLabels: { app: 'a' } },
          policyTypes: ['Egress'],
          egress: [{ peers: [{ podSelector: { matchLabels: { app: 'db' } } }], ports: [{ port: 5432 }, { port: 9000, endPort: 9010 }, { port: 53, protocol: 'UDP' }] }],
        }),
      ],
    }).matrix();
    expect(ports(m, 'p/a', 'p/db')).toEqual([
      { port: 'any', kind: 'denied' },
      // Named by a's egress rule, but db's ingress admits 5432 only.
      { port: '53/UDP', kind: 'denied' },
      { port: '5432/TCP', kind: 'allowed' },
      { port: '9000/TCP', kind: 'denied' },
    ]);
    // db's own egress is open, and a is not isolated for ingress: any port, no numeric port reaches a.
    expect(ports(m, 'p/db', 'p/a')).toEqual([{ port: 'any', kind: 'unisolated' }]);
  });
});

describe('pairsOf', () => {
  it('every pair with the workload on either side, never the workload with itself', () => {
    const e = engineOf({ workloads: [workload('p', 'a'), workload('p', 'b'), workload('q', 'c')] });
    expect(e.pairsOf('p/a').map((p) => `${p.from}>${p.to}`)).toEqual(['p/a>p/b', 'p/b>p/a', 'p/a>q/c', 'q/c>p/a']);
    expect(e.pairsOf('nope/x')).toEqual([]);
  });
});

describe('warnings', () => {
  const w = engineOf({
    workloads: [workload('p', 'a', { ip: '10.0.0.5' }), workload('p', 'node', { hostNetwork: true })],
    policies: [
      np('p', 'nobody', { podSelector: { matchLabels: { app: 'ghost' } }, ingress: [] }),
      np('p', 'a-in', {
        podSelector: { matchLabels: { app: 'a' } },
        ingress: [{ peers: [{ podSelector: { matchLabels: { app: 'ghost' } } }, { ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ port: 'missing' }] }],
      }),
    ],
  }).matrix().warnings;

  it('a policy that selects nothing, a peer that matches nothing, a port name nobody declares', () => {
    expect(w).toContain('NetworkPolicy p/nobody selects no workload in namespace p');
    expect(w).toContain('NetworkPolicy p/a-in ingress[0].from[0] matches no workload in the manifests');
    expect(w).toContain('NetworkPolicy p/a-in ingress[0].ports[0]: no workload has a container port named "missing" (TCP), so it matches nothing');
  });

  it('AuthorizationPolicies that never decide for a sidecar (dry-run, targetRefs)', () => {
    const c = cluster({ workloads: [workload('p', 'a')] });
    c.authorizationPolicies.push(
      { namespace: 'p', name: 'dry', apiVersion: 'security.istio.io/v1', action: 'DENY', rules: [{}], dryRun: true },
      { namespace: 'p', name: 'gw', apiVersion: 'security.istio.io/v1', rules: [{}], targetRefs: [{ kind: 'Gateway', name: 'gw' }] },
    );
    const warnings = createEngine(c).matrix().warnings;
    expect(warnings).toContain('AuthorizationPolicy p/dry is dry-run (istio.io/dry-run: "true"): not enforced, it never decides');
    expect(warnings).toContain('AuthorizationPolicy p/gw has targetRef(s): it applies to gateways and waypoints, never to sidecars');
  });

  it('implementation-defined situations, once for the cluster', () => {
    expect(w.filter((x) => x.includes('contains the pod IPs of p/a'))).toHaveLength(1);
    expect(w.some((x) => x.includes('ipBlock vs pod IPs is implementation-defined (Kubernetes docs)'))).toBe(true);
    expect(w).toContain('p/node use hostNetwork: how NetworkPolicy treats host-network pods is implementation-defined');
  });
});
