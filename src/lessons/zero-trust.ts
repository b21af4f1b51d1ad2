// Lesson 1: zero trust with NetworkPolicy. Wide open (amber: allowed only because nothing isolates), default
// deny (red), then exactly the needed paths, DNS included. Every step's solution builds on the previous one.
import { deployment, documents, kubeDns, namespace } from '../examples/objects';
import type { Lesson } from './types';

const start = documents(
  namespace('shop'),
  kubeDns(),
  deployment('shop', 'web', [{ name: 'http', port: 8080 }]),
  deployment('shop', 'api', [{ name: 'http', port: 8080 }]),
  deployment('shop', 'db', [{ name: 'tcp-postgres', port: 5432 }]),
);

const defaultDeny = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
    - Ingress
    - Egress
`;

const allowDns = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns
  namespace: shop
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

/** An egress rule at the source and an ingress rule at the destination: with default deny both are needed. */
const path = (from: string, to: string, port: number) => [
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-${from}-to-${to}-egress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: ${from}
  policyTypes:
    - Egress
  egress:
    - to:
        - podSelector:
            matchLabels:
              app: ${to}
      ports:
        - protocol: TCP
          port: ${port}
`,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-${from}-to-${to}
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: ${to}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: ${from}
      ports:
        - protocol: TCP
          port: ${port}
`,
];

const dns = (from: string, allowed: boolean) => ({ from: `shop/${from}`, to: 'kube-system/kube-dns', port: 53, protocol: 'UDP', allowed }) as const;

export const zeroTrust: Lesson = {
  id: 'zeroTrust',
  steps: [
    {
      id: 'open',
      solution: start,
      goals: [
        { from: 'shop/web', to: 'shop/api', port: 8080, allowed: true, kind: 'unisolated' },
        { from: 'shop/api', to: 'shop/db', port: 5432, allowed: true, kind: 'unisolated' },
      ],
    },
    {
      id: 'defaultDeny',
      solution: documents(start, defaultDeny),
      goals: [
        { from: 'shop/web', to: 'shop/api', port: 8080, allowed: false },
        { from: 'shop/api', to: 'shop/db', port: 5432, allowed: false },
        { from: 'shop/db', to: 'shop/web', port: 8080, allowed: false },
        dns('web', false),
      ],
    },
    {
      id: 'dns',
      solution: documents(start, defaultDeny, allowDns),
      goals: [dns('web', true), dns('api', true), dns('db', true), { from: 'shop/web', to: 'shop/api', port: 8080, allowed: false }],
    },
    {
      id: 'webToApi',
      solution: documents(start, defaultDeny, allowDns, ...path('web', 'api', 8080)),
      goals: [
        { from: 'shop/web', to: 'shop/api', port: 8080, allowed: true, kind: 'allowed' },
        { from: 'shop/web', to: 'shop/api', port: 9090, allowed: false },
        { from: 'shop/db', to: 'shop/api', port: 8080, allowed: false },
        { from: 'shop/web', to: 'shop/db', port: 5432, allowed: false },
        dns('web', true),
      ],
    },
    {
      id: 'apiToDb',
      solution: documents(start, defaultDeny, allowDns, ...path('web', 'api', 8080), ...path('api', 'db', 5432)),
      goals: [
        { from: 'shop/api', to: 'shop/db', port: 5432, allowed: true, kind: 'allowed' },
        { from: 'shop/web', to: 'shop/db', port: 5432, allowed: false },
        { from: 'shop/web', to: 'shop/api', port: 8080, allowed: true, kind: 'allowed' },
        { from: 'shop/db', to: 'shop/api', port: 8080, allowed: false },
        dns('api', true),
        dns('db', true),
      ],
    },
  ],
};
