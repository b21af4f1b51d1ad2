// Combining layers (QUERY-MODEL.md: allowed only when every layer allows; `unknown` never decides).
import { describe, expect, it } from 'vitest';
import type { LayerDecision, LayerName, LayerResult } from '../model';
import { msg } from './reasons';
import { combine } from './verdict';

const L = (layer: LayerName, decision: LayerDecision): LayerResult => ({ layer, decision, reason: `${layer} ${decision}`, message: { code: 'test', params: {} }, policies: [] });

describe('combine', () => {
  it('allowed when every layer allows; reasons are layer reasons then notes, rendered in English', () => {
    const v = combine([L('egress', 'allowed'), L('ingress', 'allowed'), L('mtls', 'skipped'), L('authz', 'skipped')], [msg('note.self')], false);
    expect(v).toMatchObject({ allowed: true, kind: 'allowed', notes: [msg('note.self')] });
    expect(v.reasons.slice(0, 4)).toEqual(['egress allowed', 'ingress allowed', 'mtls skipped', 'authz skipped']);
    expect(v.reasons[4]).toMatch(/^traffic from a pod to itself/);
  });

  // QUERY-MODEL.md "Verdict kinds": allowed when something at the destination admits explicitly; open
  // (unisolated) only when nothing there decides. For an outside destination, the source's egress decides.
  it.each([
    ['ingress admits, source egress open', [L('egress', 'unisolated'), L('ingress', 'allowed')], false, 'allowed'],
    ['ingress admits, outside source', [L('egress', 'skipped'), L('ingress', 'allowed')], false, 'allowed'],
    ['ingress open, outside source', [L('egress', 'skipped'), L('ingress', 'unisolated')], false, 'unisolated'],
    ['ingress open though egress admits', [L('egress', 'allowed'), L('ingress', 'unisolated')], false, 'unisolated'],
    ['ingress open, an Istio ALLOW admits', [L('egress', 'unisolated'), L('ingress', 'unisolated'), L('mtls', 'allowed'), L('authz', 'allowed')], true, 'allowed'],
    [
      'ingress open, authz allows because no ALLOW applies',
      [L('egress', 'unisolated'), L('ingress', 'unisolated'), L('mtls', 'allowed'), L('authz', 'allowed')],
      false,
      'unisolated',
    ],
    ['outside destination, egress rule admits', [L('egress', 'allowed'), L('ingress', 'skipped'), L('mtls', 'skipped'), L('authz', 'skipped')], false, 'allowed'],
    ['outside destination, egress not isolated', [L('egress', 'unisolated'), L('ingress', 'skipped')], false, 'unisolated'],
  ] as const)('%s', (_, layers, admitted, kind) => {
    expect(combine([...layers], [], false, admitted)).toMatchObject({ allowed: true, kind });
  });

  it('any denial denies', () => {
    expect(combine([L('egress', 'denied'), L('ingress', 'allowed')], [], false)).toMatchObject({ allowed: false, kind: 'denied' });
    expect(combine([L('egress', 'unisolated'), L('ingress', 'unisolated'), L('mtls', 'denied'), L('authz', 'skipped')], [], false).kind).toBe('denied');
  });

  it('http-only only when the sole denial is authorization and Istio says so', () => {
    expect(combine([L('egress', 'allowed'), L('ingress', 'allowed'), L('mtls', 'allowed'), L('authz', 'denied')], [], true)).toMatchObject({ allowed: false, kind: 'http-only' });
    expect(combine([L('egress', 'denied'), L('ingress', 'allowed'), L('mtls', 'allowed'), L('authz', 'denied')], [], true).kind).toBe('denied');
    expect(combine([L('egress', 'allowed'), L('ingress', 'allowed'), L('mtls', 'allowed'), L('authz', 'denied')], [], false).kind).toBe('denied');
  });

  it('unknown (a CUSTOM authorizer) never decides', () => {
    expect(combine([L('egress', 'allowed'), L('ingress', 'allowed'), L('mtls', 'allowed'), L('authz', 'unknown')], [], false)).toMatchObject({ allowed: true, kind: 'allowed' });
  });
});
