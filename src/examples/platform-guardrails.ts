import { deployment as workload } from './objects';
import type { Example } from './types';

// Admin tiers (ClusterNetworkPolicy, policy.networking.k8s.io/v1alpha2): each end is decided by the Admin tier
// first (priority, then rule order: the first match decides), then by NetworkPolicy if one isolates the pod, then
// by the Baseline tier. payments is guarded by the platform (Accept shop/api, Deny everyone else); shop is passed
// to its own team's NetworkPolicy; everything else falls to the Baseline default deny.
// The workloads: one HTTP port each (objects.ts), each followed by its document separator.
const deployment = (ns: string, name: string, port: number) => `${workload(ns, name, [{ name: 'http', port }])}---\n`;

export const platformGuardrails: Example = {
  id: 'platform-guardrails',
  group: 'example',
  manifests: `apiVersion: v1
kind: Namespace
metadata:
  name: payments
  labels:
    sensitivity: high
---
apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    team: shop
---
apiVersion: v1
kind: Namespace
metadata:
  name: tools
  labels:
    team: tools
---
${deployment('payments', 'vault', 8200)}${deployment('shop', 'web', 8080)}${deployment('shop', 'api', 8080)}${deployment('tools', 'debug', 8080)}apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata:
  name: protect-payments
spec:
  tier: Admin
  priority: 10
  subject:
    namespaces:
      matchLabels:
        sensitivity: high
  ingress:
    - name: shop-api-only
      action: Accept
      from:
        - pods:
            namespaceSelector:
              matchLabels:
                team: shop
            podSelector:
              matchLabels:
                app: api
    - name: nobody-else
      action: Deny
      from:
        - namespaces: {}
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata:
  name: delegate-to-teams
spec:
  tier: Admin
  priority: 20
  subject:
    namespaces:
      matchLabels:
        team: shop
  ingress:
    - name: team-decides
      action: Pass
      from:
        - namespaces: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-from-web
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: web
      ports:
        - port: 8080
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata:
  name: default-deny
spec:
  tier: Baseline
  priority: 10
  subject:
    namespaces: {}
  ingress:
    - name: deny-unless-allowed
      action: Deny
      from:
        - namespaces: {}
`,
  overlay: { from: 'tools/debug', to: 'payments/vault', kind: 'denied' },
  known: [
    { from: 'tools/debug', to: 'payments/vault', port: 8200, allowed: false, kind: 'denied', layers: { ingress: 'denied' } },
    { from: 'shop/api', to: 'payments/vault', port: 8200, allowed: true, layers: { ingress: 'allowed' } },
    { from: 'shop/web', to: 'shop/api', port: 8080, allowed: true, layers: { ingress: 'allowed' } },
    { from: 'tools/debug', to: 'shop/api', port: 8080, allowed: false, layers: { ingress: 'denied' } },
    { from: 'shop/api', to: 'shop/web', port: 8080, allowed: false, layers: { ingress: 'denied' } },
    { from: 'shop/web', to: 'tools/debug', port: 8080, allowed: false, layers: { ingress: 'denied' } },
  ],
};
