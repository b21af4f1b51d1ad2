import { describe, expect, it } from 'vitest';
import { engineFrom, namespace, pod, verdict } from '../testing/yaml';

const mesh = namespace('shop', { 'istio-injection': 'enabled' }) + namespace('order', { 'istio-injection': 'enabled' }) + namespace('legacy');
const pods =
  pod('shop', 'payment', { sa: 'payment', ports: ['http:8080', 'tcp-db:5432'] }) +
  pod('order', 'order', { sa: 'order-service' }) +
  pod('shop', 'web', { sa: 'web' }) +
  pod('legacy', 'old') +
  pod('shop', 'nosidecar', { labels: { 'sidecar.istio.io/inject': 'false' } });
const strictMesh = `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: default, namespace: istio-system}
spec: {mtls: {mode: STRICT}}
---
`;
const paymentPolicy = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: payment-allow, namespace: shop}
spec:
  selector: {matchLabels: {app: payment}}
  action: ALLOW
  rules:
  - from: [{source: {principals: [cluster.local/ns/order/sa/order-service]}}]
    to: [{operation: {methods: [POST], paths: [/api/payments]}}]
---
`;

describe('PeerAuthentication', () => {
  it('mesh-wide STRICT rejects a client without sidecar before authorization', () => {
    const e = engineFrom(mesh + pods + strictMesh);
    const v = verdict(e, { from: 'legacy/old', to: 'shop/payment', port: 8080 });
    expect(v.allowed).toBe(false);
    const m = v.layers.find((l) => l.layer === 'mtls')!;
    expect(m.decision).toBe('denied');
    expect(m.reason).toContain('PeerAuthentication istio-system/default sets STRICT');
    expect(v.layers.find((l) => l.layer === 'authz')!.decision).toBe('skipped');
    expect(verdict(e, { from: 'shop/nosidecar', to: 'shop/payment', port: 8080 }).allowed).toBe(false);
    expect(verdict(e, { from: '8.8.8.8', to: 'shop/payment', port: 8080 }).allowed).toBe(false);
    expect(verdict(e, { from: 'order/order', to: 'shop/payment', port: 8080 }).allowed).toBe(true);
  });

  it('workload level beats namespace level beats mesh level; UNSET inherits; portLevelMtls on selector policies', () => {
    const policies = `${strictMesh}apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: ns, namespace: shop}
spec: {mtls: {mode: PERMISSIVE}}
---
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: pay, namespace: shop}
spec: {selector: {matchLabels: {app: payment}}, mtls: {mode: UNSET}, portLevelMtls: {5432: {mode: STRICT}}}
`;
    const e = engineFrom(mesh + pods + policies);
    // payment: workload policy UNSET → namespace PERMISSIVE on 8080, STRICT on 5432 by port level.
    expect(verdict(e, { from: 'legacy/old', to: 'shop/payment', port: 8080 }).allowed).toBe(true);
    const v = verdict(e, { from: 'legacy/old', to: 'shop/payment', port: 5432 });
    expect(v.allowed).toBe(false);
    expect(v.layers.find((l) => l.layer === 'mtls')!.policies[0]).toMatchObject({ name: 'pay', rule: 'portLevelMtls[5432]' });
    // web: namespace PERMISSIVE overrides mesh STRICT.
    expect(verdict(e, { from: 'legacy/old', to: 'shop/web', port: 8080 }).allowed).toBe(true);
    // order namespace: mesh STRICT.
    expect(verdict(e, { from: 'legacy/old', to: 'order/order', port: 8080 }).allowed).toBe(false);
  });

  it('UDP is not proxied: only NetworkPolicy decides', () => {
    const e = engineFrom(mesh + pods + strictMesh);
    expect(verdict(e, { from: 'legacy/old', to: 'shop/payment', port: 8080, protocol: 'UDP' }).allowed).toBe(true);
  });
});

describe('AuthorizationPolicy', () => {
  it('ALLOW by principal, method and path; others denied', () => {
    const e = engineFrom(mesh + pods + strictMesh + paymentPolicy);
    const ok = verdict(e, { from: 'order/order', to: 'shop/payment', port: 8080, method: 'POST', path: '/api/payments' });
    expect(ok.allowed).toBe(true);
    expect(ok.layers.find((l) => l.layer === 'authz')!.reason).toContain('allowed by AuthorizationPolicy shop/payment-allow rules[0]');
    expect(verdict(e, { from: 'order/order', to: 'shop/payment', port: 8080, method: 'GET', path: '/api/payments' }).allowed).toBe(false);
    expect(verdict(e, { from: 'shop/web', to: 'shop/payment', port: 8080, method: 'POST', path: '/api/payments' }).allowed).toBe(false);
  });

  it('a plain TCP query against an HTTP-only ALLOW rule is http-only, with the reason saying so', () => {
    const e = engineFrom(mesh + pods + strictMesh + paymentPolicy);
    const v = verdict(e, { from: 'order/order', to: 'shop/payment', port: 8080 });
    expect(v.allowed).toBe(false);
    expect(v.kind).toBe('http-only');
    expect(v.reasons.join('\n')).toContain('give --method and --path');
    expect(v.reasons.join('\n')).toContain('plain TCP');
    // A source that would not match even with HTTP fields is simply denied.
    expect(verdict(e, { from: 'shop/web', to: 'shop/payment', port: 8080 }).kind).toBe('denied');
  });

  it('a port named tcp-… is never HTTP, even with a method and path', () => {
    const e = engineFrom(mesh + pods + strictMesh + paymentPolicy);
    expect(verdict(e, { from: 'order/order', to: 'shop/payment', port: 5432, method: 'POST', path: '/api/payments' }).kind).toBe('http-only');
  });

  it('DENY with methods on plain TCP drops the HTTP field and denies every connection', () => {
    const deny = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: deny-get, namespace: shop}
spec: {selector: {matchLabels: {app: web}}, action: DENY, rules: [{to: [{operation: {methods: [GET]}}]}]}
`;
    const e = engineFrom(mesh + pods + deny);
    expect(verdict(e, { from: 'order/order', to: 'shop/web', port: 8080 }).allowed).toBe(false);
    expect(verdict(e, { from: 'order/order', to: 'shop/web', port: 8080, method: 'POST', path: '/' }).allowed).toBe(true);
    expect(verdict(e, { from: 'order/order', to: 'shop/web', port: 8080, method: 'GET', path: '/' }).allowed).toBe(false);
  });

  it('spec: {} allows nothing; a rule {} matches everything', () => {
    const none = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: allow-nothing, namespace: shop}
spec: {}
`;
    const e = engineFrom(mesh + pods + none);
    const v = verdict(e, { from: 'order/order', to: 'shop/web', port: 8080 });
    expect(v.allowed).toBe(false);
    expect(v.layers.find((l) => l.layer === 'authz')!.reason).toContain('allows nothing');
    const all = none.replace('spec: {}', 'spec: {rules: [{}]}');
    expect(verdict(engineFrom(mesh + pods + all), { from: 'legacy/old', to: 'shop/web', port: 8080 }).allowed).toBe(true);
  });

  it('DENY by notNamespaces applies to plaintext clients too (no identity means no namespace)', () => {
    const deny = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: only-shop, namespace: shop}
spec: {action: DENY, rules: [{from: [{source: {notNamespaces: [shop]}}]}]}
`;
    const e = engineFrom(mesh + pods + deny);
    expect(verdict(e, { from: 'order/order', to: 'shop/web', port: 8080 }).allowed).toBe(false);
    expect(verdict(e, { from: 'legacy/old', to: 'shop/web', port: 8080 }).allowed).toBe(false);
    expect(verdict(e, { from: 'shop/payment', to: 'shop/web', port: 8080 }).allowed).toBe(true);
  });

  it('root-namespace policies apply mesh-wide; a selector there applies in every namespace', () => {
    const root = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: deny-payment-5432, namespace: istio-system}
spec: {selector: {matchLabels: {app: payment}}, action: DENY, rules: [{to: [{operation: {ports: ["5432"]}}]}]}
`;
    const e = engineFrom(mesh + pods + root);
    expect(verdict(e, { from: 'order/order', to: 'shop/payment', port: 5432 }).allowed).toBe(false);
    expect(verdict(e, { from: 'order/order', to: 'shop/payment', port: 8080 }).allowed).toBe(true);
  });

  it('CUSTOM is reported as not evaluated and never decides; AUDIT never decides', () => {
    const custom = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: ext, namespace: shop}
spec: {action: CUSTOM, provider: {name: opa}, rules: [{}]}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: audit, namespace: shop}
spec: {action: AUDIT, rules: [{}]}
`;
    const v = verdict(engineFrom(mesh + pods + custom), { from: 'order/order', to: 'shop/web', port: 8080 });
    expect(v.allowed).toBe(true);
    const a = v.layers.find((l) => l.layer === 'authz')!;
    expect(a.decision).toBe('unknown');
    expect(a.reason).toContain('external authorizer opa, not evaluated');
  });

  it('paths: exact, prefix and suffix', () => {
    const p = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: paths, namespace: shop}
spec: {selector: {matchLabels: {app: web}}, rules: [{to: [{operation: {paths: [/exact, /api/*, "*.js"]}}]}]}
`;
    const e = engineFrom(mesh + pods + p);
    const ok = (path: string) => verdict(e, { from: 'order/order', to: 'shop/web', port: 8080, method: 'GET', path }).allowed;
    expect([ok('/exact'), ok('/exact/x'), ok('/api/v1'), ok('/app.js'), ok('/app.css')]).toEqual([true, false, true, true, false]);
  });

  it('principals need mTLS: a DISABLE destination sees no identity', () => {
    const p = `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: off, namespace: shop}
spec: {mtls: {mode: DISABLE}}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: by-sa, namespace: shop}
spec: {selector: {matchLabels: {app: web}}, rules: [{from: [{source: {principals: ["cluster.local/ns/order/sa/order-service"]}}]}]}
`;
    const v = verdict(engineFrom(mesh + pods + p), { from: 'order/order', to: 'shop/web', port: 8080 });
    expect(v.allowed).toBe(false);
    expect(v.layers.find((l) => l.layer === 'authz')!.reason).toContain('no mTLS identity');
  });

  it('ipBlocks match outside addresses; unknown pod IPs are not matched and said so', () => {
    const p = `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: by-ip, namespace: shop}
spec: {selector: {matchLabels: {app: web}}, rules: [{from: [{source: {ipBlocks: ["203.0.113.0/24"]}}]}]}
`;
    const e = engineFrom(mesh + pods + p);
    expect(verdict(e, { from: '203.0.113.7', to: 'shop/web', port: 8080 }).allowed).toBe(true);
    expect(verdict(e, { from: '198.51.100.1', to: 'shop/web', port: 8080 }).allowed).toBe(false);
    const v = verdict(e, { from: 'order/order', to: 'shop/web', port: 8080 });
    expect(v.allowed).toBe(false);
    expect(v.reasons.join('\n')).toContain('no status.podIP');
  });
});
