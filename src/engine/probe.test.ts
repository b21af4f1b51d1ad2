// The two-pod probe: the smallest cluster where "isolated" and "unisolated" differ by direction.
import { describe, expect, it } from 'vitest';
import { check, engineOf, layer, np, workload } from './testing/build';

const e = engineOf({
  namespaces: { demo: {} },
  workloads: [workload('demo', 'one', { labels: { app: 'one' } }), workload('demo', 'two', { labels: { app: 'two' } })],
  policies: [np('demo', 'only-one', { podSelector: { matchLabels: { app: 'two' } }, ingress: [{ peers: [{ podSelector: { matchLabels: { app: 'one' } } }] }] })],
});

describe('two-pod probe', () => {
  it('one → two is allowed by the policy', () => {
    const v = check(e, 'demo/one', 'demo/two', 80);
    expect(v).toMatchObject({ allowed: true });
    expect(layer(v, 'ingress').reason).toBe('ingress at demo/two: allowed by NetworkPolicy demo/only-one ingress[0] from[0] (all ports)');
    // Egress at one is open only because nothing isolates it, but two's ingress admits it explicitly.
    expect(v.kind).toBe('allowed');
  });

  it('two → one is allowed only because one is not isolated', () => {
    const v = check(e, 'demo/two', 'demo/one', 80);
    expect(v).toMatchObject({ allowed: true, kind: 'unisolated' });
    expect(layer(v, 'ingress').reason).toBe('ingress at demo/one: not isolated (no NetworkPolicy with Ingress selects it)');
  });

  it('8.8.8.8 → two is denied', () => {
    const v = check(e, '8.8.8.8', 'demo/two', 80);
    expect(v).toMatchObject({ allowed: false, kind: 'denied' });
    expect(layer(v, 'ingress').reason).toBe('ingress at demo/two: denied: isolated by NetworkPolicy demo/only-one; no ingress rule allows 8.8.8.8 on 80/TCP');
  });

  it('the matrix says the same', () => {
    const m = e.matrix();
    const id = (w: string) => m.groups.find((g) => g.members.includes(w))!.id;
    const at = (a: string, b: string) => m.connections.find((c) => c.from === id(a) && c.to === id(b))!.ports;
    expect(at('demo/one', 'demo/two')).toEqual([{ port: '80/TCP', kind: 'allowed' }]);
    expect(at('demo/two', 'demo/one')).toEqual([{ port: '80/TCP', kind: 'unisolated' }]);
  });
});
