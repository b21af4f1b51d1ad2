import type { Example } from './types';
import { deployment, documents, kubeDns, namespace } from './objects';

const web = (ns: string) => deployment(ns, 'web', [{ name: 'http', port: 8080 }], { labels: { tier: 'web' } });
const api = (ns: string) => deployment(ns, 'api', [{ name: 'http', port: 8080 }], { labels: { tier: 'api' } });

// Selecting every pod for both directions with no rules isolates everything: nothing in, nothing out.
export const denyAll: Example = {
  id: 'deny-all',
  group: 'recipe',
  manifests: documents(
    namespace('locked'),
    web('locked'),
    api('locked'),
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all
  namespace: locked
spec:
  podSelector: {}
  policyTypes:
    - Ingress
    - Egress
`,
  ),
  overlay: { from: 'locked/web', to: 'locked/api', kind: 'denied' },
  known: [
    { from: 'locked/web', to: 'locked/api', port: 8080, allowed: false, kind: 'denied', layers: { egress: 'denied' } },
    { from: 'locked/api', to: 'locked/web', port: 8080, allowed: false, kind: 'denied' },
  ],
};

// A podSelector {} peer without namespaceSelector means every pod of the policy's own namespace.
export const allowSameNamespace: Example = {
  id: 'allow-same-namespace',
  group: 'recipe',
  manifests: documents(
    namespace('team-a'),
    namespace('team-b'),
    web('team-a'),
    api('team-a'),
    deployment('team-b', 'client', [{ name: 'http', port: 8080 }]),
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-same-namespace
  namespace: team-a
spec:
  podSelector: {}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector: {}
`,
  ),
  overlay: { from: 'team-b/client', to: 'team-a/api', kind: 'denied' },
  known: [
    { from: 'team-b/client', to: 'team-a/api', port: 8080, allowed: false, kind: 'denied' },
    { from: 'team-a/web', to: 'team-a/api', port: 8080, allowed: true, layers: { ingress: 'allowed' } },
    { from: 'team-a/api', to: 'team-a/web', port: 443, allowed: true, layers: { ingress: 'allowed' } },
  ],
};

// Egress isolated for every pod; the one rule reaches kube-dns on 53/UDP and 53/TCP (DNS falls back to TCP for
// large answers). An IP outside the cluster matches no pod selector, so even an outside resolver is denied.
export const denyEgressExceptDns: Example = {
  id: 'deny-egress-except-dns',
  group: 'recipe',
  manifests: documents(
    namespace('sandbox'),
    kubeDns(),
    deployment('sandbox', 'app', [{ name: 'http', port: 8080 }]),
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-egress-except-dns
  namespace: sandbox
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
`,
  ),
  overlay: { from: 'sandbox/app', to: 'kube-system/kube-dns', kind: 'unisolated' },
  known: [
    { from: 'sandbox/app', to: '8.8.8.8', port: 53, protocol: 'UDP', allowed: false, kind: 'denied' },
    { from: 'sandbox/app', to: 'kube-system/kube-dns', port: 53, protocol: 'UDP', allowed: true, layers: { egress: 'allowed' } },
    { from: 'sandbox/app', to: 'kube-system/kube-dns', port: 53, protocol: 'TCP', allowed: true },
    { from: 'sandbox/app', to: 'kube-system/kube-dns', port: 8080, allowed: false },
    { from: 'sandbox/app', to: '93.184.216.34', port: 443, allowed: false },
  ],
};

// Ingress of the whole namespace is isolated; the web tier admits any source address (ipBlock 0.0.0.0/0) on
// 8080. Whether ipBlock also matches other pods is implementation-defined, so only outside sources are asserted.
export const internetToWeb: Example = {
  id: 'internet-to-web',
  group: 'recipe',
  manifests: documents(
    namespace('site'),
    web('site'),
    api('site'),
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: site
spec:
  podSelector: {}
  policyTypes:
    - Ingress
`,
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-from-internet
  namespace: site
spec:
  podSelector:
    matchLabels:
      tier: web
  policyTypes:
    - Ingress
  ingress:
    - from:
        - ipBlock:
            cidr: 0.0.0.0/0
      ports:
        - protocol: TCP
          port: 8080
`,
  ),
  overlay: { from: 'site/web', to: 'site/api', kind: 'denied' },
  known: [
    { from: '203.0.113.10', to: 'site/api', port: 8080, allowed: false, kind: 'denied' },
    { from: '203.0.113.10', to: 'site/web', port: 8080, allowed: true, layers: { ingress: 'allowed' } },
    { from: '203.0.113.10', to: 'site/web', port: 22, allowed: false },
  ],
};

// One policy per application namespace admits the monitoring namespace on the metrics port only; every other
// ingress of those namespaces stays isolated.
const scrapeFromMonitoring = (ns: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-monitoring
  namespace: ${ns}
spec:
  podSelector: {}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: monitoring
      ports:
        - protocol: TCP
          port: 9090
`;

export const monitoringScrape: Example = {
  id: 'monitoring-scrape',
  group: 'recipe',
  manifests: documents(
    namespace('monitoring'),
    namespace('app1'),
    namespace('app2'),
    deployment('monitoring', 'prometheus', [{ name: 'http', port: 9090 }]),
    deployment('app1', 'web', [
      { name: 'http', port: 8080 },
      { name: 'metrics', port: 9090 },
    ]),
    deployment('app2', 'worker', [
      { name: 'http', port: 8080 },
      { name: 'metrics', port: 9090 },
    ]),
    scrapeFromMonitoring('app1'),
    scrapeFromMonitoring('app2'),
  ),
  overlay: { from: 'app2/worker', to: 'app1/web', kind: 'denied' },
  known: [
    { from: 'app2/worker', to: 'app1/web', port: 9090, allowed: false, kind: 'denied' },
    { from: 'monitoring/prometheus', to: 'app1/web', port: 9090, allowed: true, layers: { ingress: 'allowed' } },
    { from: 'monitoring/prometheus', to: 'app2/worker', port: 9090, allowed: true },
    { from: 'monitoring/prometheus', to: 'app2/worker', port: 8080, allowed: false },
  ],
};
