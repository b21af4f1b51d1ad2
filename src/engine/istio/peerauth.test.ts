import { describe, expect, it } from 'vitest';
import type { MtlsMode, PeerAuthentication } from '../../model';
import { istio, layerOf, meshed, notesOf, outside, peerAuth, plain, workload } from './testing';

const finance = workload('foo', 'finance', { ports: ['http:8080', 'tcp-db:5432', 9000] });
const sleepMeshed = meshed(workload('foo', 'sleep', { sa: 'sleep' }));
const legacy = plain(workload('legacy', 'sleep'));

const mesh = (mode?: MtlsMode, extra: Partial<Parameters<typeof peerAuth>[2]> = {}) => peerAuth('istio-system', 'default', { ...(mode ? { mode } : {}), ...extra });
const ns = (mode?: MtlsMode, extra: Partial<Parameters<typeof peerAuth>[2]> = {}) => peerAuth('foo', 'ns', { ...(mode ? { mode } : {}), ...extra });
const wl = (mode?: MtlsMode, ports?: Record<string, MtlsMode>) =>
  peerAuth('foo', 'finance', { selector: { app: 'finance' }, ...(mode ? { mode } : {}), ...(ports ? { ports } : {}) });

/** The effective mode as seen by a plaintext client: STRICT denies it, otherwise the reason names the mode. */
function modeFor(policies: PeerAuthentication[], port = 8080): string {
  const m = layerOf(istio({ peerAuthentications: policies }, legacy, meshed(finance), { port }), 'mtls');
  if (m.decision === 'denied') return 'STRICT';
  return /sets (STRICT|PERMISSIVE|DISABLE)|(PERMISSIVE) by default/.exec(m.reason)!.slice(1).find(Boolean)!;
}

describe('PeerAuthentication precedence (workload > namespace > mesh; UNSET inherits; nothing = PERMISSIVE)', () => {
  it.each([
    ['nothing anywhere', [], 'PERMISSIVE'],
    ['mesh STRICT', [mesh('STRICT')], 'STRICT'],
    ['mesh STRICT, namespace PERMISSIVE', [mesh('STRICT'), ns('PERMISSIVE')], 'PERMISSIVE'],
    ['mesh PERMISSIVE, namespace STRICT', [mesh('PERMISSIVE'), ns('STRICT')], 'STRICT'],
    ['namespace STRICT, workload DISABLE', [ns('STRICT'), wl('DISABLE')], 'DISABLE'],
    ['mesh STRICT, namespace UNSET → mesh', [mesh('STRICT'), ns('UNSET')], 'STRICT'],
    ['mesh STRICT, namespace without mtls → mesh', [mesh('STRICT'), ns()], 'STRICT'],
    ['namespace DISABLE, workload UNSET → namespace', [ns('DISABLE'), wl('UNSET')], 'DISABLE'],
    ['mesh STRICT, namespace UNSET, workload UNSET → mesh', [mesh('STRICT'), ns('UNSET'), wl('UNSET')], 'STRICT'],
    ['everything UNSET → PERMISSIVE', [mesh('UNSET'), ns('UNSET'), wl('UNSET')], 'PERMISSIVE'],
    ['workload STRICT beats namespace and mesh PERMISSIVE', [mesh('PERMISSIVE'), ns('PERMISSIVE'), wl('STRICT')], 'STRICT'],
  ] as const)('%s → %3$s', (_name, policies, want) => {
    expect(modeFor([...policies])).toBe(want);
  });

  it.each([
    ['port-level DISABLE overrides workload STRICT on that port only', [wl('STRICT', { '9000': 'DISABLE' })], 9000, 'DISABLE'],
    ['… and not on other ports', [wl('STRICT', { '9000': 'DISABLE' })], 8080, 'STRICT'],
    ['port-level STRICT under workload UNSET (docs example) over namespace PERMISSIVE', [ns('PERMISSIVE'), wl('UNSET', { '5432': 'STRICT' })], 5432, 'STRICT'],
    ['port-level UNSET inherits the workload-resolved mode', [mesh('STRICT'), wl('UNSET', { '5432': 'UNSET' })], 5432, 'STRICT'],
    ['port-level on a namespace-wide policy is ignored', [ns('PERMISSIVE', { ports: { '5432': 'STRICT' } })], 5432, 'PERMISSIVE'],
    ['port-level on a mesh-wide policy is ignored', [mesh('STRICT', { ports: { '9000': 'DISABLE' } })], 9000, 'STRICT'],
    ['portLevelMtls is keyed by the container port number', [wl('PERMISSIVE', { '8080': 'STRICT' })], 8080, 'STRICT'],
  ] as const)('%s', (_name, policies, port, want) => {
    expect(modeFor([...policies], port)).toBe(want);
  });

  it('says why a port-level setting on a policy without selector is ignored', () => {
    const r = istio({ peerAuthentications: [ns('PERMISSIVE', { ports: { '5432': 'STRICT' } })] }, legacy, meshed(finance), { port: 5432 });
    expect(notesOf(r).join('\n')).toContain('without a workload selector: Istio ignores port-level settings there');
  });

  it('names the port-level rule that decided', () => {
    const m = layerOf(istio({ peerAuthentications: [ns('PERMISSIVE'), wl('UNSET', { '5432': 'STRICT' })] }, legacy, meshed(finance), { port: 5432 }), 'mtls');
    expect(m.policies).toEqual([{ kind: 'PeerAuthentication', namespace: 'foo', name: 'finance', rule: 'portLevelMtls[5432]' }]);
    expect(m.reason).toBe('mtls at foo/finance: denied: PeerAuthentication foo/finance portLevelMtls[5432] sets STRICT and legacy/sleep has no sidecar (plaintext)');
  });

  it('says which UNSET settings inherited', () => {
    const m = layerOf(istio({ peerAuthentications: [mesh('STRICT'), ns('UNSET')] }, legacy, meshed(finance), { port: 8080 }), 'mtls');
    expect(m.reason).toContain('PeerAuthentication istio-system/default sets STRICT (foo/ns is UNSET and inherits)');
  });

  it('ignores a root-namespace policy with a selector, and says so', () => {
    const rootSel = peerAuth('istio-system', 'finance-strict', { selector: { app: 'finance' }, mode: 'STRICT' });
    const r = istio({ peerAuthentications: [rootSel] }, legacy, meshed(finance), { port: 8080 });
    expect(layerOf(r, 'mtls').decision).toBe('allowed');
    expect(notesOf(r).join('\n')).toContain('has a workload selector in the root namespace istio-system: Istio ignores it');
    // Also for workloads living in the root namespace itself.
    const gw = workload('istio-system', 'gateway', { labels: { app: 'finance' } });
    expect(layerOf(istio({ peerAuthentications: [rootSel] }, legacy, meshed(gw), { port: 8080 }), 'mtls').decision).toBe('allowed');
  });

  it('treats a selector without labels as namespace-wide (no port-level settings)', () => {
    const empty = peerAuth('foo', 'empty', { selector: {}, mode: 'PERMISSIVE', ports: { '8080': 'STRICT' } });
    expect(modeFor([mesh('STRICT'), empty], 8080)).toBe('PERMISSIVE');
  });

  it('notes several policies at one level as implementation-defined and takes the first in the manifests', () => {
    const a = peerAuth('foo', 'a', { mode: 'STRICT' });
    const b = peerAuth('foo', 'b', { mode: 'PERMISSIVE' });
    const r = istio({ peerAuthentications: [a, b] }, legacy, meshed(finance), { port: 8080 });
    expect(layerOf(r, 'mtls').decision).toBe('denied');
    expect(notesOf(r).join('\n')).toMatch(
      /several namespace-level PeerAuthentications apply to foo\/finance \(foo\/a, foo\/b\): Istio uses the oldest.*implementation-defined.*took foo\/a/,
    );
  });

  it('only applies a namespace policy in its own namespace', () => {
    const other = workload('bar', 'finance');
    expect(layerOf(istio({ peerAuthentications: [ns('STRICT'), wl('STRICT')] }, legacy, meshed(other), { port: 8080 }), 'mtls').decision).toBe('allowed');
  });
});

describe('when the connection is mutual TLS', () => {
  const strict = { peerAuthentications: [mesh('STRICT')] };

  it('accepts a client with a sidecar under STRICT, as mutual TLS', () => {
    const m = layerOf(istio(strict, sleepMeshed, meshed(finance), { port: 8080 }), 'mtls');
    expect(m.decision).toBe('allowed');
    expect(m.reason).toBe('mtls at foo/finance: allowed: PeerAuthentication istio-system/default sets STRICT; mutual TLS (both sides have sidecars)');
  });

  it.each([
    ['a pod without sidecar', legacy, 'legacy/sleep has no sidecar'],
    ['an address outside the cluster', outside('203.0.113.9'), '203.0.113.9 is outside the cluster'],
    ['a hostNetwork pod', plain(workload('kube-system', 'agent', { hostNetwork: true })), 'kube-system/agent uses the host network (no sidecar)'],
  ])('rejects %s under STRICT before authorization', (_name, src, why) => {
    const r = istio(strict, src, meshed(finance), { port: 8080 });
    expect(layerOf(r, 'mtls')).toMatchObject({
      decision: 'denied',
      reason: `mtls at foo/finance: denied: PeerAuthentication istio-system/default sets STRICT and ${why} (plaintext)`,
    });
    expect(layerOf(r, 'authz')).toMatchObject({ decision: 'skipped', reason: 'authz at foo/finance: not reached (the connection is rejected by mTLS)' });
  });

  it('accepts plaintext under PERMISSIVE and says so', () => {
    expect(layerOf(istio({}, legacy, meshed(finance), { port: 8080 }), 'mtls').reason).toBe(
      'mtls at foo/finance: allowed: no PeerAuthentication sets a mode (PERMISSIVE by default); plaintext (legacy/sleep has no sidecar)',
    );
    expect(layerOf(istio({}, sleepMeshed, meshed(finance), { port: 8080 }), 'mtls').reason).toContain('mutual TLS (both sides have sidecars)');
  });

  it('is plaintext between two sidecars under DISABLE', () => {
    expect(layerOf(istio({ peerAuthentications: [ns('DISABLE')] }, sleepMeshed, meshed(finance), { port: 8080 }), 'mtls').reason).toContain(
      'sets DISABLE; plaintext (mTLS disabled)',
    );
  });

  it('leaves UDP and SCTP to NetworkPolicy', () => {
    const r = istio(strict, legacy, meshed(finance), { port: 8080, protocol: 'UDP' });
    expect(r.layers.map((l) => l.decision)).toEqual(['skipped', 'skipped']);
    expect(layerOf(r, 'mtls').reason).toContain('UDP is not proxied by the sidecar');
  });
});
