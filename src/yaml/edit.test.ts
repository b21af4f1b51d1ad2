import { describe, expect, it } from 'vitest';
import { editObject, ensureObject, listObjects, removeObjects, rewriteDocuments, unsetIn, upsertObject } from './edit';
import { detectStyle } from './edit-style';

const text = `# my cluster
apiVersion: v1
kind: Namespace
metadata: {name: prod}   # keep this comment
---
# the hand-written one
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: hand
  namespace: prod
spec:
  podSelector: {}   # hand-written
  policyTypes: [Ingress]
`;

const prodNs = { kind: 'Namespace', namespace: '', name: 'prod' };
const hand = { kind: 'NetworkPolicy', namespace: 'prod', name: 'hand' };
const docs = (t: string) => t.split(/^---[^\n]*\n/m);

describe('text-preserving edits', () => {
  it('appends a new object after every existing byte', () => {
    const out = upsertObject(text, { kind: 'Namespace', namespace: '', name: 'dev' }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    expect(out.startsWith(text)).toBe(true);
    expect(out.slice(text.length)).toBe('---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n');
  });

  it('appends to a text without a final newline and to an empty text', () => {
    expect(ensureObject('a: 1', { kind: 'X', namespace: 'default', name: 'x' }, { kind: 'X', metadata: { name: 'x' } })).toBe('a: 1\n---\nkind: X\nmetadata:\n  name: x\n');
    expect(ensureObject('', { kind: 'X', namespace: 'default', name: 'x' }, { kind: 'X', metadata: { name: 'x' } })).toBe('kind: X\nmetadata:\n  name: x\n');
  });

  it('replaces an object in place, changing only what differs, and leaves its neighbours byte for byte', () => {
    const out = upsertObject(text, prodNs, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod', labels: { a: 'b' } } });
    expect(docs(out)[1]).toBe(docs(text)[1]);
    expect(out).toContain('# keep this comment');
    expect(out).toContain('# my cluster');
    expect(listObjects(out).map((d) => d.value())).toEqual([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod', labels: { a: 'b' } } },
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'hand', namespace: 'prod' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } },
    ]);
  });

  it('does not touch the text when the replacement equals the document', () => {
    const same = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'hand', namespace: 'prod' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } };
    expect(upsertObject(text, hand, same)).toBe(text);
  });

  it('ensureObject never overwrites an existing object', () => {
    expect(ensureObject(text, prodNs, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod', labels: { x: 'y' } } })).toBe(text);
  });

  it('removes objects, including the first, without a stray separator; removing all leaves the header comment', () => {
    const out = removeObjects(text, (r) => r.kind === 'Namespace');
    expect(out).toBe('# my cluster\n' + docs(text)[1]);
    // Comments above the first document cannot be told apart from a file header: they stay.
    expect(removeObjects(out, () => true)).toBe('# my cluster\n# the hand-written one\n');
    expect(removeObjects(text, () => true)).toBe('# my cluster\n');
  });

  it('removes a middle document and keeps the others exactly', () => {
    const three = `a: 1 # one\n---\nkind: B\nmetadata: {name: b}\n---\nc: 3   # three\n`;
    expect(removeObjects(three, (r) => r.kind === 'B')).toBe('a: 1 # one\n---\nc: 3   # three\n');
  });

  it('edits one field and keeps the comments of the edited document', () => {
    const out = editObject(text, hand, (d) => d.setIn(['metadata', 'labels', 'x'], 'y'))!;
    expect(out).toContain('podSelector: {} # hand-written');
    expect(out).toContain('# the hand-written one');
    expect(docs(out)[0]).toBe(docs(text)[0]);
    expect(out).toMatch(/labels:\n {4}x: y/);
    expect(editObject(text, { ...hand, name: 'nope' }, () => undefined)).toBeUndefined();
  });

  it('keeps the header comment once when the first document is edited', () => {
    const out = editObject(text, prodNs, (d) => d.setIn(['metadata', 'labels'], { a: 'b' }))!;
    expect(out.match(/# my cluster/g)).toHaveLength(1);
    expect(out.startsWith('# my cluster\n')).toBe(true);
  });

  it('writes in the style of the text: kubectl sequences, 4-space indents, CRLF', () => {
    const kubectl = 'kind: X\nmetadata:\n  name: x\nspec:\n  items:\n  - a\n';
    expect(detectStyle(kubectl)).toEqual({ indent: 2, indentSeq: false, crlf: false });
    const out = editObject(kubectl, { kind: 'X', namespace: 'default', name: 'x' }, (d) => d.setIn(['spec', 'more'], ['b']))!;
    expect(out).toBe('kind: X\nmetadata:\n  name: x\nspec:\n  items:\n  - a\n  more:\n  - b\n');
    expect(detectStyle('a:\n    b: 1\n').indent).toBe(4);
    const crlf = 'kind: X\r\nmetadata:\r\n  name: x\r\n';
    const edited = editObject(crlf, { kind: 'X', namespace: 'default', name: 'x' }, (d) => d.setIn(['metadata', 'namespace'], 'n'))!;
    expect(edited).toBe('kind: X\r\nmetadata:\r\n  name: x\r\n  namespace: n\r\n');
  });

  it('unsetIn deletes missing paths quietly and prunes a map it empties', () => {
    const t = 'kind: X\nmetadata:\n  name: x\n  labels:\n    only: one\n';
    const ref = { kind: 'X', namespace: 'default', name: 'x' };
    expect(editObject(t, ref, (d) => unsetIn(d, ['metadata', 'labels', 'only']))).toBe('kind: X\nmetadata:\n  name: x\n');
    expect(editObject(t, ref, (d) => unsetIn(d, ['spec', 'nothing', 'here']))).toBe(t);
  });

  it('plans several changes in one pass and keeps documents without a kind or name untouched', () => {
    const t = '# notes only\n---\nkind: A\nmetadata: {name: a}\n---\n- just\n- a list\n---\nkind: B\nmetadata: {name: b}\n';
    const out = rewriteDocuments(
      t,
      (d) => (d.ref?.kind === 'A' ? { remove: true } : d.ref?.kind === 'B' ? { replace: { kind: 'B', metadata: { name: 'b', namespace: 'x' } } } : undefined),
      [{ kind: 'C' }],
    );
    expect(out).toBe('# notes only\n- just\n- a list\n---\nkind: B\nmetadata: { name: b, namespace: x }\n---\nkind: C\n');
  });

  it('keeps `__proto__` keys as plain data', () => {
    const t = 'kind: X\nmetadata:\n  name: x\n  labels: {__proto__: polluted}\n';
    const [d] = listObjects(t);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys((d!.value() as { metadata: { labels: object } }).metadata.labels)).toEqual(['__proto__']);
  });
});
