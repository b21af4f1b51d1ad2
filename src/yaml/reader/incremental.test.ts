import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ManifestInput } from '../index';
import { parseManifests, parseManifestsWhole } from '../parse';
import { CACHE_LIMITS, cacheStats, chunksOf, clearChunkCache } from './incremental';

const DEFAULT_LIMITS = { ...CACHE_LIMITS };
afterEach(() => Object.assign(CACHE_LIMITS, DEFAULT_LIMITS));

/** The incremental reading must give exactly what reading each file in one piece gives. */
function expectSame(inputs: ManifestInput[]): void {
  expect(parseManifests(inputs)).toStrictEqual(parseManifestsWhole(inputs));
}

const name = fc.constantFrom('web', 'db', 'api');
const ns = fc.constantFrom('prod', 'dev');
// Each document carries its own start: a `---` line, or content on the `---` line itself.
const doc: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(name, ns).map(([n, s]) => `---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${s}\n  labels: {team: ${n}}`),
  fc
    .tuple(name, ns)
    .map(
      ([n, s]) =>
        `---\napiVersion: v1\nkind: Pod\nmetadata: {name: ${n}, namespace: ${s}, labels: {app: ${n}}}\nspec:\n  containers:\n  - name: c\n    image: x\n    ports: [{containerPort: 80, name: http}]`,
    ),
  fc
    .tuple(name, ns)
    .map(
      ([n, s]) =>
        `--- # a deployment\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${n}\n  namespace: ${s}\nspec:\n  template:\n    metadata:\n      labels:\n        app: ${n}\n    spec:\n      containers: [{name: c, image: "x:1"}]`,
    ),
  fc
    .tuple(name, ns)
    .map(
      ([n, s]) =>
        `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${n}, namespace: ${s}}\nspec:\n  podSelector: {matchLabels: {app: ${n}}}\n  ingress:\n  - from: [{podSelector: {}}]\n    ports: [{port: 80}]`,
    ),
  fc
    .tuple(name, ns)
    .map(
      ([n, s]) =>
        `---\napiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: ${n}, namespace: ${s}}\nspec:\n  action: ALLOW\n  rules:\n  - from: [{source: {principals: ["cluster.local/ns/${s}/sa/${n}"]}}]`,
    ),
  // Read but invalid (schema errors placed at fields), and kinds kept unmodelled.
  name.map((n) => `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${n}}\nspec:\n  podSelector: 3\n  ingress: [{from: [{podSelector: []}]}]`),
  name.map((n) => `---\nmetadata: {name: ${n}}\nspec: {}`),
  name.map((n) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${n}}\ndata: {a: b}`),
  fc.constant('---\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: {name: l1}}\n- {kind: Pod, metadata: {name: p}}\n- 3'),
  fc.constant('---\napiVersion: v1\nkind: NamespaceList\nitems:\n- metadata: {name: typed}'),
  // Syntax errors, some of them at a document's edge where yaml's reading depends on what follows.
  fc.constantFrom(
    '---\na: [1,\nb: 2',
    '---\nkind: Pod\nkind: Pod',
    '---\na: "open',
    "---\na: 'open\n  more",
    '---\n\ta: 1',
    '---\na:\n  b: 1\n c: 2',
    '--- }',
    '--- ]\n  x',
    '---\na: b: c',
    '---\n- a\nb: 1',
    '---\nitems:\n#',
    '---\nkey: |\n  block\n# after',
    '--- |\n  top-level block',
    '--- >-\n',
    '--- &a\n',
    '--- !!str',
    '--- *a',
  ),
  // yaml's line counter skips a line break in these (inside, or the last one): later lines are off by one.
  fc.constantFrom('---\n{\n}\nb\n  c', '---\n- [\nb\n  c', '---\n*a\n>\nb', '---\n- \n|-\n>\n- '),
  // Documents with content on the `---` line, comment-only and empty documents.
  fc.constantFrom('--- {apiVersion: v1, kind: Namespace, metadata: {name: inline}}', '--- {a: 1}', '--- # only a comment\n# and another', '---', '---\n', '--- \n\n'),
);
const lead = fc.constantFrom('', '# a header comment\n', '\n\n', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: bare}\n', '}\n', '# c\n\n# d\n');

interface Shape {
  lead: string;
  docs: string[];
  crlf: boolean;
  trailing: boolean;
}
const shape: fc.Arbitrary<Shape> = fc.record({ lead, docs: fc.array(doc, { minLength: 1, maxLength: 10 }), crlf: fc.boolean(), trailing: fc.boolean() });
const render = (s: Shape): string => {
  const text = s.lead + s.docs.join('\n') + (s.trailing ? '\n' : '');
  return s.crlf ? text.replace(/\n/g, '\r\n') : text;
};

describe('incremental parseManifests', () => {
  it('equals the whole-file reading of generated texts, with a cold cache and after an edit of one document', () => {
    fc.assert(
      fc.property(shape, fc.nat(), doc, (s, at, replacement) => {
        const text = render(s);
        const docs = [...s.docs];
        docs[at % docs.length] = replacement;
        const edited = render({ ...s, docs });
        clearChunkCache();
        expectSame([{ file: 'a.yaml', text }]);
        // Warm: the other version's chunks are cached; only the edited document is read again.
        expectSame([{ file: 'a.yaml', text: edited }]);
        expectSame([{ file: 'a.yaml', text }]);
        expectSame([
          { file: 'b.yaml', text: edited },
          { file: 'a.yaml', text },
        ]);
      }),
      { numRuns: 400 },
    );
  });

  it('places problems and origins of a cached document at its new line and index', () => {
    const policy = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: prod}\nspec:\n  podSelector: 3\n';
    const ns = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n';
    parseManifests([{ file: 'first.yaml', text: `${policy}---\n${ns}` }]);
    const r = parseManifests([{ file: 'm.yaml', text: `${ns}---\n${ns}---\n# moved here\n${policy}---\n${ns}` }]);
    expect(r).toStrictEqual(parseManifestsWhole([{ file: 'm.yaml', text: `${ns}---\n${ns}---\n# moved here\n${policy}---\n${ns}` }]));
    expect(r.diagnostics.find((d) => d.path === 'spec.podSelector')).toMatchObject({ file: 'm.yaml', line: 14, col: 16 });
    expect(r.documents.map((d) => [d.doc, d.line])).toEqual([
      [0, 1],
      [1, 4],
      [2, 8],
      [3, 15],
    ]);
    expect(r.cluster.namespaces.map((n) => n.origin)).toEqual([
      { file: 'm.yaml', line: 1, col: 1, doc: 0 },
      { file: 'm.yaml', line: 4, col: 1, doc: 1 },
      { file: 'm.yaml', line: 15, col: 1, doc: 3 },
    ]);
  });

  it('reads again only the edited document, or the whole file when an unclosed quote runs on', () => {
    const docs = Array.from({ length: 50 }, (_, i) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ns-${i}}\n`);
    clearChunkCache();
    parseManifests([{ file: 'f.yaml', text: docs.join('---\n') }]);
    expect(cacheStats()).toMatchObject({ chunkReads: 50, wholeReads: 0 });
    docs[20] = docs[20]!.replace('ns-20', 'edited');
    docs.splice(30, 0, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: inserted}\n');
    expectSame([{ file: 'f.yaml', text: docs.join('---\n') }]);
    expect(cacheStats()).toMatchObject({ chunkReads: 52, wholeReads: 0 });
    docs[10] = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: "open}\n';
    expectSame([{ file: 'f.yaml', text: docs.join('---\n') }]);
    expect(cacheStats().wholeReads).toBe(1);
  });

  it('hands out its own origin objects, not the cached ones', () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n';
    const first = parseManifests([{ file: 'x.yaml', text }]);
    first.cluster.namespaces[1]!.origin!.line = 99;
    expect(parseManifests([{ file: 'x.yaml', text }]).cluster.namespaces[1]!.origin).toEqual({ file: 'x.yaml', line: 4, col: 1, doc: 1 });
  });

  it('reads the whole file where a cut could change the reading', () => {
    expect(chunksOf('%YAML 1.2\n---\na: 1\n---\nb: 2\n')).toBeUndefined();
    expect(chunksOf('a: 1\n...\n---\nb: 2\n')).toBeUndefined();
    expect(chunksOf('\uFEFFa: 1\n---\nb: 2\n')).toBeUndefined();
    expect(chunksOf('a: 1\n---\nb: 2\n--- {c: 3}\n----\n ---\n')).toEqual(['a: 1\n', '---\nb: 2\n', '--- {c: 3}\n----\n ---\n']);
    for (const text of [
      '%YAML 1.2\n---\na: 1\n---\nb: 2\n',
      '%TAG !e! tag:example.com,2000:\n--- !e!x 1\n---\nkind: Pod\n',
      'a: 1\n...\n# c\n---\nb: [\n...\n',
      '\uFEFFkind: Namespace\n---\nkind: Pod\n',
      'a: "never closed\n---\nkind: Namespace\n---\nb: 1\n',
    ]) {
      clearChunkCache();
      expectSame([{ file: 'f.yaml', text }]);
      expectSame([{ file: 'f.yaml', text }]);
    }
  });

  it('refuses binary and oversized files before cutting them, as before', () => {
    const r = parseManifests([{ file: 'bin', text: 'a: 1\n---\n\u0000' }]);
    expect(r.diagnostics).toEqual([{ severity: 'error', file: 'bin', line: 1, col: 1, message: expect.stringContaining('binary'), code: 'file.binary' }]);
    expect(r.documents).toEqual([]);
  });

  it('keeps its cache bounded in entries and characters, and still reads correctly while evicting', () => {
    const many = Array.from({ length: 300 }, (_, i) => `---\napiVersion: v1\nkind: Namespace\nmetadata: {name: ns-${i}}\n`).join('');
    clearChunkCache();
    CACHE_LIMITS.entries = 100;
    expectSame([{ file: 'many.yaml', text: many }]);
    expect(cacheStats().entries).toBeLessThanOrEqual(100);
    CACHE_LIMITS.chars = 2000;
    expectSame([{ file: 'many.yaml', text: many }]);
    expect(cacheStats().chars).toBeLessThanOrEqual(2000);
    CACHE_LIMITS.chunkChars = 10;
    clearChunkCache();
    expectSame([{ file: 'many.yaml', text: many }]);
    expect(cacheStats()).toMatchObject({ entries: 0, chars: 0 });
    // The defaults bound a long session too.
    expect(DEFAULT_LIMITS.entries).toBeLessThanOrEqual(16_000);
    expect(DEFAULT_LIMITS.chars).toBeLessThanOrEqual(8_000_000);
  });
});

// The shared corpus sits beside the project root (../shared/corpus) on the team's machines; elsewhere this suite is skipped.
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
const corpusFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? corpusFiles(p) : /\.ya?ml$/.test(e) ? [p] : [];
  });

describe.skipIf(!existsSync(CORPUS))('incremental parseManifests on the shared corpus', () => {
  it('equals the whole-file reading of every corpus file joined with an edited copy of itself', () => {
    const files = corpusFiles(CORPUS);
    expect(files.length).toBeGreaterThan(0);
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      // Edit the last document (a line more, so everything after it moves) and join the copy after the original.
      const cut = text.lastIndexOf('\n---') + 1;
      const edited = `${text.slice(0, cut)}# an edit\n${text.slice(cut)}`.replace(/name: (\S+)/, 'name: $1-edited');
      const joined = `${text}${text.endsWith('\n') ? '' : '\n'}---\n${edited}`;
      clearChunkCache();
      expectSame([{ file: path, text }]);
      expectSame([{ file: path, text: joined }]);
      clearChunkCache();
      expectSame([{ file: path, text: joined }]);
    }
  });
});
