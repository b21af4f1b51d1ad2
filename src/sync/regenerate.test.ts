import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { regenerate } from './regenerate';
import { allowTraffic } from './actions/edges';
import { setNamespaceSwitch } from './actions/namespace';
import { design, documents, ok, SHOP } from './actions/fixture.test-helper';

const step = (text: string, f: (t: string) => string) => f(text);
const allow = (from: string, to: string, port: number) => (t: string) => ok(allowTraffic(t, design(t), { from, to, ports: [{ port, protocol: 'TCP' }] }));

describe('regenerate', () => {
  it('is the identity on a text whose managed documents already match', () => {
    const t = step(step(SHOP, allow('front/web', 'back/api', 9090)), (x) => ok(setNamespaceSwitch(x, design(x), 'front', { defaultDeny: true, allowDns: true })));
    expect(regenerate(t, analyse(t).design)).toBe(t);
  });

  it("a change to one edge rewrites only that edge's documents, in place; order and other bytes stay", () => {
    let t = step(SHOP, allow('front/web', 'back/api', 9090));
    const extraNs = t.replace(
      'metadata: {name: back}',
      'metadata: {name: back}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: tool, namespace: back, labels: {app: tool}}\nspec: {containers: [{name: c, image: x}]}',
    );
    t = step(extraNs, allow('back/tool', 'front/web', 8080));
    const before = documents(t);
    const after = documents(step(t, allow('front/web', 'back/api', 9100)));
    expect(after).toHaveLength(before.length);
    const changed = after.map((d, i) => (d === before[i] ? '' : d)).filter(Boolean);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('name: allow-web-to-api');
    expect(changed[0]).toContain('port: 9100');
  });

  it('keeps comments, labels and annotations someone added to a managed document when it changes it', () => {
    const t = step(SHOP, allow('front/web', 'back/api', 9090))
      .replace('  name: allow-web-to-api\n', '  name: allow-web-to-api   # reviewed by sec\n')
      .replace(
        '    app.kubernetes.io/managed-by: kube-policy-designer\n  annotations:\n',
        '    app.kubernetes.io/managed-by: kube-policy-designer\n    audit: yes-2024\n  annotations:\n    owner: payments\n',
      );
    expect(design(t).edges[0]!.handWritten).toBe(false);
    const out = step(t, allow('front/web', 'back/api', 9100));
    expect(out).toContain('name: allow-web-to-api # reviewed by sec');
    expect(out).toContain('audit: yes-2024');
    expect(out).toContain('owner: payments');
    expect(out).toContain('port: 9100');
  });

  it('a hand-written document with the name the designer wants wins: it is kept, nothing is added beside it', () => {
    const mine = `${SHOP}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: front}   # mine
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
`;
    const out = ok(setNamespaceSwitch(mine, design(mine), 'front', { defaultDeny: true }));
    expect(out).toBe(mine);
  });

  it('never writes a policy for a workload that is not there', () => {
    const t = step(SHOP, allow('front/web', 'back/api', 9090));
    const d = analyse(t).design;
    const ghost = { ...d, edges: [...d.edges, { ...d.edges[0]!, id: 'edge:front/ghost->back/api', from: 'front/ghost' }] };
    expect(regenerate(t, ghost)).toBe(t);
  });
});
