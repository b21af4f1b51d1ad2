import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../store';

const ANP = `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: guard}
spec:
  priority: 5
  subject: {namespaces: {}}
  ingress:
  - {name: pass-web, action: Pass, from: [{namespaces: {matchLabels: {team: web}}}]}
`;

describe('cluster policy actions', () => {
  it('"Add cluster policy" writes a ClusterNetworkPolicy of the tier and shows a card for it', () => {
    const store = createDesignerStore({ autosave: false });
    const s = () => store.getState();
    const id = s().addClusterPolicy!('Admin');
    expect(id).toBe('cluster-policy:ClusterNetworkPolicy/admin-policy-1');
    expect(s().text).toContain('kind: ClusterNetworkPolicy');
    expect(s().text).toContain('tier: Admin');
    const b = s().addClusterPolicy!('Baseline');
    expect(b).toBe('cluster-policy:ClusterNetworkPolicy/baseline-policy-1');
    expect(s().design.clusterPolicies!.map((c) => [c.policy.tier, c.policy.priority])).toEqual([
      ['Admin', 10],
      ['Baseline', 10],
    ]);
    expect(s().diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the form edits priority and rules in one undo step, and keeps an imported ANP an ANP', () => {
    const store = createDesignerStore({ autosave: false, initialText: ANP });
    const s = () => store.getState();
    const card = s().design.clusterPolicies![0]!;
    expect(card.id).toBe('cluster-policy:AdminNetworkPolicy/guard');
    const err = s().updateClusterPolicy!(card.id, {
      ...card.policy,
      priority: 7,
      ingress: [
        ...card.policy.ingress!,
        { name: 'no-legacy', action: 'Deny', peers: [{ namespaces: { matchLabels: { team: 'legacy' } } }], ports: [{ protocol: 'TCP', port: 5432 }] },
      ],
    });
    expect(err).toBeUndefined();
    expect(s().text).toContain('kind: AdminNetworkPolicy');
    expect(s().text).toContain('portNumber:');
    expect(s().text).not.toContain('ClusterNetworkPolicy');
    expect(s().design.clusterPolicies![0]!.policy).toMatchObject({ kind: 'AdminNetworkPolicy', priority: 7 });
    s().undo();
    expect(s().design.clusterPolicies![0]!.policy.priority).toBe(5);
  });

  it('refuses a priority out of range and removes a policy', () => {
    const store = createDesignerStore({ autosave: false, initialText: ANP });
    const s = () => store.getState();
    const card = s().design.clusterPolicies![0]!;
    expect(s().updateClusterPolicy!(card.id, { ...card.policy, priority: 1001 })?.error).toContain('out of range');
    s().removeClusterPolicy!(card.id);
    expect(s().design.clusterPolicies).toBeUndefined();
  });
});
