// Two Istio pitfalls that `kpd lint` catches: STRICT mTLS with a caller outside the mesh (KPD301), and HTTP fields
// in a DENY rule on a port Istio reads as TCP (KPD204).
import { deployment, documents, namespace } from '../examples/objects';
import type { Lesson } from './types';

const mesh = documents(
  namespace('istio-system'),
  namespace('pay', { 'istio-injection': 'enabled' }),
  namespace('legacy'),
  deployment('pay', 'api', [
    { name: 'http', port: 8080 },
    { name: 'tcp-db', port: 5432 },
  ]),
  deployment('pay', 'web', [{ name: 'http', port: 8080 }]),
  deployment('legacy', 'batch', [{ name: 'http', port: 8080 }]),
);

const apiFromLegacy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-from-legacy
  namespace: pay
spec:
  podSelector:
    matchLabels:
      app: api
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: legacy
        - podSelector: {}
`;

const peerAuth = (extra = '') => `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: api-strict
  namespace: pay
spec:
  selector:
    matchLabels:
      app: api
  mtls:
    mode: STRICT
${extra}`;

export const strictOutsideMesh: Lesson = {
  id: 'strictOutsideMesh',
  steps: [
    {
      id: 'rejected',
      solution: documents(mesh, apiFromLegacy, peerAuth()),
      goals: [
        { from: 'legacy/batch', to: 'pay/api', port: 8080, allowed: false, layers: { ingress: 'allowed', mtls: 'denied' } },
        { from: 'pay/web', to: 'pay/api', port: 8080, allowed: true },
      ],
      lint: { present: ['KPD301'] },
    },
    {
      id: 'permissivePort',
      // The caller stays outside the mesh, so the port it uses accepts plaintext; 5432 stays STRICT.
      solution: documents(
        mesh,
        apiFromLegacy.replace('        - podSelector: {}\n', '        - podSelector: {}\n      ports:\n        - port: 8080\n'),
        peerAuth('  portLevelMtls:\n    8080:\n      mode: PERMISSIVE\n'),
      ),
      goals: [
        { from: 'legacy/batch', to: 'pay/api', port: 8080, allowed: true },
        { from: 'pay/web', to: 'pay/api', port: 8080, allowed: true },
      ],
      lint: { absent: ['KPD301'] },
    },
  ],
};

const denyDelete = (ports = '') => `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: api-deny-delete
  namespace: pay
spec:
  selector:
    matchLabels:
      app: api
  action: DENY
  rules:
    - to:
        - operation:
            methods: ["DELETE"]
${ports}`;

export const httpFieldsOnTcp: Lesson = {
  id: 'httpFieldsOnTcp',
  steps: [
    {
      id: 'deniesAll',
      solution: documents(mesh, denyDelete()),
      goals: [
        { from: 'pay/web', to: 'pay/api', port: 5432, allowed: false, layers: { authz: 'denied' } },
        { from: 'pay/web', to: 'pay/api', port: 8080, method: 'GET', path: '/', allowed: true },
      ],
      lint: { present: ['KPD204'] },
    },
    {
      id: 'httpPortOnly',
      solution: documents(mesh, denyDelete('            ports: ["8080"]\n')),
      goals: [
        { from: 'pay/web', to: 'pay/api', port: 5432, allowed: true },
        { from: 'pay/web', to: 'pay/api', port: 8080, method: 'DELETE', path: '/', allowed: false },
      ],
      lint: { absent: ['KPD204'] },
    },
  ],
};
