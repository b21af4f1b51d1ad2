// The js-yaml fast path must read exactly what `yaml` reads: same cluster, documents, origins and
// diagnostics (file, line, column, path, message), whatever the text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateManifests } from '../../../bench/generate';
import { generateDistinct } from '../../../bench/generate-distinct';
import type { ManifestInput } from '../index';
import { parseManifestsWhole } from '../parse';
import { parseManifestsFast } from '../parse-fast';
import { plainChunkReads } from './fast';

const expectSame = (inputs: ManifestInput[]) => expect(parseManifestsFast(inputs)).toStrictEqual(parseManifestsWhole(inputs));

const clean = [
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n  labels: {team: a, "x/y": "1"}',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: prod, labels: {app: web}}  # trailing comment\nspec:\n  containers:\n  - name: c\n    image: "x:1"\n    ports: [{containerPort: 80, name: http}]\n\n# after\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: prod\nspec:\n  template:\n    metadata:\n      labels:\n        app: \'api\'\n        version: "2"\n    spec:\n      serviceAccountName: api\n      containers:\n        - name: c\n          ports:\n            - containerPort: 0x1F90\n',
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: prod}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress:\n  - from:\n    - podSelector: {}\n    ports: [{port: 80}, {port: http, protocol: TCP}]\n  egress: []\n',
  'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: a, namespace: prod, annotations: {istio.io/dry-run: "true"}}\nspec:\n  action: ALLOW\n  rules:\n  - from: [{source: {principals: ["cluster.local/ns/prod/sa/*"]}}]\n    to: [{operation: {paths: ["/api/*"], methods: [GET]}}]\n',
  'apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: s, namespace: prod}\nspec:\n  mtls: {mode: STRICT}\n  portLevelMtls:\n    8080: {mode: DISABLE}\n',
];
// Things the fast path must leave to `yaml`, or read the same: schema errors, unmodelled kinds, values
// the two libraries type differently, anchors, block scalars, multi-line flow and quotes, syntax errors.
const tricky = [
  'apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: 1e400}}\nspec: {}',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: yes, on: 0o17, n: ~}}',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: 1.0}}',
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: |\n    text\n',
  'apiVersion: v1\nkind: Namespace\nmetadata: &m {name: x}\nextra: *m',
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: x,\n  labels: {a: b}}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "multi\n    line"',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: plain\n    continued',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  name: y',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: [x\n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n labels: {}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n\tname: x',
  "apiVersion: v1\nkind: Namespace\nmetadata: {name: \"it's\", labels: {\"a\": 'b''c'}}",
  'apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: {name: l1}}',
  'kind: Namespace\nmetadata: {name: no-version}',
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec: {podSelector: web}',
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n__proto__: {polluted: true}',
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: "x # not a comment", labels: {"a:b": "c #d"}}',
  '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "json"}}',
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: x, labels: {[a, b]: c}}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n    {a: 1}: c',
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: x, labels: {"a": "\\x41\\u00e9\\N\\_", b: "\\t"}}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "a" b',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a: b',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels: {1.50: a, 0x10: b, ~: c, true: d, .inf: e}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n    1: a\n    "1": b',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n    a: {b: c}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels: {a: b, c}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels: {a: [b, c]}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n  - a',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels: {a: b}}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x,y\n  labels: {a: "b", "c": d e}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "x"\n  annotations: {a: "}"}',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  - y',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    ports:\n    - containerPort: 80\n      - name: http',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: deep}\nspec: {}\nstatus: ' + '['.repeat(210) + ']'.repeat(210),
  'apiVersion: v1\nkind: Pod\nmetadata: {name: deep}\nspec: {}\nstatus: ' + '['.repeat(150) + ']'.repeat(150),
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  ' + 'k'.repeat(1100) + ': v',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n    k: "a"#c',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\nstatus: \n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x  \n  labels: {a: \'b\' , c: "d" }\n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\nstatus:\n   - \n  - a\n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\nstatus:\n  deep:\n   -  \n  - a\n# c\n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\nstatus:\n  a:\n  - b: 1\n    c: 2\n  - d\n  e: [f]\n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\nstatus:\n  -\n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\nstatus:\n  k: []#[]\n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  labels:\n    a: "b\u2028c"\n    d: e\u2029f\n    g: "h\x85i"\n',
  '# only a comment',
  '',
];
const doc = fc.constantFrom(...clean, ...tricky);
const separator = fc.constantFrom('---\n', '---\n', '--- # marker comment\n', '---\n\n# lead\n', '\n---\n');

describe('parseManifestsFast', () => {
  it('equals the yaml reading of mixed texts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, doc), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean(), (docs, firstBare, trailing) => {
        let text = docs.map(([sep, d]) => sep + d + (d.endsWith('\n') ? '' : '\n')).join('');
        if (firstBare) text = text.replace(/^---\n/, '');
        if (!trailing) text = text.replace(/\n$/, '');
        expectSame([{ file: 'a.yaml', text }]);
      }),
      { numRuns: 500 },
    );
  });

  it('equals the yaml reading of random block structure (indentation, items, keys, odd values)', () => {
    const value = fc.constantFrom('a', '1', '0x1', '-1', 'null', '"q"', "'s'", '[a, b]', '{a: b}', '[]', 'a b', 'x # c', '"x"y', '', ' ', 'a,b', '- a', 'a: b');
    const key = fc.constantFrom('a', 'b', 'name', '"k"', '1', 'k k');
    const line = fc
      .tuple(
        fc.integer({ min: 0, max: 5 }),
        fc.oneof(
          fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
          value.map((v) => `- ${v}`),
          key.map((k) => `${k}:`),
          fc.constant('# c'),
          fc.tuple(key, value).map(([k, v]) => `- ${k}: ${v}`),
        ),
      )
      .map(([n, l]) => ' '.repeat(n) + l);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        expectSame([{ file: 'a.yaml', text: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\nstatus:\n${lines.map((l) => '  ' + l).join('\n')}\n` }]);
      }),
      { numRuns: 1500 },
    );
  });

  it('equals the yaml reading of random one-line values (flow collections, quotes, comments, indicators)', () => {
    const piece = fc.constantFrom('[', ']', '{', '}', ',', ': ', ':', ' ', '"', "'", 'a', '#', ' #', '\\', '-', '1', 'null', '!', '&', '*', '?', '|', '>');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom('  k: ', '  - ', '  '), (pieces, lead) => {
        expectSame([{ file: 'a.yaml', text: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\nstatus:\n${lead}${pieces.join('')}\n` }]);
      }),
      { numRuns: 1500 },
    );
  });

  it('equals the yaml reading of every case on its own and of the bench generators', () => {
    for (const d of [...clean, ...tricky]) expectSame([{ file: 'one.yaml', text: d }]);
    for (const d of clean) {
      const n = plainChunkReads();
      parseManifestsFast([{ file: 'one.yaml', text: d }]);
      expect(plainChunkReads(), d).toBe(n + 1);
    }
    const before = plainChunkReads();
    const distinct = generateDistinct(150);
    expectSame([{ file: 'd.yaml', text: distinct }]);
    // Every document of the generator is plain and clean: js-yaml read them all.
    expect(plainChunkReads() - before).toBe(distinct.split('\n---\n').length);
    expectSame([
      { file: 'g.yaml', text: generateManifests({ workloads: 120, networkPolicies: 60, authorizationPolicies: 20 }) },
      { file: 'd.yaml', text: generateDistinct(150) },
    ]);
  });

  it('equals the yaml reading of the fixtures', () => {
    const files: ManifestInput[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ya?ml|json)$/.test(name)) files.push({ file: p, text: readFileSync(p, 'utf8') });
      }
    };
    walk(join(__dirname, '..', '..', '..', 'fixtures'));
    expect(files.length).toBeGreaterThan(3);
    expectSame(files);
  });
});
