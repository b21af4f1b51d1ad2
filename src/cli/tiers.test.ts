// kpd check and analyze over manifests with admin policies, through a real child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const kpd = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kpd.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const manifests = `apiVersion: v1
kind: Namespace
metadata: {name: prod, labels: {env: prod}}
---
apiVersion: v1
kind: Namespace
metadata: {name: legacy, labels: {team: legacy}}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: prod, labels: {app: db}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 5432}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: old, namespace: legacy, labels: {app: old}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: block-legacy}
spec:
  tier: Admin
  priority: 10
  subject: {namespaces: {matchLabels: {env: prod}}}
  ingress:
  - {name: no-legacy, action: Deny, from: [{namespaces: {matchLabels: {team: legacy}}}]}
`;

describe('kpd with admin tiers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpd-tiers-'));
  writeFileSync(join(dir, 'm.yaml'), manifests);

  it('check names the tier, policy, priority and rule that denied, exit 1', () => {
    const r = kpd('check', join(dir, 'm.yaml'), '--from', 'legacy/old', '--to', 'prod/db', '--port', '5432');
    expect(r.code).toBe(1);
    expect(r.out).toContain('ingress at prod/db: denied by ClusterNetworkPolicy block-legacy (Admin, priority 10) ingress[0] "no-legacy"');
    const json = JSON.parse(kpd('check', join(dir, 'm.yaml'), '--from', 'legacy/old', '--to', 'prod/db', '--port', '5432', '--json').out);
    expect(json.layers.find((l: { layer: string }) => l.layer === 'ingress')).toMatchObject({
      tier: 'Admin',
      decision: 'denied',
      policies: [{ kind: 'ClusterNetworkPolicy', name: 'block-legacy', rule: 'ingress[0]' }],
    });
  });

  it('analyze lists the cluster policies in evaluation order and the matrix honours them', () => {
    const r = kpd('analyze', join(dir, 'm.yaml'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Admin      10  ClusterNetworkPolicy block-legacy: ingress Deny; egress none');
    const json = JSON.parse(kpd('analyze', join(dir, 'm.yaml'), '--json').out);
    const intoDb = json.connections.find((c: { from: string[]; to: string[] }) => c.from.includes('legacy/old') && c.to.includes('prod/db'));
    expect(intoDb).toMatchObject({ allowed: [], unisolated: [], httpOnly: [], denied: ['5432/TCP'] });
    expect(json.clusterPolicies).toEqual([{ kind: 'ClusterNetworkPolicy', name: 'block-legacy', tier: 'Admin', priority: 10 }]);
  });
});
