import type { Example } from './types';
import { deployment, documents, kubeDns, namespace } from './objects';

// Default deny selects every pod for both directions (policyTypes Ingress+Egress with no rules), so every path
// needs an egress rule at the source AND an ingress rule at the destination.
// Allowing DNS is an egress rule to kube-dns on 53/UDP and 53/TCP, or nothing resolves.
const defaultDeny = (ns: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: ${ns}
spec:
  podSelector: {}
  policyTypes:
    - Ingress
    - Egress
`;

const allowDns = (ns: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns
  namespace: ${ns}
spec:
  podSelector: {}
  policyTypes:
    - Egress
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - protocol: UDP
          port: 53
        - protocol: TCP
          port: 53
`;

export const shop: Example = {
  id: 'shop',
  group: 'example',
  manifests: documents(
    namespace('frontend'),
    namespace('auth'),
    namespace('database'),
    kubeDns(),
    deployment('frontend', 'web', [{ name: 'http', port: 8080 }]),
    deployment('auth', 'auth-service', [{ name: 'https', port: 443 }]),
    deployment('database', 'postgres', [{ name: 'tcp-postgres', port: 5432 }]),
    ...['frontend', 'auth', 'database'].flatMap((ns) => [defaultDeny(ns), allowDns(ns)]),
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: auth-service
  namespace: auth
spec:
  podSelector:
    matchLabels:
      app: auth-service
  policyTypes:
    - Ingress
    - Egress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: frontend
      ports:
        - protocol: TCP
          port: 443
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: database
      ports:
        - protocol: TCP
          port: 5432
`,
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-to-auth
  namespace: frontend
spec:
  podSelector:
    matchLabels:
      app: web
  policyTypes:
    - Egress
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: auth
          podSelector:
            matchLabels:
              app: auth-service
      ports:
        - protocol: TCP
          port: 443
`,
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: postgres-from-auth
  namespace: database
spec:
  podSelector:
    matchLabels:
      app: postgres
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: auth
          podSelector:
            matchLabels:
              app: auth-service
      ports:
        - protocol: TCP
          port: 5432
`,
  ),
  overlay: { from: 'frontend/web', to: 'database/postgres', kind: 'denied' },
  known: [
    { from: 'frontend/web', to: 'auth/auth-service', port: 80, allowed: false, kind: 'denied' },
    { from: 'frontend/web', to: 'auth/auth-service', port: 443, allowed: true, kind: 'allowed' },
    { from: 'auth/auth-service', to: 'database/postgres', port: 5432, allowed: true, kind: 'allowed' },
    { from: 'frontend/web', to: 'database/postgres', port: 5432, allowed: false, kind: 'denied' },
    { from: 'auth/auth-service', to: 'frontend/web', port: 8080, allowed: false, kind: 'denied' },
    { from: 'auth/auth-service', to: 'kube-system/kube-dns', port: 53, protocol: 'UDP', allowed: true, layers: { egress: 'allowed' } },
    { from: 'database/postgres', to: 'kube-system/kube-dns', port: 53, protocol: 'TCP', allowed: true },
    { from: 'frontend/web', to: '93.184.216.34', port: 443, allowed: false },
  ],
};
