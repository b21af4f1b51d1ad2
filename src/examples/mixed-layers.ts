import type { Example } from './types';
import { deployment, documents, namespace, serviceAccount } from './objects';

// A connection needs every layer: NetworkPolicy (L3/L4, by labels) and Istio authorization (by identity).
// `api`: NetworkPolicy admits app=client, but Istio admits only the admin identity → client is denied by Istio.
// `reports`: Istio admits client and admin, but NetworkPolicy admits only app=admin → client is denied by the
// NetworkPolicy. Without a PeerAuthentication the mesh default is PERMISSIVE; mesh-to-mesh traffic uses mTLS.
export const mixedLayers: Example = {
  id: 'mixed-layers',
  group: 'example',
  manifests: documents(
    namespace('mixed', { 'istio-injection': 'enabled' }),
    serviceAccount('mixed', 'client'),
    serviceAccount('mixed', 'admin'),
    deployment('mixed', 'client', [{ name: 'http', port: 8080 }], { serviceAccount: 'client' }),
    deployment('mixed', 'admin', [{ name: 'http', port: 8080 }], { serviceAccount: 'admin' }),
    deployment('mixed', 'api', [{ name: 'http', port: 8080 }]),
    deployment('mixed', 'reports', [{ name: 'http-reports', port: 9090 }]),
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-from-client-and-admin
  namespace: mixed
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
              app: client
        - podSelector:
            matchLabels:
              app: admin
      ports:
        - protocol: TCP
          port: 8080
`,
    `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: api-admin-only
  namespace: mixed
spec:
  selector:
    matchLabels:
      app: api
  action: ALLOW
  rules:
    - from:
        - source:
            principals:
              - cluster.local/ns/mixed/sa/admin
`,
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: reports-from-admin
  namespace: mixed
spec:
  podSelector:
    matchLabels:
      app: reports
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: admin
      ports:
        - protocol: TCP
          port: 9090
`,
    `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: reports-client-and-admin
  namespace: mixed
spec:
  selector:
    matchLabels:
      app: reports
  action: ALLOW
  rules:
    - from:
        - source:
            principals:
              - cluster.local/ns/mixed/sa/client
              - cluster.local/ns/mixed/sa/admin
`,
  ),
  overlay: { from: 'mixed/client', to: 'mixed/api', kind: 'denied' },
  known: [
    { from: 'mixed/client', to: 'mixed/api', port: 8080, allowed: false, kind: 'denied', layers: { ingress: 'allowed', authz: 'denied' } },
    { from: 'mixed/client', to: 'mixed/reports', port: 9090, allowed: false, kind: 'denied', layers: { ingress: 'denied', authz: 'allowed' } },
    { from: 'mixed/admin', to: 'mixed/api', port: 8080, allowed: true, layers: { ingress: 'allowed', authz: 'allowed' } },
    { from: 'mixed/admin', to: 'mixed/reports', port: 9090, allowed: true, layers: { ingress: 'allowed', authz: 'allowed' } },
  ],
};
