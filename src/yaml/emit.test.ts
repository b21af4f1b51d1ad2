import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseManifests } from './index';
import { emitCluster } from './emit';
import type { Cluster } from '../model';

const SOURCE = `apiVersion: v1
kind: Namespace
metadata: {name: prod, labels: {istio-injection: enabled, __proto__: x}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, namespace: prod}
spec:
  schedule: "@daily"
  jobTemplate: {spec: {template: {metadata: {labels: {app: nightly}}, spec: {serviceAccountName: batch, containers: [{name: c, image: x, ports: [{name: http, containerPort: 80}]}]}}}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}, annotations: {sidecar.istio.io/inject: "false"}}
spec: {hostNetwork: true, containers: [{name: c, image: x, ports: [{containerPort: 53, protocol: UDP}]}]}
status: {podIP: 10.0.0.7}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: np, namespace: prod}
spec:
  podSelector: {}
  ingress: []
  egress:
  - {}
  - to: [{namespaceSelector: {matchExpressions: [{key: t, operator: Exists}]}, podSelector: {matchLabels: {a: b}}}, {ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}]
    ports: [{port: 80, endPort: 90}, {port: http}, {protocol: UDP}]
---
apiVersion: security.istio.io/v1beta1
kind: PeerAuthentication
metadata: {name: pa, namespace: prod}
spec: {selector: {matchLabels: {app: web}}, mtls: {mode: STRICT}, portLevelMtls: {8080: {mode: DISABLE}}}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: none, namespace: prod}
spec: {}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: ap, namespace: prod}
spec:
  action: DENY
  rules:
  - {}
  - from: [{source: {principals: [a], notNamespaces: [b], remoteIpBlocks: [1.2.3.4]}}]
    to: [{operation: {methods: [GET], paths: ["/x*"], ports: ["80"], notHosts: [h]}}]
    when: [{key: "request.headers[x]", values: [y], notValues: [z]}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cm}
data: {a: "1"}
`;

/** The model without origins, each collection in a fixed order (emit sorts; the source need not be sorted). */
function withoutOrigins(c: Cluster): unknown {
  const plain = JSON.parse(JSON.stringify(c, (k, v: unknown) => (k === 'origin' ? undefined : v))) as Record<string, { namespace?: string; name?: string }[]>;
  for (const list of Object.values(plain)) list.sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
  return plain;
}

function roundTrip(c: Cluster): Cluster {
  const r = parseManifests([{ file: 'emitted.yaml', text: emitCluster(c) }]);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.cluster;
}

describe('emitCluster', () => {
  const parsed = parseManifests([{ file: 'in.yaml', text: SOURCE }]);

  it('parses back to the same model for every modelled kind, keeping meaningful empties', () => {
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = roundTrip(parsed.cluster);
    expect(withoutOrigins(again)).toEqual(withoutOrigins(parsed.cluster));
    const text = emitCluster(parsed.cluster);
    expect(text).toContain('ingress: []');
    expect(text).toContain('spec: {}');
    expect(text).toContain('podSelector: {}');
  });

  it('is deterministic and puts apiVersion, kind, metadata, spec first in a stable kind order', () => {
    const text = emitCluster(parsed.cluster);
    expect(emitCluster(parsed.cluster)).toBe(text);
    const kinds = [...text.matchAll(/^kind: (\w+)/gm)].map((m) => m[1]);
    expect(kinds).toEqual(['Namespace', 'Pod', 'CronJob', 'NetworkPolicy', 'PeerAuthentication', 'AuthorizationPolicy', 'AuthorizationPolicy', 'ConfigMap']);
    for (const doc of text.split('---\n').slice(0, -1))
      expect(
        doc
          .split('\n')
          .slice(0, 3)
          .map((l) => l.split(':')[0]),
      ).toEqual(['apiVersion', 'kind', 'metadata']);
  });

  it('writes unmodelled documents back verbatim', () => {
    expect(emitCluster(parsed.cluster)).toContain('metadata: {name: cm}\ndata: {a: "1"}\n');
  });

  it('keeps __proto__ label keys as data', () => {
    expect(emitCluster(parsed.cluster)).toContain('__proto__: x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
const labels = fc.dictionary(word, word, { maxKeys: 3 }).map((d) => Object.assign(Object.create(null) as Record<string, string>, d));
const selectorArb = fc.record(
  {
    matchLabels: labels,
    matchExpressions: fc.array(
      fc.oneof(
        fc.record({ key: word, operator: fc.constantFrom('In' as const, 'NotIn' as const), values: fc.array(word, { minLength: 1, maxLength: 2 }) }),
        fc.record({ key: word, operator: fc.constantFrom('Exists' as const, 'DoesNotExist' as const) }),
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);
const rule = fc.record(
  {
    peers: fc.array(
      fc.record({ podSelector: selectorArb, namespaceSelector: selectorArb }, { requiredKeys: [] }).filter((p) => Object.keys(p).length > 0),
      { maxLength: 2 },
    ),
    ports: fc.array(fc.record({ protocol: fc.constantFrom('TCP' as const, 'UDP' as const), port: fc.integer({ min: 1, max: 65535 }) }, { requiredKeys: [] }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const clusterArb = fc.record({
  workloads: fc.uniqueArray(
    fc.record({
      kind: fc.constantFrom('Pod' as const, 'Deployment' as const, 'StatefulSet' as const, 'Job' as const, 'CronJob' as const),
      namespace: word,
      name: word,
      labels,
      annotations: labels,
      serviceAccount: fc.oneof(fc.constant('default'), word),
      ports: fc.array(fc.record({ containerPort: fc.integer({ min: 1, max: 65535 }), protocol: fc.constantFrom('TCP' as const, 'UDP' as const, 'SCTP' as const) }), {
        maxLength: 2,
      }),
    }),
    { selector: (w) => `${w.namespace}/${w.name}`, maxLength: 4 },
  ),
  networkPolicies: fc.uniqueArray(
    fc.record(
      {
        namespace: word,
        name: word,
        podSelector: selectorArb,
        policyTypes: fc.subarray(['Ingress' as const, 'Egress' as const], { minLength: 1 }),
        ingress: fc.array(rule, { maxLength: 2 }),
        egress: fc.array(rule, { maxLength: 2 }),
      },
      { requiredKeys: ['namespace', 'name', 'podSelector'] },
    ),
    { selector: (n) => `${n.namespace}/${n.name}`, maxLength: 3 },
  ),
});

describe('round trip property', () => {
  it('parse(emit(cluster)) is the same model for generated clusters', () => {
    fc.assert(
      fc.property(clusterArb, (parts) => {
        const once = roundTrip({
          namespaces: [],
          serviceAccounts: [],
          services: [],
          peerAuthentications: [],
          authorizationPolicies: [],
          adminPolicies: [],
          unmodelled: [],
          ...parts,
        } as Cluster);
        expect(withoutOrigins(roundTrip(once))).toEqual(withoutOrigins(once));
        expect(once.workloads.length).toBe(parts.workloads.length);
        expect(once.networkPolicies.length).toBe(parts.networkPolicies.length);
      }),
      { numRuns: 150 },
    );
  });
});
