// Lesson 3: the admin tiers (ClusterNetworkPolicy, policy.networking.k8s.io/v1alpha2). Each end goes Admin tier
// (by priority; the first matching rule decides), then NetworkPolicy if it isolates the pod, then Baseline tier,
// then allowed (kubernetes-sigs/network-policy-api apis/v1alpha2/clusternetworkpolicy_types.go `Tier`).
import { deployment, documents, namespace } from '../examples/objects';
import type { Lesson } from './types';

const start = documents(
  namespace('prod', { env: 'prod' }),
  namespace('dev', { env: 'dev' }),
  namespace('legacy', { team: 'legacy' }),
  deployment('prod', 'db', [{ name: 'pg', port: 5432 }]),
  deployment('dev', 'web', [{ name: 'http', port: 8080 }]),
  deployment('legacy', 'old', [{ name: 'http', port: 8080 }]),
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: any-namespace-in
  namespace: prod
spec:
  podSelector: {}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector: {}
`,
);

const cnp = (name: string, tier: 'Admin' | 'Baseline', priority: number, subject: string, rule: string) => `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata:
  name: ${name}
spec:
  tier: ${tier}
  priority: ${priority}
  subject:
    namespaces: ${subject}
  ingress:
${rule}`;

const guard = cnp(
  'guard-prod',
  'Admin',
  10,
  '\n      matchLabels:\n        env: prod',
  `    - name: no-legacy\n      action: Deny\n      from:\n        - namespaces:\n            matchLabels:\n              team: legacy\n`,
);
const baseline = cnp('default-deny', 'Baseline', 10, '{}', `    - name: deny\n      action: Deny\n      from:\n        - namespaces: {}\n`);
const migration = cnp(
  'migration-window',
  'Admin',
  5,
  '\n      matchLabels:\n        env: prod',
  `    - name: legacy-to-db\n      action: Accept\n      from:\n        - pods:\n            namespaceSelector:\n              matchLabels:\n                team: legacy\n            podSelector:\n              matchLabels:\n                app: old\n`,
);

const db = { to: 'prod/db', port: 5432 } as const;

export const adminTiers: Lesson = {
  id: 'adminTiers',
  steps: [
    {
      id: 'open',
      solution: start,
      goals: [
        { from: 'legacy/old', ...db, allowed: true, layers: { ingress: 'allowed' } },
        { from: 'dev/web', to: 'legacy/old', port: 8080, allowed: true },
      ],
    },
    {
      id: 'adminDeny',
      solution: documents(start, guard),
      goals: [
        { from: 'legacy/old', ...db, allowed: false, layers: { ingress: 'denied' } },
        { from: 'dev/web', ...db, allowed: true, layers: { ingress: 'allowed' } },
      ],
    },
    {
      id: 'baseline',
      solution: documents(start, guard, baseline),
      goals: [
        { from: 'dev/web', to: 'legacy/old', port: 8080, allowed: false, layers: { ingress: 'denied' } },
        { from: 'dev/web', ...db, allowed: true, layers: { ingress: 'allowed' } },
        { from: 'legacy/old', ...db, allowed: false },
      ],
    },
    {
      id: 'priority',
      solution: documents(start, guard, baseline, migration),
      goals: [
        { from: 'legacy/old', ...db, allowed: true, layers: { ingress: 'allowed' } },
        { from: 'dev/web', to: 'legacy/old', port: 8080, allowed: false },
      ],
    },
  ],
};
