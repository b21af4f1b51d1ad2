import type { Example } from './types';
import { deployment, documents, namespace, serviceAccount } from './objects';

// A PeerAuthentication in the root namespace (istio-system) without selector is mesh-wide; STRICT rejects
// plaintext, so a pod outside the mesh cannot reach a sidecar at all. The ALLOW AuthorizationPolicy then admits
// only requests from the order-service identity with POST /api/payments; anything else the policy selects is
// denied (an ALLOW policy denies what it does not match).
// https://istio.io/latest/docs/reference/config/security/authorization-policy/
export const istioPayments: Example = {
  id: 'istio-payments',
  group: 'example',
  manifests: documents(
    namespace('istio-system'),
    namespace('order', { 'istio-injection': 'enabled' }),
    namespace('payments', { 'istio-injection': 'enabled' }),
    namespace('legacy'),
    serviceAccount('order', 'order-service'),
    serviceAccount('order', 'audit'),
    serviceAccount('payments', 'payment-service'),
    deployment('order', 'order-service', [{ name: 'http', port: 8080 }], { serviceAccount: 'order-service' }),
    deployment('order', 'audit', [{ name: 'http', port: 8080 }], { serviceAccount: 'audit' }),
    deployment('payments', 'payment-service', [{ name: 'http', port: 8080 }], { serviceAccount: 'payment-service' }),
    deployment('legacy', 'batch', [{ name: 'http', port: 8080 }]),
    `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: default
  namespace: istio-system
spec:
  mtls:
    mode: STRICT
`,
    `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: payment-service-allow-orders
  namespace: payments
spec:
  selector:
    matchLabels:
      app: payment-service
  action: ALLOW
  rules:
    - from:
        - source:
            principals:
              - cluster.local/ns/order/sa/order-service
      to:
        - operation:
            methods:
              - POST
            paths:
              - /api/payments
`,
  ),
  overlay: { from: 'legacy/batch', to: 'payments/payment-service', kind: 'denied' },
  known: [
    {
      from: 'order/audit',
      to: 'payments/payment-service',
      port: 8080,
      method: 'POST',
      path: '/api/payments',
      allowed: false,
      kind: 'denied',
      layers: { mtls: 'allowed', authz: 'denied' },
    },
    { from: 'order/order-service', to: 'payments/payment-service', port: 8080, method: 'POST', path: '/api/payments', allowed: true, layers: { authz: 'allowed' } },
    { from: 'order/order-service', to: 'payments/payment-service', port: 8080, method: 'GET', path: '/api/payments', allowed: false },
    { from: 'order/order-service', to: 'payments/payment-service', port: 8080, method: 'POST', path: '/api/refunds', allowed: false },
    // Without method and path the question is a plain TCP connection: the ALLOW rule needs HTTP fields.
    { from: 'order/order-service', to: 'payments/payment-service', port: 8080, allowed: false, kind: 'http-only' },
    // legacy has no sidecar: plaintext, rejected by STRICT before any AuthorizationPolicy.
    { from: 'legacy/batch', to: 'payments/payment-service', port: 8080, method: 'POST', path: '/api/payments', allowed: false, layers: { mtls: 'denied' } },
    // The destination has no sidecar: Istio layers do not apply.
    { from: 'order/audit', to: 'legacy/batch', port: 8080, allowed: true, layers: { mtls: 'skipped', authz: 'skipped' } },
  ],
};
