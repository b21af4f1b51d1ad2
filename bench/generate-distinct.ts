// STAND-IN for the engine work's worst-case generator (issue 9 §3). The real bench/generate-distinct.ts
// (same path, same signature) replaces this file at merge; it exists so the CLI bench and tests can run now.
// What it keeps of the brief: every workload distinct (its own `app` label and service account) plus shared
// tier/team labels; at least 26 namespaces, half meshed; about 0.5 NetworkPolicy and 0.4 AuthorizationPolicy
// per workload, each picking single apps; principals, namespaces and HTTP fields; PeerAuthentications with
// portLevelMtls; a few dry-run AuthorizationPolicies.

const TIERS = [
  { tier: 'web', port: 8080, portName: 'http' },
  { tier: 'api', port: 9090, portName: 'http-api' },
  { tier: 'db', port: 5432, portName: 'tcp-pg' },
  { tier: 'cache', port: 6379, portName: 'redis' },
];

/** mulberry32: the same seed always gives the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDistinct(workloads: number, seed = 7): string {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const nsCount = Math.max(26, Math.round(workloads / 40));
  const namespaces = Array.from({ length: nsCount }, (_, i) => `ns-${i}`);
  const meshed = (n: number) => n % 2 === 0;
  const docs: string[] = [];
  namespaces.forEach((ns, n) =>
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n  labels:\n    team: t${n % 5}${meshed(n) ? '\n    istio-injection: enabled' : ''}`),
  );
  const apps: { app: string; ns: number; tier: (typeof TIERS)[number] }[] = [];
  for (let i = 0; i < workloads; i++) {
    const ns = i % nsCount;
    const t = TIERS[int(TIERS.length)]!;
    const app = `${t.tier}-${i}`;
    apps.push({ app, ns, tier: t });
    docs.push(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\n  namespace: ${namespaces[ns]}\nspec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n        tier: ${t.tier}\n        team: t${i % 5}\n    spec:\n      serviceAccountName: ${app}\n      containers:\n      - name: main\n        image: example/${t.tier}:1\n        ports:\n        - name: ${t.portName}\n          containerPort: ${t.port}`,
    );
  }
  const inNs = (ns: number) => apps.filter((a) => a.ns === ns);
  const byNs = namespaces.map((_, n) => inNs(n));
  const anyApp = () => apps[int(apps.length)]!;
  for (let i = 0; i < Math.round(workloads * 0.5); i++) {
    const dst = anyApp();
    const src = rnd() < 0.6 ? byNs[dst.ns]![int(byNs[dst.ns]!.length)]! : anyApp();
    const peer =
      src.ns === dst.ns
        ? `    - podSelector:\n        matchLabels:\n          app: ${src.app}`
        : `    - namespaceSelector:\n        matchLabels:\n          kubernetes.io/metadata.name: ${namespaces[src.ns]}\n      podSelector:\n        matchLabels:\n          app: ${src.app}`;
    const egress = rnd() < 0.15;
    docs.push(
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np-${i}\n  namespace: ${namespaces[dst.ns]}\nspec:\n  podSelector:\n    matchLabels:\n      app: ${dst.app}\n  ingress:\n  - from:\n${peer}\n    ports:\n    - port: ${dst.tier.port}\n      protocol: TCP` +
        (egress ? `\n  egress:\n  - to:\n    - namespaceSelector: {}\n    ports:\n    - port: 53\n      protocol: UDP\n  policyTypes: [Ingress, Egress]` : ''),
    );
  }
  const meshedApps = apps.filter((a) => meshed(a.ns));
  for (let i = 0; i < Math.round(workloads * 0.4) && meshedApps.length > 0; i++) {
    const dst = meshedApps[int(meshedApps.length)]!;
    const src = anyApp();
    const deny = i % 7 === 6;
    const dryRun = i % 23 === 5;
    const http = dst.tier.portName.startsWith('http') && rnd() < 0.5;
    const source = rnd() < 0.7 ? `principals: ["cluster.local/ns/${namespaces[src.ns]}/sa/${src.app}"]` : `namespaces: ["${namespaces[src.ns]}"]`;
    docs.push(
      `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: ap-${i}\n  namespace: ${namespaces[dst.ns]}${dryRun ? '\n  annotations:\n    istio.io/dry-run: "true"' : ''}\nspec:\n  selector:\n    matchLabels:\n      app: ${dst.app}\n  action: ${deny ? 'DENY' : 'ALLOW'}\n  rules:\n  - from:\n    - source:\n        ${source}\n    to:\n    - operation:\n        ports: ["${dst.tier.port}"]` +
        (http ? `\n        methods: [${deny ? 'DELETE' : 'GET, POST'}]\n        paths: ["/${deny ? 'admin' : 'api'}/*"]` : ''),
    );
  }
  namespaces.forEach((ns, n) => {
    if (!meshed(n) || n % 4 !== 0) return;
    const a = byNs[n]![0];
    docs.push(`apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: strict\n  namespace: ${ns}\nspec:\n  mtls:\n    mode: STRICT`);
    if (a)
      docs.push(
        `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: ${a.app}-ports\n  namespace: ${ns}\nspec:\n  selector:\n    matchLabels:\n      app: ${a.app}\n  mtls:\n    mode: STRICT\n  portLevelMtls:\n    ${a.tier.port}:\n      mode: PERMISSIVE`,
      );
  });
  return docs.join('\n---\n') + '\n';
}
