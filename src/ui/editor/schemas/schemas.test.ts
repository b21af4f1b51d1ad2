import { describe, expect, it } from 'vitest';
import { KIND_SCHEMAS, KNOWN_KINDS, manifestSchema } from './index';
import { networkPolicySpec } from './networkPolicy';

type S = Record<string, unknown> & { properties?: Record<string, S>; items?: S; allOf?: Array<{ if: S; then: S }> };

describe('manifest schema', () => {
  it('routes every known kind to its own schema by `kind`', () => {
    const all = (manifestSchema as S).allOf!;
    expect(all.map((c) => (c.if.properties!.kind as S).const)).toEqual([...KNOWN_KINDS]);
    for (const k of ['NetworkPolicy', 'PeerAuthentication', 'AuthorizationPolicy', 'Namespace', 'Pod', 'Deployment']) {
      expect(KNOWN_KINDS).toContain(k);
    }
  });

  it('is plain JSON (it is posted to the YAML worker)', () => {
    expect(JSON.parse(JSON.stringify(manifestSchema))).toEqual(manifestSchema);
  });

  it('rejects unknown NetworkPolicy fields, so a typo like `ingres` becomes a marker', () => {
    const spec = networkPolicySpec as S;
    expect(spec.additionalProperties).toBe(false);
    expect(Object.keys(spec.properties!)).toEqual(['podSelector', 'policyTypes', 'ingress', 'egress']);
    const peer = spec.properties!.ingress!.items!.properties!.from!.items!;
    expect(peer.additionalProperties).toBe(false);
    expect(Object.keys(peer.properties!)).toEqual(['podSelector', 'namespaceSelector', 'ipBlock']);
  });

  it('keeps workload kinds open, so real manifests with fields we do not model raise no markers', () => {
    const deployment = KIND_SCHEMAS.find((s) => (s as S).properties!.kind!.const === 'Deployment') as S;
    expect(deployment.additionalProperties).toBe(true);
  });

  it('knows the admin kinds with upstream field names (v1alpha1 ports, v1alpha2 protocols)', () => {
    const cnp = KIND_SCHEMAS.find((s) => (s as S).properties!.kind!.const === 'ClusterNetworkPolicy') as S;
    const rule = cnp.properties!.spec!.properties!.egress!.items!;
    expect(Object.keys(rule.properties!)).toEqual(['name', 'action', 'to', 'protocols']);
    expect(Object.keys(rule.properties!.to!.items!.properties!)).toEqual(['namespaces', 'pods', 'networks', 'nodes', 'domainNames']);
    const anp = KIND_SCHEMAS.find((s) => (s as S).properties!.kind!.const === 'AdminNetworkPolicy') as S;
    expect(Object.keys(anp.properties!.spec!.properties!.ingress!.items!.properties!.ports!.items!.properties!)).toEqual(['portNumber', 'namedPort', 'portRange']);
  });

  it('gives Istio policies their API versions and enums', () => {
    const authz = KIND_SCHEMAS.find((s) => (s as S).properties!.kind!.const === 'AuthorizationPolicy') as S;
    expect(authz.properties!.apiVersion!.enum).toEqual(['security.istio.io/v1', 'security.istio.io/v1beta1']);
    expect(authz.properties!.spec!.properties!.action!.enum).toEqual(['ALLOW', 'DENY', 'AUDIT', 'CUSTOM']);
  });
});

describe('admin kinds against the schema', () => {
  it('the example "platform guardrails" and printed ANP/BANP raise no markers; a typo does', async () => {
    const { default: Ajv } = await import('ajv');
    const { parseAllDocuments } = await import('yaml');
    const { platformGuardrails } = await import('../../../examples/platform-guardrails');
    // ajv 6 comes with ESLint (a dev dependency); it reads the draft-07 if/then and const the schema uses.
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(manifestSchema);
    const anp = `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: a}
spec:
  priority: 1
  subject: {pods: {namespaceSelector: {}, podSelector: {}}}
  egress: [{action: Deny, to: [{networks: [10.0.0.0/8]}], ports: [{portRange: {protocol: UDP, start: 1, end: 9}}]}]
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec: {subject: {namespaces: {}}, ingress: [{action: Allow, from: [{namespaces: {}}], ports: [{portNumber: {port: 80}}, {namedPort: http}]}]}
`;
    for (const doc of parseAllDocuments(platformGuardrails.manifests + '---\n' + anp)) {
      const value = doc.toJS();
      if (value) expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    }
    const typo = parseAllDocuments(anp)[0]!.toJS();
    typo.spec.egress[0].acton = 'Deny';
    expect(validate(typo)).toBe(false);
  });
});
