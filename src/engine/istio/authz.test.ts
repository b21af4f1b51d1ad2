import { describe, expect, it } from 'vitest';
import type { AuthorizationPolicy, AuthzRule } from '../../model';
import { type Ask, authz, istio, layerOf, meshed, notesOf, outside, passes, peerAuth, plain, workload } from './testing';

// The Istio task setup: httpbin and sleep with sidecars in foo, sleep in bar, sleep without sidecar in legacy.
const httpbin = meshed(workload('foo', 'httpbin', { sa: 'httpbin', ports: ['http:8000'] }));
const sleepFoo = meshed(workload('foo', 'sleep', { sa: 'sleep' }));
const sleepBar = meshed(workload('bar', 'sleep', { sa: 'sleep' }));
const sleepTest = meshed(workload('test', 'sleep', { sa: 'sleep' }));
const legacy = plain(workload('legacy', 'sleep'));
const tcpEcho = meshed(workload('foo', 'tcp-echo', { ports: ['tcp:9000', 'tcp-other:9001', 9002] }));

const run = (policies: AuthorizationPolicy[], src: Parameters<typeof istio>[1], dst: Parameters<typeof istio>[2], q: Ask) =>
  istio({ authorizationPolicies: policies }, src, dst, q);
const decision = (policies: AuthorizationPolicy[], src: Parameters<typeof istio>[1], dst: Parameters<typeof istio>[2], q: Ask) =>
  layerOf(run(policies, src, dst, q), 'authz').decision;
const get = (path: string): Ask => ({ port: 8000, method: 'GET', path });
const allow = (name: string, rules?: AuthzRule[], selector: Record<string, string> | undefined = { app: 'httpbin' }, ns = 'foo') =>
  authz(ns, name, { action: 'ALLOW', ...(selector ? { selector } : {}), ...(rules ? { rules } : {}) });
const deny = (name: string, rules: AuthzRule[], selector: Record<string, string> | undefined = { app: 'httpbin' }, ns = 'foo') =>
  authz(ns, name, { action: 'DENY', ...(selector ? { selector } : {}), rules });

describe('order: CUSTOM, then DENY, then ALLOW; AUDIT never decides', () => {
  it('allows when no AuthorizationPolicy applies', () => {
    expect(layerOf(run([], sleepFoo, httpbin, get('/ip')), 'authz')).toMatchObject({
      decision: 'allowed',
      reason: 'authz at foo/httpbin: allowed: no AuthorizationPolicy applies',
      policies: [],
    });
  });

  it('allow-nothing (`spec: {}`) denies everything and says why', () => {
    const a = layerOf(run([authz('foo', 'allow-nothing')], sleepFoo, httpbin, get('/ip')), 'authz');
    expect(a.decision).toBe('denied');
    expect(a.reason).toBe(
      'authz at foo/httpbin: denied: no ALLOW rule of foo/allow-nothing matches (foo/allow-nothing has no rules: it allows nothing (an ALLOW policy without rules matches nothing))',
    );
  });

  it('allow-all (`rules: [{}]`) allows everything, even plaintext TCP', () => {
    expect(decision([allow('allow-all', [{}], undefined)], legacy, httpbin, { port: 8000 })).toBe('allowed');
  });

  it('deny-all (`action: DENY, rules: [{}]`) beats allow-all', () => {
    const a = layerOf(run([allow('allow-all', [{}]), deny('deny-all', [{}])], sleepFoo, httpbin, get('/ip')), 'authz');
    expect(a).toMatchObject({
      decision: 'denied',
      reason: 'authz at foo/httpbin: denied by AuthorizationPolicy foo/deny-all rules[0] (DENY)',
      policies: [{ name: 'deny-all', rule: 'rules[0]' }],
    });
  });

  it('a DENY policy that does not match leaves ALLOW to decide', () => {
    expect(decision([deny('deny-post', [{ to: [{ operation: { methods: ['POST'] } }] }])], sleepFoo, httpbin, get('/ip'))).toBe('allowed');
    expect(layerOf(run([deny('deny-post', [{ to: [{ operation: { methods: ['POST'] } }] }])], sleepFoo, httpbin, get('/ip')), 'authz').reason).toBe(
      'authz at foo/httpbin: allowed: no DENY rule matches and no ALLOW AuthorizationPolicy applies',
    );
  });

  it('AUDIT never decides but is noted when it matches', () => {
    const audit = authz('foo', 'audit', { action: 'AUDIT', rules: [{}] });
    const r = run([audit], sleepFoo, httpbin, get('/ip'));
    expect(layerOf(r, 'authz').decision).toBe('allowed');
    expect(notesOf(r)).toContain('AUDIT AuthorizationPolicy foo/audit rules[0] matches: audit only, it never decides');
    expect(decision([audit, authz('foo', 'allow-nothing')], sleepFoo, httpbin, get('/ip'))).toBe('denied');
  });

  it('CUSTOM is reported as not evaluated, decides nothing, and DENY/ALLOW still apply', () => {
    const ext = authz('foo', 'ext-authz', { action: 'CUSTOM', provider: 'my-custom-authz', rules: [{ to: [{ operation: { paths: ['/admin/*'] } }] }] });
    const admin = layerOf(run([ext], sleepFoo, httpbin, get('/admin/users')), 'authz');
    expect(admin.decision).toBe('unknown');
    expect(admin.reason).toBe(
      'authz at foo/httpbin: CUSTOM AuthorizationPolicy foo/ext-authz rules[0] sends the request to external authorizer my-custom-authz, not evaluated; otherwise allowed: no ALLOW AuthorizationPolicy applies',
    );
    // Its rules do not match: no external call, plain allowed.
    expect(decision([ext], sleepFoo, httpbin, get('/ip'))).toBe('allowed');
    // DENY and ALLOW are evaluated after it and can still deny.
    const withDeny = run([ext, deny('deny-all', [{}])], sleepFoo, httpbin, get('/admin/x'));
    expect(layerOf(withDeny, 'authz').decision).toBe('denied');
    expect(notesOf(withDeny)).toContain(
      'CUSTOM AuthorizationPolicy foo/ext-authz rules[0] sends the request to external authorizer my-custom-authz, not evaluated; whatever it answers, the DENY policy denies',
    );
    expect(decision([ext, authz('foo', 'allow-nothing')], sleepFoo, httpbin, get('/admin/x'))).toBe('denied');
    const both = layerOf(run([ext, allow('allow-all', [{}])], sleepFoo, httpbin, get('/admin/x')), 'authz');
    expect(both.decision).toBe('unknown');
    expect(both.reason).toContain('otherwise allowed by AuthorizationPolicy foo/allow-all rules[0]');
    expect(passes(run([ext], sleepFoo, httpbin, get('/admin/x')))).toBe(true);
  });
});

describe('rules: from / to / when', () => {
  // The reference's first example: principal sleep OR namespace test; GET /info* OR POST /data.
  const httpbinPolicy = allow('httpbin', [
    {
      from: [{ source: { principals: ['cluster.local/ns/foo/sa/sleep'] } }, { source: { namespaces: ['test'] } }],
      to: [{ operation: { methods: ['GET'], paths: ['/info*'] } }, { operation: { methods: ['POST'], paths: ['/data'] } }],
    },
  ]);

  it.each([
    ['sleep GET /info', sleepFoo, 'GET', '/info', 'allowed'],
    ['sleep GET /information', sleepFoo, 'GET', '/information', 'allowed'],
    ['sleep POST /data', sleepFoo, 'POST', '/data', 'allowed'],
    ['sleep POST /info (method and path are ANDed)', sleepFoo, 'POST', '/info', 'denied'],
    ['sleep GET /data', sleepFoo, 'GET', '/data', 'denied'],
    ['namespace test GET /info (sources are ORed)', sleepTest, 'GET', '/info', 'allowed'],
    ['namespace bar GET /info', sleepBar, 'GET', '/info', 'denied'],
    ['plaintext from legacy GET /info', legacy, 'GET', '/info', 'denied'],
  ] as const)('%s → %s', (_name, src, method, path, want) => {
    expect(decision([httpbinPolicy], src, httpbin, { port: 8000, method, path })).toBe(want);
  });

  it('names policy, rule, principal and request when it allows', () => {
    expect(layerOf(run([httpbinPolicy], sleepFoo, httpbin, get('/info')), 'authz')).toMatchObject({
      reason: 'authz at foo/httpbin: allowed by AuthorizationPolicy foo/httpbin rules[0] (principal cluster.local/ns/foo/sa/sleep, GET /info)',
      policies: [{ kind: 'AuthorizationPolicy', namespace: 'foo', name: 'httpbin', rule: 'rules[0]' }],
    });
  });

  it('says the source has no mTLS identity when principals decided', () => {
    const r = run([httpbinPolicy], legacy, httpbin, get('/info'));
    expect(layerOf(r, 'authz').reason).toBe('authz at foo/httpbin: denied: no ALLOW rule of foo/httpbin matches (source has no mTLS identity)');
    expect(notesOf(r).join('\n')).toContain('principals and namespaces need mutual TLS');
  });

  it('DENY by notNamespaces (concepts page) denies other namespaces and every plaintext client', () => {
    const p = deny('httpbin-deny', [{ from: [{ source: { notNamespaces: ['foo'] } }] }]);
    expect(decision([p], sleepFoo, httpbin, get('/ip'))).toBe('allowed');
    expect(decision([p], sleepBar, httpbin, get('/ip'))).toBe('denied');
    const plaintext = layerOf(run([p], legacy, httpbin, get('/ip')), 'authz');
    expect(plaintext.decision).toBe('denied');
    expect(plaintext.reason).toContain('the source has no mTLS identity');
  });

  it('ALLOW by notNamespaces lets a plaintext client of the excluded namespace in (ISTIO-SECURITY-2021-004)', () => {
    const p = allow('allow-ns-not-foo', [{ from: [{ source: { notNamespaces: ['legacy'] } }] }]);
    expect(decision([p], legacy, httpbin, get('/ip'))).toBe('allowed');
    expect(decision([p], meshed(workload('legacy', 'sleep')), httpbin, get('/ip'))).toBe('denied');
  });

  it('principals ["*"] means any authenticated peer: it needs mTLS', () => {
    const p = allow('authn-only', [{ from: [{ source: { principals: ['*'] } }] }]);
    expect(decision([p], sleepBar, httpbin, get('/ip'))).toBe('allowed');
    expect(decision([p], legacy, httpbin, get('/ip'))).toBe('denied');
  });

  it('principals need the mTLS identity: a DISABLE destination sees none', () => {
    const p = allow('by-sa', [{ from: [{ source: { principals: ['cluster.local/ns/foo/sa/sleep'] } }] }]);
    const r = istio({ authorizationPolicies: [p], peerAuthentications: [peerAuth('foo', 'off', { mode: 'DISABLE' })] }, sleepFoo, httpbin, get('/ip'));
    expect(layerOf(r, 'authz').decision).toBe('denied');
    expect(layerOf(r, 'authz').reason).toContain('source has no mTLS identity');
  });

  it('namespaces accept wildcards', () => {
    expect(decision([allow('t', [{ from: [{ source: { namespaces: ['te*'] } }] }])], sleepTest, httpbin, get('/'))).toBe('allowed');
    expect(decision([allow('t', [{ from: [{ source: { namespaces: ['te*'] } }] }])], sleepBar, httpbin, get('/'))).toBe('denied');
  });

  it('fields of one source are ANDed', () => {
    const p = allow('and', [{ from: [{ source: { namespaces: ['foo'], notPrincipals: ['cluster.local/ns/foo/sa/sleep'] } }] }]);
    expect(decision([p], sleepFoo, httpbin, get('/'))).toBe('denied');
    expect(decision([p], meshed(workload('foo', 'other', { sa: 'other' })), httpbin, get('/'))).toBe('allowed');
  });

  it('from, to and when are ANDed', () => {
    const p = allow('all3', [{ from: [{ source: { namespaces: ['foo'] } }], to: [{ operation: { methods: ['GET'] } }], when: [{ key: 'destination.port', values: ['8000'] }] }]);
    expect(decision([p], sleepFoo, httpbin, get('/'))).toBe('allowed');
    expect(decision([p], sleepBar, httpbin, get('/'))).toBe('denied');
    expect(decision([p], sleepFoo, httpbin, { ...get('/'), method: 'PUT' })).toBe('denied');
    expect(decision([p], sleepFoo, httpbin, { ...get('/'), port: 9000 })).toBe('denied');
  });

  it('an empty list is no constraint (istiod skips fields without values)', () => {
    expect(decision([allow('empty', [{ from: [{ source: { principals: [] } }], to: [{ operation: { methods: [] } }] }])], legacy, httpbin, { port: 8000 })).toBe('allowed');
  });

  it('methods support wildcards like every string field', () => {
    const p = allow('m', [{ to: [{ operation: { methods: ['P*'] } }] }]);
    expect(decision([p], sleepFoo, httpbin, { port: 8000, method: 'PUT', path: '/' })).toBe('allowed');
    expect(decision([p], sleepFoo, httpbin, get('/'))).toBe('denied');
  });

  it('notPaths and notMethods negate', () => {
    const p = allow('n', [{ to: [{ operation: { notPaths: ['/admin*'], notMethods: ['DELETE'] } }] }]);
    expect(decision([p], sleepFoo, httpbin, get('/ip'))).toBe('allowed');
    expect(decision([p], sleepFoo, httpbin, get('/admin/x'))).toBe('denied');
    expect(decision([p], sleepFoo, httpbin, { port: 8000, method: 'DELETE', path: '/ip' })).toBe('denied');
  });

  it.each([
    ['source.namespace', ['foo'], sleepFoo, 'allowed'],
    ['source.namespace', ['foo'], sleepBar, 'denied'],
    ['source.principal', ['cluster.local/ns/bar/sa/sleep'], sleepBar, 'allowed'],
    ['source.principal', ['cluster.local/ns/bar/sa/sleep'], legacy, 'denied'],
    ['source.serviceAccount', ['sleep'], sleepFoo, 'allowed'], // namespace defaults to the policy's
    ['source.serviceAccount', ['sleep'], sleepBar, 'denied'],
    ['source.serviceAccount', ['bar/sleep'], sleepBar, 'allowed'],
    ['destination.port', ['8000'], sleepFoo, 'allowed'],
    ['destination.port', ['9000'], sleepFoo, 'denied'],
  ] as const)('when %s in %j from %s → %s', (key, values, src, want) => {
    expect(decision([allow('w', [{ when: [{ key, values: [...values] }] }])], src, httpbin, get('/'))).toBe(want);
  });

  it('when notValues negate, and match plaintext for identity keys', () => {
    const p = allow('w', [{ when: [{ key: 'source.namespace', notValues: ['bar'] }] }]);
    expect(decision([p], sleepFoo, httpbin, get('/'))).toBe('allowed');
    expect(decision([p], sleepBar, httpbin, get('/'))).toBe('denied');
    expect(decision([p], legacy, httpbin, get('/'))).toBe('allowed');
  });

  it('skips a rule with an unknown when key, for ALLOW and DENY alike (istiod: "unknown attribute")', () => {
    const bad: AuthzRule = { when: [{ key: 'source.labels[app]', values: ['x'] }] };
    const a = run([allow('a', [bad])], sleepFoo, httpbin, get('/'));
    expect(layerOf(a, 'authz').decision).toBe('denied');
    expect(layerOf(a, 'authz').reason).toContain('when key "source.labels[app]" is not an Istio attribute');
    expect(decision([deny('d', [bad])], sleepFoo, httpbin, get('/'))).toBe('allowed');
  });
});

describe('root namespace and selectors', () => {
  it('a root-namespace policy without selector applies to every workload of the mesh', () => {
    const root = authz('istio-system', 'allow-nothing');
    expect(decision([root], sleepFoo, httpbin, get('/'))).toBe('denied');
    expect(decision([root], sleepFoo, sleepBar, { port: 8080 })).toBe('denied');
  });

  it('a root-namespace policy with a selector applies to matching workloads in every namespace', () => {
    const root = deny('deny-v1', [{}], { version: 'v1' }, 'istio-system');
    const v1 = meshed(workload('bar', 'reviews', { labels: { version: 'v1' } }));
    const v2 = meshed(workload('bar', 'reviews-v2', { labels: { version: 'v2' } }));
    expect(decision([root], sleepFoo, v1, { port: 8080 })).toBe('denied');
    expect(decision([root], sleepFoo, v2, { port: 8080 })).toBe('allowed');
  });

  it('a policy elsewhere applies only in its own namespace, narrowed by its selector', () => {
    const p = authz('foo', 'allow-nothing', { selector: { app: 'httpbin' } });
    expect(decision([p], sleepFoo, httpbin, get('/'))).toBe('denied');
    expect(decision([p], sleepBar, sleepFoo, { port: 8080 })).toBe('allowed');
    expect(decision([p], sleepFoo, meshed(workload('bar', 'httpbin')), { port: 8080 })).toBe('allowed');
  });
});

describe('plain TCP (Authorization Policy for TCP traffic, tcp-echo)', () => {
  const tcpPolicy = (action: 'ALLOW' | 'DENY', operation: AuthzRule['to']) => authz('foo', 'tcp-policy', { selector: { app: 'tcp-echo' }, action, rules: [{ to: operation! }] });

  it('ALLOW ports 9000 and 9001: 9002 is denied', () => {
    const p = tcpPolicy('ALLOW', [{ operation: { ports: ['9000', '9001'] } }]);
    expect(decision([p], sleepFoo, tcpEcho, { port: 9000 })).toBe('allowed');
    expect(decision([p], sleepFoo, tcpEcho, { port: 9001 })).toBe('allowed');
    expect(decision([p], sleepFoo, tcpEcho, { port: 9002 })).toBe('denied');
  });

  it('ALLOW with methods on TCP never matches: 9000 is http-only, 9001 plainly denied', () => {
    const p = tcpPolicy('ALLOW', [{ operation: { methods: ['GET'], ports: ['9000'] } }]);
    const r9000 = run([p], sleepFoo, tcpEcho, { port: 9000 });
    expect(layerOf(r9000, 'authz').decision).toBe('denied');
    expect(r9000.httpOnly).toBe(true);
    expect(layerOf(r9000, 'authz').reason).toBe(
      'authz at foo/tcp-echo: allowed only for requests matching GET (AuthorizationPolicy foo/tcp-policy rules[0]); as a plain TCP connection no ALLOW rule of foo/tcp-policy matches, because ALLOW rules with HTTP-only fields never match TCP (give --method and --path)',
    );
    const r9001 = run([p], sleepFoo, tcpEcho, { port: 9001 });
    expect(layerOf(r9001, 'authz').decision).toBe('denied');
    expect(r9001.httpOnly).toBe(false);
  });

  it('a port named tcp… stays plain TCP even with a method and path', () => {
    const p = tcpPolicy('ALLOW', [{ operation: { methods: ['GET'], ports: ['9000'] } }]);
    const r = run([p], sleepFoo, tcpEcho, { port: 9000, method: 'GET', path: '/' });
    expect(r.httpOnly).toBe(true);
    expect(notesOf(r)).toContain('evaluated as a plain TCP connection: port 9000 is named "tcp", which Istio does not treat as HTTP');
  });

  it('an unnamed port is sniffed: a method and path make it HTTP', () => {
    const p = tcpPolicy('ALLOW', [{ operation: { methods: ['GET'] } }]);
    const r = run([p], sleepFoo, tcpEcho, { port: 9002, method: 'GET', path: '/' });
    expect(layerOf(r, 'authz').decision).toBe('allowed');
    expect(notesOf(r)).toContain('evaluated as the HTTP request GET / (port 9002 has no name: Istio detects HTTP by sniffing the protocol)');
  });

  it('port names are read case-insensitively', () => {
    const upper = meshed(workload('foo', 'tcp-echo', { ports: ['TCP-db:9000'] }));
    expect(run([tcpPolicy('ALLOW', [{ operation: { methods: ['GET'] } }])], sleepFoo, upper, { port: 9000, method: 'GET', path: '/' }).httpOnly).toBe(true);
  });

  it('DENY with methods on TCP drops them and denies every connection', () => {
    const p = tcpPolicy('DENY', [{ operation: { methods: ['GET'] } }]);
    for (const port of [9000, 9001]) {
      const a = layerOf(run([p], sleepFoo, tcpEcho, { port }), 'authz');
      expect(a.decision).toBe('denied');
      expect(a.reason).toBe(
        'authz at foo/tcp-echo: denied by AuthorizationPolicy foo/tcp-policy rules[0] (DENY): on a plain TCP connection its HTTP-only fields (methods) are ignored, so it matches on its other fields',
      );
    }
  });

  it('DENY with methods and ports on TCP denies that port only', () => {
    const p = tcpPolicy('DENY', [{ operation: { methods: ['GET'], ports: ['9000'] } }]);
    expect(decision([p], sleepFoo, tcpEcho, { port: 9000 })).toBe('denied');
    expect(decision([p], sleepFoo, tcpEcho, { port: 9001 })).toBe('allowed');
  });

  it('skips a whole ALLOW rule with an HTTP field anywhere, even in another `to` entry (istiod checkError)', () => {
    const p = tcpPolicy('ALLOW', [{ operation: { ports: ['9000'] } }, { operation: { methods: ['GET'] } }]);
    expect(decision([p], sleepFoo, tcpEcho, { port: 9000 })).toBe('denied');
  });

  it('MongoDB example: ALLOW by principal and port on plain TCP', () => {
    const mongo = meshed(workload('default', 'mongodb', { ports: ['mongo:27017'] }));
    const ratings = meshed(workload('default', 'ratings-v2', { sa: 'bookinfo-ratings-v2' }));
    const p = authz('default', 'mongodb-policy', {
      selector: { app: 'mongodb' },
      action: 'ALLOW',
      rules: [{ from: [{ source: { principals: ['cluster.local/ns/default/sa/bookinfo-ratings-v2'] } }], to: [{ operation: { ports: ['27017'] } }] }],
    });
    expect(layerOf(run([p], ratings, mongo, { port: 27017 }), 'authz').reason).toBe(
      'authz at default/mongodb: allowed by AuthorizationPolicy default/mongodb-policy rules[0] (principal cluster.local/ns/default/sa/bookinfo-ratings-v2, TCP port 27017)',
    );
    expect(decision([p], sleepFoo, mongo, { port: 27017 })).toBe('denied');
  });

  it('HTTP-only when keys: ALLOW never matches TCP, DENY drops them', () => {
    const rule: AuthzRule = { when: [{ key: 'request.headers[x-token]', values: ['secret'] }] };
    const a = run([allow('hdr', [rule], { app: 'tcp-echo' })], sleepFoo, tcpEcho, { port: 9000 });
    expect(layerOf(a, 'authz').decision).toBe('denied');
    expect(layerOf(a, 'authz').reason).toContain('ALLOW rules with HTTP-only fields never match a plain TCP connection (foo/hdr rules[0])');
    expect(decision([deny('hdr', [rule], { app: 'tcp-echo' })], sleepFoo, tcpEcho, { port: 9000 })).toBe('denied');
  });

  it('is http-only only when a method and path would let the request in (not for Host, headers or JWT)', () => {
    const http = meshed(workload('foo', 'web', { ports: ['http:8080'] }));
    const only = (rule: AuthzRule) => run([allow('p', [rule], { app: 'web' })], sleepFoo, http, { port: 8080 }).httpOnly;
    expect(only({ to: [{ operation: { methods: ['GET'], notPaths: ['/admin*'] } }] })).toBe(true);
    expect(only({ to: [{ operation: { methods: ['GET'] } }], when: [{ key: 'request.headers[x-token]', values: ['s'] }] })).toBe(false);
    expect(only({ to: [{ operation: { hosts: ['web.foo.svc.cluster.local'] } }] })).toBe(false);
    expect(only({ from: [{ source: { requestPrincipals: ['*'] } }] })).toBe(false);
    expect(only({ from: [{ source: { principals: ['cluster.local/ns/bar/sa/sleep'] } }], to: [{ operation: { methods: ['GET'] } }] })).toBe(false);
  });

  it('a method without a path is still plain TCP, and says so', () => {
    const r = run([allow('m', [{ to: [{ operation: { methods: ['GET'] } }] }])], sleepFoo, httpbin, { port: 8000, method: 'GET' });
    expect(r.httpOnly).toBe(true);
    expect(notesOf(r)).toContain('evaluated as a plain TCP connection: an HTTP request needs both a method and a path');
  });

  it('the matrix’s “any port” matches no listed port', () => {
    const p = tcpPolicy('ALLOW', [{ operation: { ports: ['9000'] } }]);
    expect(decision([p], sleepFoo, tcpEcho, { port: 0 })).toBe('denied');
    expect(decision([tcpPolicy('ALLOW', [{ operation: { notPorts: ['9000'] } }])], sleepFoo, tcpEcho, { port: 0 })).toBe('allowed');
    expect(layerOf(run([allow('all', [{}], { app: 'tcp-echo' })], sleepFoo, tcpEcho, { port: 0 }), 'authz').reason).toContain('TCP any port');
  });
});

describe('attributes the query does not give', () => {
  const podWithIp = meshed(workload('bar', 'client', { podIP: '10.1.2.3' }));

  it('ipBlocks match outside addresses and pods with status.podIP', () => {
    const p = allow('ip', [{ from: [{ source: { ipBlocks: ['203.0.113.0/24', '10.1.2.3'] } }] }]);
    expect(decision([p], outside('203.0.113.7'), httpbin, get('/'))).toBe('allowed');
    expect(decision([p], outside('198.51.100.1'), httpbin, get('/'))).toBe('denied');
    expect(decision([p], podWithIp, httpbin, get('/'))).toBe('allowed');
  });

  it('an unknown pod IP never satisfies ALLOW, not even through notIpBlocks', () => {
    const inBlock = layerOf(run([allow('ip', [{ from: [{ source: { ipBlocks: ['10.0.0.0/8'] } }] }])], sleepFoo, httpbin, get('/')), 'authz');
    expect(inBlock.decision).toBe('denied');
    expect(inBlock.reason).toContain('foo/ip rules[0] would need the source IP (the pod has no status.podIP in the manifests), which the query does not give');
    expect(decision([allow('ip', [{ from: [{ source: { notIpBlocks: ['10.0.0.0/8'] } }] }])], sleepFoo, httpbin, get('/'))).toBe('denied');
  });

  it('a DENY on ipBlocks denies a pod of unknown IP, saying it assumed the match', () => {
    const a = layerOf(run([deny('block', [{ from: [{ source: { ipBlocks: ['203.0.113.0/24'] } }] }])], sleepFoo, httpbin, get('/')), 'authz');
    expect(a.decision).toBe('denied');
    expect(a.reason).toContain('assuming the source IP (the pod has no status.podIP in the manifests) matches');
    // A known address outside the block is not denied.
    expect(decision([deny('block', [{ from: [{ source: { ipBlocks: ['203.0.113.0/24'] } }] }])], podWithIp, httpbin, get('/'))).toBe('allowed');
  });

  it('remoteIpBlocks use the connection source and note X-Forwarded-For', () => {
    const r = run([allow('r', [{ from: [{ source: { remoteIpBlocks: ['203.0.113.0/24'] } }] }])], outside('203.0.113.7'), httpbin, get('/'));
    expect(layerOf(r, 'authz').decision).toBe('allowed');
    expect(notesOf(r).join('\n')).toContain('X-Forwarded-For');
  });

  it('invalid CIDRs: an ALLOW rule is skipped, a DENY rule drops the value', () => {
    const a = layerOf(run([allow('bad', [{ from: [{ source: { ipBlocks: ['not-an-ip', '203.0.113.0/24'] } }] }])], outside('203.0.113.7'), httpbin, get('/')), 'authz');
    expect(a.decision).toBe('denied');
    expect(a.reason).toContain('has a value istiod cannot use (not-an-ip)');
    expect(decision([deny('bad', [{ from: [{ source: { ipBlocks: ['not-an-ip', '198.51.100.0/24'] } }] }])], outside('203.0.113.7'), httpbin, get('/'))).toBe('allowed');
  });

  it('hosts depend on the Host header: ALLOW does not match, DENY is taken to match', () => {
    const a = layerOf(run([allow('h', [{ to: [{ operation: { hosts: ['httpbin.foo.svc.cluster.local'] } }] }])], sleepFoo, httpbin, get('/')), 'authz');
    expect(a.decision).toBe('denied');
    expect(a.reason).toContain('would need the Host header');
    const d = layerOf(run([deny('h', [{ to: [{ operation: { hosts: ['evil.example.com'] } }] }])], sleepFoo, httpbin, get('/')), 'authz');
    expect(d.decision).toBe('denied');
    expect(d.reason).toContain('assuming the Host header matches');
  });

  it('request headers on HTTP are unknown', () => {
    const rule: AuthzRule = { when: [{ key: 'request.headers[version]', values: ['v1', 'v2'] }] };
    expect(decision([allow('hdr', [rule])], sleepFoo, httpbin, get('/'))).toBe('denied');
    expect(decision([deny('hdr', [rule])], sleepFoo, httpbin, get('/'))).toBe('denied');
  });

  it('no JWT: requestPrincipals never match, notRequestPrincipals always do (enable-jwt-for-admin example)', () => {
    expect(decision([allow('jwt', [{ from: [{ source: { requestPrincipals: ['*'] } }] }])], sleepFoo, httpbin, get('/'))).toBe('denied');
    const adminDeny = deny('enable-jwt-for-admin', [{ to: [{ operation: { paths: ['/admin'] } }], from: [{ source: { notRequestPrincipals: ['*'] } }] }]);
    expect(decision([adminDeny], sleepFoo, httpbin, get('/admin'))).toBe('denied');
    expect(decision([adminDeny], sleepFoo, httpbin, get('/ip'))).toBe('allowed');
    const r = run([allow('claims', [{ when: [{ key: 'request.auth.claims[iss]', values: ['https://accounts.google.com'] }] }])], sleepFoo, httpbin, get('/'));
    expect(layerOf(r, 'authz').decision).toBe('denied');
    expect(notesOf(r).join('\n')).toContain('RequestAuthentication is not modelled');
  });

  it('destination.ip compares with the destination pod IP when known', () => {
    const dst = meshed(workload('foo', 'httpbin', { podIP: '10.0.0.5', ports: ['http:8000'] }));
    expect(decision([allow('d', [{ when: [{ key: 'destination.ip', values: ['10.0.0.0/24'] }] }])], sleepFoo, dst, get('/'))).toBe('allowed');
    expect(decision([allow('d', [{ when: [{ key: 'destination.ip', values: ['10.0.0.0/24'] }] }])], sleepFoo, httpbin, get('/'))).toBe('denied');
  });
});
