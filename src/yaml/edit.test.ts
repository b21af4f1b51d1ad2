import { describe, expect, it } from 'vitest';
import { editObject, removeObjects, upsertObject } from './edit';

const text = `# my cluster
apiVersion: v1
kind: Namespace
metadata: {name: prod}   # keep this comment
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: hand
  namespace: prod
spec:
  podSelector: {}   # hand-written
`;

describe('text-preserving edits', () => {
  it('appends a new object and keeps every other byte', () => {
    const out = upsertObject(text, { kind: 'Namespace', namespace: '', name: 'dev' }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    expect(out.startsWith(text.trimEnd())).toBe(true);
    expect(out).toContain('---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n');
  });

  it('replaces an object in place without touching its neighbours', () => {
    const out = upsertObject(text, { kind: 'Namespace', namespace: '', name: 'prod' }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod', labels: { a: 'b' } } });
    expect(out).toContain('podSelector: {}   # hand-written');
    expect(out).toContain('labels:\n    a: b');
    expect(out.indexOf('kind: Namespace')).toBeLessThan(out.indexOf('kind: NetworkPolicy'));
  });

  it('removes objects, including the first, without leaving a stray separator', () => {
    const out = removeObjects(text, (r) => r.kind === 'Namespace');
    expect(out.startsWith('# my cluster\napiVersion: networking.k8s.io/v1')).toBe(true);
    expect(removeObjects(out, () => true)).toBe('# my cluster\n');
  });

  it('edits one field and keeps comments of the edited document', () => {
    const out = editObject(text, { kind: 'NetworkPolicy', namespace: 'prod', name: 'hand' }, (d) => d.setIn(['metadata', 'labels', 'x'], 'y'))!;
    expect(out).toContain('# hand-written');
    expect(out).toContain('# keep this comment');
    expect(out).toMatch(/labels:\n\s+x: y/);
  });
});
