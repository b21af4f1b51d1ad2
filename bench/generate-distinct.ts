// The worst case for the engine (issue 9): every workload distinct, as in real cluster exports. Each workload has
// its own `app` label (plus a few shared tier/team labels) and, for most, its own service account; policies pick
// single apps, so no two workloads can be grouped. About 0.5 NetworkPolicy and 0.4 AuthorizationPolicy per
// workload, over at least 26 namespaces of three kinds: meshed and default-deny, default-deny only, not isolated.
// Deterministic for a seed; 10,000 workloads generate in well under a second.

import { prng } from './generate';

interface Tier {
  tier: string;
  /** Container ports `name:port[/UDP]`; no name = an unnamed port. */
  ports: string[];
}

const TIERS: Tier[] = [
  { tier: 'web', ports: ['http-web:8080'] },
  { tier: 'api', ports: ['grpc:9090', 'http-metrics:9100'] },
  { tier: 'worker', ports: [] },
  { tier: 'db', ports: ['tcp-pg:5432'] },
  { tier: 'cache', ports: ['tcp-redis:6379'] },
  { tier: 'batch', ports: ['7000'] },
];

/** What a namespace is like: meshed + default-deny, default-deny (some egress too), or not isolated at all. */
type NsKind = 'mesh' | 'deny' | 'open';

interface Ns {
  name: string;
  kind: NsKind;
  team: string;
  egressDeny: boolean;
}

interface App {
  i: number;
  ns: Ns;
  name: string;
  tier: Tier;
  sa: string;
}

const portName = (spec: string) => (spec.includes(':') ? spec.split(':')[0] : undefined);
const portNumber = (spec: string) => Number((spec.includes(':') ? spec.split(':')[1]! : spec).split('/')[0]);

export function generateDistinct(workloads: number, seed = 7): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const out: string[] = [];
  const doc = (s: string) => out.push(s);

  const nsCount = Math.max(26, Math.round(workloads / 80));
  const namespaces: Ns[] = Array.from({ length: nsCount }, (_, k) => {
    const kind: NsKind = k % 3 === 0 ? 'mesh' : k % 3 === 1 ? 'deny' : 'open';
    return { name: `ns-${String(k).padStart(3, '0')}`, kind, team: `t${k % 7}`, egressDeny: kind === 'deny' && k % 2 === 0 };
  });
  const meshNs = namespaces.filter((n) => n.kind === 'mesh');

  doc('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: istio-system');
  doc('apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: istio-system\nspec:\n  mtls:\n    mode: PERMISSIVE');
  doc('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kube-system');
  doc(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: coredns\n  namespace: kube-system\n  labels:\n    k8s-app: kube-dns\nspec:\n  containers:\n  - name: coredns\n    image: coredns:1\n    ports:\n    - name: dns\n      containerPort: 53\n      protocol: UDP\n    - name: dns-tcp\n      containerPort: 53',
  );
  for (const n of namespaces) {
    const inject = n.kind === 'mesh' ? '\n    istio-injection: enabled' : '';
    doc(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${n.name}\n  labels:\n    team: ${n.team}\n    env: ${pick(['prod', 'staging', 'dev'])}${inject}`);
    if (n.kind !== 'open') {
      const types = n.egressDeny ? '[Ingress, Egress]' : '[Ingress]';
      doc(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: ${n.name}\nspec:\n  podSelector: {}\n  policyTypes: ${types}`);
    }
    if (n.egressDeny) doc(dnsEgress(n.name, 'allow-dns', '{}'));
    if (n.kind === 'mesh') {
      const mode = pick(['STRICT', 'STRICT', 'PERMISSIVE']);
      doc(`apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n  namespace: ${n.name}\nspec:\n  mtls:\n    mode: ${mode}`);
    }
  }

  const apps: App[] = [];
  for (let i = 0; i < workloads; i++) {
    const ns = namespaces[i % nsCount]!;
    const tier = TIERS[Math.floor(i / nsCount) % TIERS.length]!;
    const name = `${tier.tier}-${i}`;
    const sa = chance(0.7) ? name : chance(0.5) ? tier.tier : 'default';
    apps.push({ i, ns, name, tier, sa });
    if (sa !== 'default') doc(`apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${sa}\n  namespace: ${ns.name}`);
    doc(workloadDoc({ i, ns, name, tier, sa }, chance(0.3), ns.kind === 'mesh' && chance(0.05)));
  }
  const byNs = new Map<string, App[]>();
  for (const a of apps) byNs.set(a.ns.name, [...(byNs.get(a.ns.name) ?? []), a]);
  const meshApps = apps.filter((a) => a.ns.kind === 'mesh');

  // About 0.5 NetworkPolicy per workload in all, the namespace-wide ones above included.
  const npTarget = Math.round(workloads * 0.5) - namespaces.filter((n) => n.kind !== 'open').length - namespaces.filter((n) => n.egressDeny).length;
  for (let k = 0; k < npTarget; k++) {
    const dst = pick(apps);
    doc(networkPolicy(k, dst));
  }
  for (let k = 0; k < Math.round(workloads * 0.4); k++) doc(authorizationPolicy(k, pick(meshApps)));
  // Workload-level PeerAuthentications with port-level settings (they apply only with a selector).
  for (let k = 0; k < Math.max(3, Math.round(meshApps.length / 20)); k++) {
    const a = pick(meshApps);
    const first = a.tier.ports[0];
    const mode = pick(['STRICT', 'PERMISSIVE', 'UNSET']);
    const plm = first ? `\n  portLevelMtls:\n    ${portNumber(first)}:\n      mode: ${pick(['DISABLE', 'PERMISSIVE', 'STRICT'])}` : '';
    doc(
      `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: pa-${a.name}-${k}\n  namespace: ${a.ns.name}\nspec:\n  selector:\n    matchLabels:\n      app: ${a.name}\n  mtls:\n    mode: ${mode}${plm}`,
    );
  }
  return out.join('\n---\n') + '\n';

  function workloadDoc(a: App, asPod: boolean, noSidecar: boolean): string {
    const ports = a.tier.ports.map((p) => {
      const nm = portName(p);
      const udp = p.endsWith('/UDP') ? '\n          protocol: UDP' : '';
      return `\n        - ${nm ? `name: ${nm}\n          ` : ''}containerPort: ${portNumber(p)}${udp}`;
    });
    const portsText = ports.length > 0 ? `\n        ports:${ports.join('')}` : '';
    const annotations = noSidecar ? `\n      annotations:\n        sidecar.istio.io/inject: "false"` : '';
    const labels = `\n      labels:\n        app: ${a.name}\n        tier: ${a.tier.tier}\n        team: ${a.ns.team}${a.i % 4 === 0 ? '\n        version: v2' : ''}`;
    const sa = a.sa !== 'default' ? `\n      serviceAccountName: ${a.sa}` : '';
    const spec = `${sa}\n      containers:\n      - name: main\n        image: example/${a.tier.tier}:1${portsText}`;
    if (asPod) {
      const ip = `10.${(a.i >> 16) & 255}.${(a.i >> 8) & 255}.${a.i & 255}`;
      const body = (s: string) => s.replace(/\n {4}/g, '\n');
      return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${a.name}\n  namespace: ${a.ns.name}${body(labels + annotations)}\nspec:${body(spec)}\nstatus:\n  podIP: ${ip}`;
    }
    return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${a.name}\n  namespace: ${a.ns.name}\nspec:\n  selector:\n    matchLabels:\n      app: ${a.name}\n  template:\n    metadata:${labels}${annotations}\n    spec:${spec}`;
  }

  function peer(dst: App): string {
    const other = pick(apps);
    switch (Math.floor(rnd() * 5)) {
      case 0:
      case 1:
        // Same namespace, one app (podSelector alone = the policy's own namespace).
        return `    - podSelector:\n        matchLabels:\n          app: ${pick(byNs.get(dst.ns.name)!).name}`;
      case 2:
        return `    - namespaceSelector:\n        matchLabels:\n          kubernetes.io/metadata.name: ${other.ns.name}\n      podSelector:\n        matchLabels:\n          app: ${other.name}`;
      case 3:
        return `    - namespaceSelector:\n        matchLabels:\n          team: ${other.ns.team}\n      podSelector:\n        matchExpressions:\n        - {key: tier, operator: In, values: [${other.tier.tier}]}`;
      default:
        return chance(0.5)
          ? `    - namespaceSelector:\n        matchLabels:\n          team: ${other.ns.team}`
          : `    - ipBlock:\n        cidr: 192.168.${Math.floor(rnd() * 256)}.0/24\n        except: [192.168.0.0/28]`;
    }
  }

  function ports(dst: App): string {
    if (dst.tier.ports.length === 0 || chance(0.15)) return chance(0.5) ? '' : `\n    ports:\n    - port: ${pick([80, 7000, 9000])}\n      endPort: 9100`;
    const p = pick(dst.tier.ports);
    const nm = portName(p);
    return `\n    ports:\n    - port: ${nm && chance(0.5) ? nm : portNumber(p)}`;
  }

  function networkPolicy(k: number, dst: App): string {
    const head = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np-${dst.name}-${k}\n  namespace: ${dst.ns.name}\nspec:\n  podSelector:\n    matchLabels:\n      app: ${dst.name}`;
    const roll = rnd();
    if (roll < 0.04) return `${head}\n  ingress:\n  - from:\n${peer(dst)}\n  egress: []`; // ingress-only: egress [] without policyTypes
    const ingress = `\n  ingress:\n  - from:\n${peer(dst)}${chance(0.4) ? `\n${peer(dst)}` : ''}${ports(dst)}`;
    if (roll < 0.8) return `${head}${ingress}`;
    const egressRule = `\n  - to:\n${peer(dst)}${ports(pick(apps))}`;
    const dns = `\n  - to:\n    - namespaceSelector:\n        matchLabels:\n          kubernetes.io/metadata.name: kube-system\n      podSelector:\n        matchLabels:\n          k8s-app: kube-dns\n    ports:\n    - port: 53\n      protocol: UDP`;
    return `${head}\n  policyTypes: [Ingress, Egress]${ingress}\n  egress:${egressRule}${chance(0.7) ? dns : ''}`;
  }

  function authorizationPolicy(k: number, dst: App): string {
    const annotations = chance(0.05) ? `\n  annotations:\n    istio.io/dry-run: "true"` : '';
    const head = `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: ap-${dst.name}-${k}\n  namespace: ${dst.ns.name}${annotations}\nspec:`;
    const target = chance(0.03)
      ? `\n  targetRefs:\n  - kind: Gateway\n    group: gateway.networking.k8s.io\n    name: gw-${dst.ns.name}`
      : `\n  selector:\n    matchLabels:\n      app: ${dst.name}`;
    const src = pick(meshApps);
    const principal = (a: App) => `"cluster.local/ns/${a.ns.name}/sa/${a.sa}"`;
    if (chance(0.2)) {
      const source = chance(0.3) ? `notPrincipals: [${principal(src)}]` : chance(0.5) ? `namespaces: ["${pick(meshNs).name}"]` : `ipBlocks: ["10.0.${Math.floor(rnd() * 4)}.0/24"]`;
      const op = chance(0.5) ? `\n    to:\n    - operation:\n        methods: ["DELETE"]\n        paths: ["/admin/*"]` : '';
      return `${head}${target}\n  action: DENY\n  rules:\n  - from:\n    - source:\n        ${source}${op}`;
    }
    const who = [principal(src), ...(chance(0.4) ? [principal(pick(meshApps))] : [])];
    const source = chance(0.7) ? `principals: [${who.join(', ')}]` : chance(0.5) ? `namespaces: ["${src.ns.name}"]` : `namespaces: ["ns-0*"]`;
    const p = dst.tier.ports[0];
    const op = chance(0.4)
      ? `\n    to:\n    - operation:\n        methods: ["GET", "POST"]\n        paths: ["/api/*"]`
      : chance(0.3) && p
        ? `\n    to:\n    - operation:\n        ports: ["${portNumber(p)}"]`
        : '';
    return `${head}${target}\n  action: ALLOW\n  rules:\n  - from:\n    - source:\n        ${source}${op}`;
  }
}

/** An egress policy that lets the selected pods resolve names (kube-dns in kube-system, UDP and TCP 53). */
function dnsEgress(ns: string, name: string, selector: string): string {
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n  podSelector: ${selector}\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - namespaceSelector:\n        matchLabels:\n          kubernetes.io/metadata.name: kube-system\n      podSelector:\n        matchLabels:\n          k8s-app: kube-dns\n    ports:\n    - port: 53\n      protocol: UDP\n    - port: 53\n      protocol: TCP`;
}
