// Lesson 2: Istio on top of NetworkPolicy. STRICT mTLS shuts out a client without a sidecar; an
// AuthorizationPolicy narrows api to one identity and one method/path; then a NetworkPolicy shows that both
// layers must allow (https://istio.io/latest/docs/concepts/security/#authorization-policies).
import { deployment, documents, namespace, serviceAccount } from '../examples/objects';
import type { Lesson } from './types';

const start = documents(
  namespace('istio-system'),
  namespace('shop', { 'istio-injection': 'enabled' }),
  namespace('legacy'),
  serviceAccount('shop', 'web'),
  serviceAccount('shop', 'worker'),
  deployment('shop', 'web', [{ name: 'http', port: 8080 }], { serviceAccount: 'web' }),
  deployment('shop', 'worker', [{ name: 'http', port: 8080 }], { serviceAccount: 'worker' }),
  deployment('shop', 'api', [{ name: 'http', port: 8080 }]),
  deployment('legacy', 'batch', [{ name: 'http', port: 8080 }]),
);

const strict = `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: default
  namespace: istio-system
spec:
  mtls:
    mode: STRICT
`;

const authz = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: api-allow-web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: api
  action: ALLOW
  rules:
    - from:
        - source:
            principals:
              - cluster.local/ns/shop/sa/web
      to:
        - operation:
            methods:
              - GET
            paths:
              - /api/orders
`;

const netpol = (...from: string[]) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes:
    - Ingress
  ingress:
    - from:
${from.map((f) => `        - podSelector:\n            matchLabels:\n              app: ${f}\n`).join('')}      ports:
        - protocol: TCP
          port: 8080
`;

const get = { port: 8080, method: 'GET', path: '/api/orders' } as const;

export const istioOnTop: Lesson = {
  id: 'istioOnTop',
  steps: [
    {
      id: 'open',
      solution: start,
      goals: [
        { from: 'legacy/batch', to: 'shop/api', port: 8080, allowed: true },
        { from: 'shop/web', to: 'shop/api', port: 8080, allowed: true },
      ],
    },
    {
      id: 'strict',
      solution: documents(start, strict),
      goals: [
        { from: 'legacy/batch', to: 'shop/api', port: 8080, allowed: false, layers: { mtls: 'denied' } },
        { from: 'shop/web', to: 'shop/api', port: 8080, allowed: true, layers: { mtls: 'allowed' } },
      ],
    },
    {
      id: 'authz',
      solution: documents(start, strict, authz),
      goals: [
        { from: 'shop/web', to: 'shop/api', ...get, allowed: true, layers: { authz: 'allowed' } },
        { from: 'shop/web', to: 'shop/api', ...get, method: 'POST', allowed: false },
        { from: 'shop/worker', to: 'shop/api', ...get, allowed: false, layers: { authz: 'denied' } },
        { from: 'legacy/batch', to: 'shop/api', ...get, allowed: false },
      ],
    },
    {
      id: 'netpolToo',
      solution: documents(start, strict, authz, netpol('worker')),
      goals: [
        { from: 'shop/web', to: 'shop/api', ...get, allowed: false, layers: { ingress: 'denied', authz: 'allowed' } },
        { from: 'shop/worker', to: 'shop/api', ...get, allowed: false, layers: { ingress: 'allowed', authz: 'denied' } },
      ],
    },
    {
      id: 'bothAllow',
      solution: documents(start, strict, authz, netpol('worker', 'web')),
      goals: [
        { from: 'shop/web', to: 'shop/api', ...get, allowed: true, layers: { ingress: 'allowed', authz: 'allowed' } },
        { from: 'shop/worker', to: 'shop/api', ...get, allowed: false, layers: { ingress: 'allowed', authz: 'denied' } },
        { from: 'legacy/batch', to: 'shop/api', ...get, allowed: false },
      ],
    },
  ],
};
