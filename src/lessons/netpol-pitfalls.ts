// Four NetworkPolicy pitfalls that `kpd lint` catches, one lesson each: the pitfall, then the fix. Each step is
// checked by verdicts (what the cluster would do) and by lint (KPD104, KPD102, KPD105, KPD107).
import { deployment, documents, kubeDns, namespace } from '../examples/objects';
import type { Lesson } from './types';

const np = (ns: string, name: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${ns}
spec:
${spec}`;

const shop = documents(namespace('shop'), kubeDns(), deployment('shop', 'web', [{ name: 'http', port: 8080 }]), deployment('shop', 'api', [{ name: 'http', port: 8080 }]));
const dns = (from: string, allowed: boolean) => ({ from, to: 'kube-system/kube-dns', port: 53, protocol: 'UDP', allowed }) as const;

// DNS: isolating egress cuts kube-dns too (KPD104); UDP and TCP 53 to k8s-app=kube-dns in kube-system fix it.
const egressLockdown = np(
  'shop',
  'web-egress',
  `  podSelector:
    matchLabels:
      app: web
  policyTypes:
    - Egress
  egress:
    - to:
        - podSelector:
            matchLabels:
              app: api
      ports:
        - protocol: TCP
          port: 8080
`,
);
const withDns = egressLockdown.replace(
  '          port: 8080\n',
  `          port: 8080
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
);

export const dnsEgress: Lesson = {
  id: 'dnsEgress',
  steps: [
    {
      id: 'cut',
      solution: documents(shop, egressLockdown),
      goals: [{ from: 'shop/web', to: 'shop/api', port: 8080, allowed: true }, dns('shop/web', false)],
      lint: { present: ['KPD104'] },
    },
    {
      id: 'fixed',
      solution: documents(shop, withDns),
      goals: [{ from: 'shop/web', to: 'shop/api', port: 8080, allowed: true }, dns('shop/web', true), { ...dns('shop/web', true), protocol: 'TCP' }],
      lint: { absent: ['KPD104'] },
    },
  ],
};

// Namespace labels: `name: legacy` matches nothing, Kubernetes sets kubernetes.io/metadata.name (KPD102).
const legacy = documents(
  namespace('shop'),
  namespace('legacy'),
  deployment('shop', 'api', [{ name: 'http', port: 8080 }]),
  deployment('legacy', 'batch', [{ name: 'http', port: 8080 }]),
);
const fromLegacy = (key: string) =>
  np(
    'shop',
    'api-from-legacy',
    `  podSelector:
    matchLabels:
      app: api
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              ${key}: legacy
`,
  );

export const namespaceLabels: Lesson = {
  id: 'namespaceLabels',
  steps: [
    {
      id: 'nameLabel',
      solution: documents(legacy, fromLegacy('name')),
      goals: [{ from: 'legacy/batch', to: 'shop/api', port: 8080, allowed: false }],
      lint: { present: ['KPD102'] },
    },
    {
      id: 'metadataName',
      solution: documents(legacy, fromLegacy('kubernetes.io/metadata.name')),
      goals: [{ from: 'legacy/batch', to: 'shop/api', port: 8080, allowed: true, layers: { ingress: 'allowed' } }],
      lint: { absent: ['KPD102'] },
    },
  ],
};

// "Deny" names: NetworkPolicies only allow; `disable-connection-a-c` on an isolated pod admits c (KPD105).
const abc = documents(namespace('demo'), ...['a', 'b', 'c'].map((n) => deployment('demo', n, [{ name: 'http', port: 8080 }])));
const isolateA = np(
  'demo',
  'a-from-b',
  `  podSelector:
    matchLabels:
      app: a
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: b
`,
);
const disableAC = np(
  'demo',
  'disable-connection-a-c',
  `  podSelector:
    matchLabels:
      app: a
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: c
`,
);

export const denyNames: Lesson = {
  id: 'denyNames',
  steps: [
    {
      id: 'misnamed',
      solution: documents(abc, isolateA, disableAC),
      goals: [{ from: 'demo/c', to: 'demo/a', port: 8080, allowed: true, layers: { ingress: 'allowed' } }],
      lint: { present: ['KPD105'] },
    },
    {
      id: 'removed',
      solution: documents(abc, isolateA),
      goals: [
        { from: 'demo/c', to: 'demo/a', port: 8080, allowed: false },
        { from: 'demo/b', to: 'demo/a', port: 8080, allowed: true },
      ],
      lint: { absent: ['KPD105'] },
    },
  ],
};

// Default deny per namespace: a namespace without any NetworkPolicy stays open both ways (KPD107).
const twoTeams = documents(
  namespace('team-a'),
  namespace('team-b'),
  deployment('team-a', 'app', [{ name: 'http', port: 8080 }]),
  deployment('team-b', 'app', [{ name: 'http', port: 8080 }]),
);
const denyIn = (ns: string) =>
  np(
    ns,
    'default-deny',
    `  podSelector: {}
  policyTypes:
    - Ingress
`,
  );

export const defaultDenyPerNamespace: Lesson = {
  id: 'defaultDenyPerNamespace',
  steps: [
    {
      id: 'oneTeam',
      solution: documents(twoTeams, denyIn('team-a')),
      goals: [
        { from: 'team-b/app', to: 'team-a/app', port: 8080, allowed: false },
        { from: 'team-a/app', to: 'team-b/app', port: 8080, allowed: true, kind: 'unisolated' },
      ],
      lint: { present: ['KPD107'] },
    },
    {
      id: 'everyTeam',
      solution: documents(twoTeams, denyIn('team-a'), denyIn('team-b')),
      goals: [
        { from: 'team-b/app', to: 'team-a/app', port: 8080, allowed: false },
        { from: 'team-a/app', to: 'team-b/app', port: 8080, allowed: false },
      ],
      lint: { absent: ['KPD107'] },
    },
  ],
};
