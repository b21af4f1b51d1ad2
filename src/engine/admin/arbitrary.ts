// fast-check arbitraries for admin policies over the small clusters of testing/arbitrary.ts: few label values and
// priorities that often tie, so tiers, Pass and first-match interact.
import fc from 'fast-check';
import type { AdminPeer, AdminPolicy, AdminPort, AdminRule, AdminSubject, Cluster, LabelSelector } from '../../model';
import { NAMESPACES, meshClusterArb, netpolClusterArb, selectorArb } from '../testing/arbitrary';

const nsSel: fc.Arbitrary<LabelSelector> = fc.oneof(
  fc.constant({}),
  fc.constantFrom('a', 'b').map((team) => ({ matchLabels: { team } })),
  fc.constantFrom(...NAMESPACES).map((n) => ({ matchLabels: { 'kubernetes.io/metadata.name': n } })),
);

const subjectArb: fc.Arbitrary<AdminSubject> = fc.oneof(
  nsSel.map((namespaces) => ({ namespaces })),
  fc.tuple(nsSel, selectorArb).map(([namespaceSelector, podSelector]) => ({ pods: { namespaceSelector, podSelector } })),
);

const peerArb = (egress: boolean): fc.Arbitrary<AdminPeer> =>
  egress ? fc.oneof(subjectArb, fc.constantFrom<AdminPeer>({ networks: ['10.0.0.0/30'] }, { networks: ['0.0.0.0/0'] }, { networks: ['8.8.8.0/24'] }, { nodes: {} })) : subjectArb;

const portArb: fc.Arbitrary<AdminPort> = fc.constantFrom<AdminPort>(
  { protocol: 'TCP', port: 80 },
  { protocol: 'TCP', port: 8080 },
  { protocol: 'UDP', port: 53 },
  { protocol: 'TCP', port: 79, endPort: 81 },
  { namedPort: 'http' },
  { namedPort: 'dns' },
);

const ruleArb = (egress: boolean, actions: AdminRule['action'][]): fc.Arbitrary<AdminRule> =>
  fc
    .record({
      action: fc.constantFrom(...actions),
      peers: fc.array(peerArb(egress), { minLength: 1, maxLength: 2 }),
      ports: fc.option(fc.array(portArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    })
    .map(({ ports, ...r }) => (ports ? { ...r, ports } : r));

export const adminPolicyArb = (i: number): fc.Arbitrary<AdminPolicy> =>
  fc.constantFrom('anp', 'cnp-admin', 'cnp-baseline', 'banp').chain((shape) => {
    const kind = shape === 'anp' ? 'AdminNetworkPolicy' : shape === 'banp' ? 'BaselineAdminNetworkPolicy' : 'ClusterNetworkPolicy';
    const actions: AdminRule['action'][] =
      shape === 'anp' ? ['Allow', 'Deny', 'Pass'] : shape === 'banp' ? ['Allow', 'Deny'] : shape === 'cnp-admin' ? ['Accept', 'Deny', 'Pass'] : ['Accept', 'Deny'];
    return fc
      .record({
        priority: fc.constantFrom(1, 2, 2),
        subject: subjectArb,
        ingress: fc.array(ruleArb(false, actions), { maxLength: 2 }),
        egress: fc.array(ruleArb(true, actions), { maxLength: 2 }),
      })
      .map((r): AdminPolicy => ({
        kind,
        apiVersion: kind === 'ClusterNetworkPolicy' ? 'policy.networking.k8s.io/v1alpha2' : 'policy.networking.k8s.io/v1alpha1',
        name: shape === 'banp' ? 'default' : `a${i}`,
        tier: shape === 'anp' || shape === 'cnp-admin' ? 'Admin' : 'Baseline',
        ...(shape === 'banp' ? {} : { priority: r.priority }),
        subject: r.subject,
        ingress: r.ingress,
        egress: r.egress,
      }));
  });

const withAdmin = (base: fc.Arbitrary<Cluster>) =>
  fc
    .tuple(
      base,
      fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => adminPolicyArb(i)))),
    )
    .map(([c, admin]) => {
      c.adminPolicies.push(...admin);
      return c;
    });

export const adminClusterArb = withAdmin(netpolClusterArb);
export const adminMeshClusterArb = withAdmin(meshClusterArb);
