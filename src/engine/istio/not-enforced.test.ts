// AuthorizationPolicies that never decide for a sidecar: `istio.io/dry-run: "true"` (Istio only logs what it would
// have done: https://istio.io/latest/docs/tasks/security/authorization/authz-dry-run/) and `targetRef(s)` (the
// policy attaches to gateways and waypoints, not to sidecars: authorization-policy reference, `targetRefs`).
import { describe, expect, it } from 'vitest';
import type { AuthorizationPolicy } from '../../model';
import { authz, istio, layerOf, meshed, workload } from './testing';
import { english } from '../reasons';

const httpbin = meshed(workload('foo', 'httpbin', { sa: 'httpbin', ports: ['http:8000'] }));
const sleep = meshed(workload('foo', 'sleep', { sa: 'sleep' }));
const denyAll = (extra: Pick<AuthorizationPolicy, 'dryRun' | 'targetRefs'>) => authz('foo', 'deny-all', { action: 'DENY', selector: { app: 'httpbin' }, rules: [{}], ...extra });
const allowNothing = (extra: Pick<AuthorizationPolicy, 'dryRun' | 'targetRefs'>) => authz('foo', 'allow-nothing', { selector: { app: 'httpbin' }, ...extra });
const gateway = [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gw' }];

describe('AuthorizationPolicies that do not decide for a sidecar', () => {
  it.each([
    ['a dry-run DENY', denyAll({ dryRun: true }), 'dry-run'],
    ['a dry-run ALLOW that matches nothing', allowNothing({ dryRun: true }), 'dry-run'],
    ['a DENY with targetRefs', denyAll({ targetRefs: gateway }), 'targetRef'],
    ['an ALLOW with targetRefs that matches nothing', allowNothing({ targetRefs: gateway }), 'targetRef'],
  ])('%s never decides, and the reasons say why', (_, policy, word) => {
    const r = istio({ authorizationPolicies: [policy] }, sleep, httpbin, { port: 8000 });
    expect(layerOf(r, 'authz').decision).toBe('allowed');
    expect(r.notes.map(english).join(' ')).toContain(word);
    expect(r.notes.map(english).join(' ')).toContain(`foo/${policy.name}`);
  });

  it('an enforced policy beside a dry-run one still decides', () => {
    const r = istio({ authorizationPolicies: [denyAll({ dryRun: true }), allowNothing({})] }, sleep, httpbin, { port: 8000 });
    expect(layerOf(r, 'authz').decision).toBe('denied');
    expect(layerOf(r, 'authz').reason).toContain('foo/allow-nothing');
    expect(r.notes.map(english).join(' ')).toContain('dry-run');
  });

  it('a dry-run policy that does not select the destination is not mentioned', () => {
    const other = authz('foo', 'other', { action: 'DENY', selector: { app: 'other' }, rules: [{}], dryRun: true });
    expect(istio({ authorizationPolicies: [other] }, sleep, httpbin, { port: 8000 }).notes).toEqual([]);
  });
});
