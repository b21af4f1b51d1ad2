// fast-check arbitraries for small random clusters: few label values, so selectors often match and policies
// interact; every NetworkPolicy field shape (absent / empty / written) occurs.
import fc from 'fast-check';
import type {
  AuthorizationPolicy,
  AuthzCondition,
  Cluster,
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicyRule,
  PeerAuthentication,
  PolicyType,
  Workload,
} from '../../model';
import { cluster, labels, port } from './build';

export const NAMESPACES = ['n0', 'n1', 'n2'];
const APPS = ['x', 'y', 'z'];

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

export const selectorArb: fc.Arbitrary<LabelSelector> = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...APPS).map((app) => ({ matchLabels: { app } })),
  fc.constantFrom('f', 'b').map((tier) => ({ matchLabels: { tier } })),
  fc
    .record({
      key: fc.constantFrom('app', 'tier'),
      operator: fc.constantFrom('In' as const, 'NotIn' as const, 'Exists' as const, 'DoesNotExist' as const),
      values: fc.subarray(['x', 'y', 'f'], { minLength: 1 }),
    })
    .map((e) => ({ matchExpressions: [e.operator === 'In' || e.operator === 'NotIn' ? e : { key: e.key, operator: e.operator }] })),
);

const nsSelectorArb: fc.Arbitrary<LabelSelector> = fc.oneof(
  fc.constant({}),
  fc.constantFrom('a', 'b').map((team): LabelSelector => ({ matchLabels: { team } })),
  fc.constantFrom(...NAMESPACES).map((n) => ({ matchLabels: { 'kubernetes.io/metadata.name': n } })),
  fc.constant<LabelSelector>({ matchExpressions: [{ key: 'team', operator: 'DoesNotExist' }] }),
);

const peerArb: fc.Arbitrary<NetworkPolicyPeer> = fc.oneof(
  selectorArb.map((podSelector) => ({ podSelector })),
  nsSelectorArb.map((namespaceSelector) => ({ namespaceSelector })),
  fc.tuple(selectorArb, nsSelectorArb).map(([podSelector, namespaceSelector]) => ({ podSelector, namespaceSelector })),
  fc.constantFrom<NetworkPolicyPeer>({ ipBlock: { cidr: '10.0.0.0/24', except: ['10.0.0.2/32'] } }, { ipBlock: { cidr: '0.0.0.0/0' } }, { ipBlock: { cidr: '8.8.8.0/24' } }),
);

const portArb: fc.Arbitrary<NetworkPolicyPort> = fc.oneof(
  fc.constantFrom<NetworkPolicyPort>({ port: 80 }, { port: 8080, protocol: 'TCP' }, { port: 53, protocol: 'UDP' }, { port: 79, endPort: 81 }, { protocol: 'UDP' }),
  fc.constantFrom<NetworkPolicyPort>({ port: 'http' }, { port: 'dns', protocol: 'UDP' }, { port: 'nope' }),
);

const ruleArb: fc.Arbitrary<NetworkPolicyRule> = fc.record({ peers: fc.array(peerArb, { maxLength: 2 }), ports: fc.array(portArb, { maxLength: 2 }) }, { requiredKeys: [] });

const policyTypesArb = maybe(fc.constantFrom<PolicyType[]>(['Ingress'], ['Egress'], ['Ingress', 'Egress']));

export const policyArb = (name: string): fc.Arbitrary<NetworkPolicy> =>
  fc
    .record({
      namespace: fc.constantFrom(...NAMESPACES),
      podSelector: selectorArb,
      policyTypes: policyTypesArb,
      ingress: maybe(fc.array(ruleArb, { maxLength: 2 })),
      egress: maybe(fc.array(ruleArb, { maxLength: 2 })),
    })
    .map(({ policyTypes, ingress, egress, ...rest }) => ({
      name,
      ...rest,
      ...(policyTypes ? { policyTypes } : {}),
      ...(ingress ? { ingress } : {}),
      ...(egress ? { egress } : {}),
    }));

const workloadArb = (i: number): fc.Arbitrary<Workload> =>
  fc
    .record({
      namespace: fc.constantFrom(...NAMESPACES),
      app: fc.constantFrom(...APPS),
      tier: maybe(fc.constantFrom('f', 'b')),
      ports: fc.subarray(['80', 'http:8080', 'dns:53/UDP', '81']),
      sa: fc.constantFrom('default', 's1'),
      mesh: fc.boolean(),
      ip: fc.boolean(),
    })
    .map((r) => ({
      kind: 'Pod' as const,
      namespace: r.namespace,
      name: `w${i}`,
      labels: labels(r.tier ? { app: r.app, tier: r.tier } : { app: r.app }),
      annotations: labels(r.mesh ? { 'sidecar.istio.io/inject': 'true' } : {}),
      serviceAccount: r.sa,
      ports: r.ports.map(port),
      ...(r.ip ? { podIP: `10.0.0.${i + 1}` } : {}),
    }));

const authzArb = (i: number): fc.Arbitrary<AuthorizationPolicy> =>
  fc
    .record({
      namespace: fc.constantFrom(...NAMESPACES, 'istio-system'),
      app: maybe(fc.constantFrom(...APPS)),
      action: fc.constantFrom('ALLOW' as const, 'DENY' as const),
      principal: maybe(fc.constantFrom<string>('cluster.local/ns/n0/sa/default', 'cluster.local/ns/n1/sa/s1')),
      namespaces: maybe(fc.constantFrom<string[]>(['n0'], ['n1', 'n2'])),
      ipBlocks: maybe(fc.constantFrom<string[]>(['10.0.0.0/30'], ['10.0.0.4/32'])),
      ports: maybe(fc.constantFrom<string[]>(['80'], ['8080'])),
      methods: maybe(fc.constantFrom<string[]>(['GET'])),
      notPrincipals: maybe(fc.constantFrom<string[]>(['cluster.local/ns/n0/*'], ['*/sa/s1'])),
      when: maybe(
        fc.constantFrom<AuthzCondition>(
          { key: 'source.namespace', values: ['n*'] },
          { key: 'source.serviceAccount', values: ['s1'] },
          { key: 'source.ip', notValues: ['10.0.0.1'] },
          { key: 'source.principal', values: ['*'] },
        ),
      ),
      inert: fc.constantFrom(undefined, undefined, undefined, 'dryRun' as const, 'targetRefs' as const),
    })
    .map((r) => ({
      namespace: r.namespace,
      name: `ap${i}`,
      apiVersion: 'security.istio.io/v1',
      action: r.action,
      ...(r.app ? { selector: { matchLabels: labels({ app: r.app }) } } : {}),
      ...(r.inert === 'dryRun' ? { dryRun: true } : r.inert === 'targetRefs' ? { targetRefs: [{ kind: 'Gateway', name: 'gw' }] } : {}),
      rules: [
        {
          ...(r.when ? { when: [r.when] } : {}),
          ...(r.principal || r.namespaces || r.ipBlocks || r.notPrincipals
            ? {
                from: [
                  {
                    source: {
                      ...(r.principal ? { principals: [r.principal] } : {}),
                      ...(r.notPrincipals ? { notPrincipals: r.notPrincipals } : {}),
                      ...(r.namespaces ? { namespaces: r.namespaces } : {}),
                      ...(r.ipBlocks ? { ipBlocks: r.ipBlocks } : {}),
                    },
                  },
                ],
              }
            : {}),
          ...(r.ports || r.methods ? { to: [{ operation: { ...(r.ports ? { ports: r.ports } : {}), ...(r.methods ? { methods: r.methods } : {}) } }] } : {}),
        },
      ],
    }));

const peerAuthArb = (i: number): fc.Arbitrary<PeerAuthentication> =>
  fc
    .record({
      namespace: fc.constantFrom(...NAMESPACES, 'istio-system'),
      app: maybe(fc.constantFrom(...APPS)),
      mode: fc.constantFrom('STRICT' as const, 'PERMISSIVE' as const, 'DISABLE' as const),
    })
    .map((r) => ({
      namespace: r.namespace,
      name: `pa${i}`,
      apiVersion: 'security.istio.io/v1',
      mode: r.mode,
      ...(r.app ? { selector: { matchLabels: labels({ app: r.app }) } } : {}),
    }));

const indexed = <T>(max: number, make: (i: number) => fc.Arbitrary<T>, min = 0) =>
  fc.integer({ min, max }).chain((n) => (n === 0 ? fc.constant([] as T[]) : fc.tuple(...Array.from({ length: n }, (_, i) => make(i)))));

/** A NetworkPolicy-only cluster: 2–6 workloads in n0..n2 (namespace labels team=a/b/none), 0–4 policies. */
export const netpolClusterArb: fc.Arbitrary<Cluster> = fc
  .tuple(
    indexed(6, workloadArb, 2),
    indexed(4, (i) => policyArb(`p${i}`)),
  )
  .map(([workloads, policies]) => {
    const c = cluster({ namespaces: { n0: { team: 'a' }, n1: { team: 'b' }, n2: {} }, workloads, policies });
    // No Istio here: sidecars would add layers these properties are not about.
    for (const w of c.workloads) w.annotations = labels();
    return c;
  });

/** The same plus sidecars, AuthorizationPolicies and PeerAuthentications (for matrix vs check agreement). */
export const meshClusterArb: fc.Arbitrary<Cluster> = fc
  .tuple(
    indexed(6, workloadArb, 2),
    indexed(3, (i) => policyArb(`p${i}`)),
    indexed(3, authzArb),
    indexed(2, peerAuthArb),
  )
  .map(([workloads, policies, aps, pas]) => {
    const c = cluster({ namespaces: { n0: { team: 'a', 'istio-injection': 'enabled' }, n1: { team: 'b' }, n2: {} }, workloads, policies });
    c.authorizationPolicies.push(...aps);
    c.peerAuthentications.push(...pas);
    return c;
  });
