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

  it('gives Istio policies their API versions and enums', () => {
    const authz = KIND_SCHEMAS.find((s) => (s as S).properties!.kind!.const === 'AuthorizationPolicy') as S;
    expect(authz.properties!.apiVersion!.enum).toEqual(['security.istio.io/v1', 'security.istio.io/v1beta1']);
    expect(authz.properties!.spec!.properties!.action!.enum).toEqual(['ALLOW', 'DENY', 'AUDIT', 'CUSTOM']);
  });
});
