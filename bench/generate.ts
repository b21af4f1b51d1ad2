// Deterministic, realistic clusters for benches: namespaces with tiers, some meshed, service accounts,
// default-deny + allow NetworkPolicies and Istio AuthorizationPolicies (ALLOW/DENY with principals, methods, paths).

export interface GenerateOptions {
  workloads: number;
  networkPolicies: number;
  authorizationPolicies: number;
  seed?: number;
}

const TIERS = [
  { tier: 'web', port: 8080, portName: 'http' },
  { tier: 'api', port: 9090, portName: 'http-api' },
  { tier: 'db', port: 5432, portName: 'tcp-pg' },
  { tier: 'cache', port: 6379, portName: 'redis' },
];

/** mulberry32: tiny seeded PRNG so the same options always give the same text (the distinct generator uses it too). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateManifests(opts: GenerateOptions): string {
  const rnd = prng(opts.seed ?? 42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const nsCount = Math.max(3, Math.round(opts.workloads / 50));
  const namespaces = Array.from({ length: nsCount }, (_, i) => `team-${i}`);
  const meshed = new Set(namespaces.filter((_, i) => i % 2 === 0));
  const docs: string[] = [];
  for (const ns of namespaces) {
    const labels = meshed.has(ns) ? `\n  labels:\n    team: ${ns}\n    istio-injection: enabled` : `\n  labels:\n    team: ${ns}`;
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}${labels}`);
    for (const t of TIERS) docs.push(`apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${t.tier}\n  namespace: ${ns}`);
  }
  for (let i = 0; i < opts.workloads; i++) {
    const ns = namespaces[i % nsCount]!;
    const t = TIERS[Math.floor(i / nsCount) % TIERS.length]!;
    const app = `${t.tier}-${i}`;
    docs.push(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\n  namespace: ${ns}\nspec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n        tier: ${t.tier}\n        shard: "s${i % 7}"\n    spec:\n      serviceAccountName: ${t.tier}\n      containers:\n      - name: main\n        image: example/${t.tier}:1\n        ports:\n        - name: ${t.portName}\n          containerPort: ${t.port}`,
    );
  }
  for (let i = 0; i < opts.networkPolicies; i++) {
    const ns = namespaces[i % nsCount]!;
    if (i < nsCount) {
      docs.push(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: ${ns}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]`);
      continue;
    }
    const dst = TIERS[i % TIERS.length]!;
    const src = pick(TIERS);
    const peerNs = pick(namespaces);
    const egress = rnd() < 0.2;
    docs.push(
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-${i}\n  namespace: ${ns}\nspec:\n  podSelector:\n    matchLabels:\n      tier: ${dst.tier}\n      shard: "s${i % 7}"\n  ingress:\n  - from:\n    - namespaceSelector:\n        matchLabels:\n          team: ${peerNs}\n      podSelector:\n        matchExpressions:\n        - {key: tier, operator: In, values: [${src.tier}]}\n    - ipBlock:\n        cidr: 10.${i % 256}.0.0/16\n        except: [10.${i % 256}.1.0/24]\n    ports:\n    - port: ${dst.port}\n      protocol: TCP` +
        (egress ? `\n  egress:\n  - to:\n    - podSelector: {}\n    ports:\n    - port: 53\n      protocol: UDP\n      endPort: 60\n  policyTypes: [Ingress, Egress]` : ''),
    );
  }
  const meshedList = [...meshed];
  for (let i = 0; i < opts.authorizationPolicies; i++) {
    const ns = meshedList[i % meshedList.length]!;
    const t = TIERS[i % TIERS.length]!;
    const deny = i % 5 === 4;
    const from = pick(TIERS).tier;
    docs.push(
      `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: ${deny ? 'deny' : 'allow'}-${i}\n  namespace: ${ns}\nspec:\n  selector:\n    matchLabels:\n      tier: ${t.tier}\n  action: ${deny ? 'DENY' : 'ALLOW'}\n  rules:\n  - from:\n    - source:\n        principals: ["cluster.local/ns/${pick(meshedList)}/sa/${from}"]\n    to:\n    - operation:\n        methods: [${deny ? 'DELETE' : 'GET, POST'}]\n        paths: ["/${deny ? 'admin' : 'api'}/*"]`,
    );
  }
  return docs.join('\n---\n') + '\n';
}
