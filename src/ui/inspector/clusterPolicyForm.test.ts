import { describe, expect, it } from 'vitest';
import type { AdminPolicy } from '../../model';
import { draftOf, parsePorts, policyOf } from './clusterPolicyForm';

const cnp: AdminPolicy = {
  kind: 'ClusterNetworkPolicy',
  apiVersion: 'policy.networking.k8s.io/v1alpha2',
  name: 'guard',
  tier: 'Admin',
  priority: 10,
  subject: { namespaces: { matchLabels: { env: 'prod' } } },
  ingress: [
    { name: 'no-legacy', action: 'Deny', peers: [{ namespaces: { matchLabels: { team: 'legacy' } } }], ports: [{ protocol: 'TCP', port: 5432 }] },
    { action: 'Pass', peers: [{ namespaces: {} }, { pods: { namespaceSelector: {}, podSelector: { matchExpressions: [{ key: 'a', operator: 'Exists' }] } } }] },
  ],
  egress: [{ action: 'Accept', peers: [{ networks: ['10.0.0.0/8'] }] }],
};

describe('cluster policy form', () => {
  it('reads a policy into text fields and back unchanged', () => {
    const d = draftOf(cnp);
    expect(d.namespaces).toBe('env=prod');
    expect(d.rules.map((r) => [r.dir, r.action, r.namespaces, r.ports, r.networks, !!r.kept])).toEqual([
      ['ingress', 'Deny', 'team=legacy', '5432/TCP', '', false],
      ['ingress', 'Pass', '', '', '', true],
      ['egress', 'Accept', '', '', '10.0.0.0/8', false],
    ]);
    expect(policyOf(cnp, d)).toEqual(cnp);
  });

  it('writes edits: priority, tier, a pods subject, a new rule', () => {
    const d = draftOf(cnp);
    const out = policyOf(cnp, { ...d, priority: '20', tier: 'Baseline', pods: 'app=db', rules: [{ ...d.rules[0]!, action: 'Accept', ports: '8000-8100/UDP, http' }] });
    expect(out).toMatchObject({
      tier: 'Baseline',
      priority: 20,
      subject: { pods: { namespaceSelector: { matchLabels: { env: 'prod' } }, podSelector: { matchLabels: { app: 'db' } } } },
      ingress: [{ action: 'Accept', ports: [{ protocol: 'UDP', port: 8000, endPort: 8100 }, { namedPort: 'http' }] }],
    });
  });

  it('names the field that does not read', () => {
    expect(policyOf(cnp, { ...draftOf(cnp), namespaces: 'env' })).toEqual({ bad: 'env' });
    expect(parsePorts('99999')).toBe('99999');
  });
});
