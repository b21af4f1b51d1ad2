// locate.ts places plain block-style documents without yaml's node tree (locate-plain.ts): every position must be
// the one yaml's ranges give, on the manifests of the generators and fixtures and on random documents in and
// around that style (invalid ones included: the fast path must leave those to yaml).
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { generateDistinct } from '../../bench/generate-distinct';
import { generateManifests } from '../../bench/generate';
import { createLocator, type FieldPath, type Position, type Written } from './locate';
import { plainTree } from './locate-plain';
import { isPlainMap, toPlain, type Plain, type PlainMap } from './reader/plain';
import { parseManifests } from './index';

const ORIGIN = { file: 'f.yaml', doc: 0, line: 7, col: 1 };

/** locate.ts's answers as they were before the fast path: yaml's node ranges (one document, not a List). */
function yamlAt(text: string): (path: FieldPath) => Position {
  const fallback = () => ({ line: ORIGIN.line, col: ORIGIN.col });
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) return fallback;
  let plain;
  try {
    plain = toPlain(doc);
  } catch {
    return fallback;
  }
  if (isPlainMap(plain) && Array.isArray(plain.items)) throw new Error('a List: not compared here');
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as { range?: [number, number, number] } | undefined;
      if (!node?.range) continue;
      const shift = (p: { line: number; col: number }) => ({ line: ORIGIN.line + p.line - 1, col: p.line === 1 ? ORIGIN.col + p.col - 1 : p.col });
      const s = shift(lc.linePos(node.range[0]));
      const e = shift(lc.linePos(node.range[1]));
      return { line: s.line, col: s.col, endLine: e.line, endCol: e.col };
    }
    return fallback();
  };
}

/** Every path into the document (keys as written and as text, indexes), and a few that go nowhere. */
function pathsOf(text: string): FieldPath[] {
  const out: FieldPath[] = [[], ['zzz'], [0], ['spec', 'zzz', 0]];
  const walk = (node: unknown, path: FieldPath) => {
    if (path.length > 6) return;
    out.push(path, [...path, 'zzz'], [...path, 3]);
    if (isMap(node)) for (const p of node.items) if (isScalar(p.key)) for (const k of new Set([p.key.value, String(p.key.value)])) walk(p.value, [...path, k as string]);
    if (isSeq(node)) (node.items as Node[]).forEach((item, i) => walk(item, [...path, i]));
  };
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length === 0) walk(doc.contents, []);
  return out;
}

/** `written` agrees with what raw() holds at the path (toPlain's values: a later duplicate key wins). */
function agreesWithRaw(w: Written, raw: PlainMap | undefined, path: string[]): boolean {
  let v: Plain | undefined = raw;
  for (const k of path) v = isPlainMap(v as Plain) ? (v as PlainMap)[k] : undefined;
  if (w.kind !== 'scalar') return w.kind === 'missing' ? v === undefined : w.kind === 'null' ? v === null : typeof v === 'object' && v !== null;
  if (w.quoted || typeof v === 'string') return v === w.text;
  return typeof v === 'number' || (typeof v === 'boolean' && String(v) === w.text.toLowerCase());
}

/** Compares every path; returns whether the fast path read the document. */
function samePositions(text: string): boolean {
  const locate = createLocator([{ ...ORIGIN, endLine: ORIGIN.line + 1000, text, modelled: true, invalid: false }]);
  const expected = yamlAt(text);
  for (const path of pathsOf(text)) {
    expect(locate.at(ORIGIN, path), `${JSON.stringify(text)} at ${JSON.stringify(path)}`).toEqual(expected(path));
    if (!path.every((k) => typeof k === 'string')) continue;
    const w = locate.written(ORIGIN, path as string[]);
    if (w) expect(agreesWithRaw(w, locate.raw(ORIGIN), path as string[]), `${JSON.stringify(text)} written ${JSON.stringify(path)}: ${JSON.stringify(w)}`).toBe(true);
  }
  return plainTree(text) !== undefined;
}

const documentsOf = (text: string) =>
  parseManifests([{ file: 'x.yaml', text }]).documents.filter((d) => !d.invalid && parseManifests([{ file: 'x.yaml', text: d.text }]).documents.length === 1);

describe('positions without yaml equal yaml’s', () => {
  it('on every document of the generators, each read by the fast path', () => {
    const texts = [generateDistinct(100, 1), generateDistinct(80, 4), generateManifests({ workloads: 60, networkPolicies: 30, authorizationPolicies: 10 })];
    let docs = 0;
    for (const t of texts) {
      for (const d of documentsOf(t)) {
        expect(samePositions(d.text), d.text).toBe(true);
        docs++;
      }
    }
    expect(docs).toBeGreaterThan(300);
  });

  it('on the fixtures (comments, flow style, JSON: read by yaml where the fast path cannot)', () => {
    const files = readdirSync(new URL('../../fixtures', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) for (const d of documentsOf(readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8'))) samePositions(d.text);
  });

  it('leaves an object with a top-level `items` list to yaml (locate.ts reads it as a kind: List item)', () => {
    expect(plainTree('kind: X\nitems:\n- a: 1\n')).toBeUndefined();
    expect(plainTree('kind: X\nitem:\n- a: 1\n')).toBeDefined();
  });

  it('on random documents in and around the plain block style', () => {
    let fast = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        if (samePositions(text)) fast++;
      }),
      { numRuns: 3000 },
    );
    // Both sides of the line were tried: documents the fast path read, and documents it left to yaml.
    expect(fast).toBeGreaterThan(500);
    expect(fast).toBeLessThan(2900);
  });
});

// Mostly what manifests hold, then what the fast path must leave to yaml (or read exactly as yaml does).
const PLAIN_KEYS = ['a', 'b', 'spec', 'metadata', 'x.y/z', 'app.kubernetes.io/name', 'name'];
const ODD_KEYS = ['true', 'null', '0', '8080', '1a', 'items', 'a b', '"q"', "'s'", 'k:', '<<', '? k', '-k', 'a#b'];
const PLAIN_SCALARS = [
  'v',
  'web-1',
  '1',
  'true',
  'null',
  '"s p"',
  '""',
  "'it''s'",
  'a:b',
  'http://x/y',
  'a#c',
  '[]',
  '{}',
  '[a, b]',
  '[a,b]',
  '["a", \'b\']',
  '{k: v}',
  '{k: v, l: [1, 2]}',
  '[a, [b, {c: d}]]',
];
const ODD_SCALARS = [
  'TRUE',
  'tRuE',
  "'True'",
  '0x1F',
  '1e3',
  'Null',
  '-1',
  '~',
  'a: b',
  'x:',
  'a #c',
  '[a, , b]',
  '[a b]',
  '{a}',
  '[a]x',
  '*x',
  '&a v',
  '!t v',
  '|',
  '>',
  '%x',
  '@x',
  '"a\\"b"',
  'a\tb',
  '"unclosed',
  ' v',
];
const keyArb = fc.oneof({ arbitrary: fc.constantFrom(...PLAIN_KEYS), weight: 12 }, { arbitrary: fc.constantFrom(...ODD_KEYS), weight: 1 });
const scalarArb = fc.oneof({ arbitrary: fc.constantFrom(...PLAIN_SCALARS), weight: 12 }, { arbitrary: fc.constantFrom(...ODD_SCALARS), weight: 1 });

interface Tree {
  kind: 'map' | 'seq' | 'scalar' | 'empty';
  items?: [string, Tree][];
  values?: Tree[];
  text?: string;
}

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb.map((text): Tree => ({ kind: 'scalar', text })),
    fc.constant<Tree>({ kind: 'empty' }),
    fc.array(fc.tuple(keyArb, tie('tree')), { minLength: 1, maxLength: 4 }).map((items): Tree => ({ kind: 'map', items })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((values): Tree => ({ kind: 'seq', values })),
  ),
})).tree;

interface Style {
  indent: number;
  /** A sequence under a key starts in the key's column (`key:` then `- a`), as kubectl writes it. */
  compactSeq: boolean;
  dash: string;
  trailing: string;
}

/** Block style text of a tree at `col`, with the style's quirks. */
function render(t: Tree, col: number, s: Style): string[] {
  const pad = ' '.repeat(col);
  if (t.kind === 'map') {
    return t.items!.flatMap(([k, v]) => {
      if (v.kind === 'scalar') return [`${pad}${k}: ${v.text}${s.trailing}`];
      if (v.kind === 'empty') return [`${pad}${k}:${s.trailing}`];
      const inner = v.kind === 'seq' && s.compactSeq ? col : col + s.indent;
      return [`${pad}${k}:`, ...render(v, inner, s)];
    });
  }
  if (t.kind === 'seq') {
    return t.values!.flatMap((v) => {
      if (v.kind === 'scalar') return [`${pad}${s.dash}${v.text}`];
      if (v.kind === 'empty') return [`${pad}-`];
      const lines = render(v, col + s.dash.length, s);
      return [`${pad}${s.dash}${lines[0]!.slice(col + s.dash.length)}`, ...lines.slice(1)];
    });
  }
  return [`${pad}${t.kind === 'scalar' ? t.text : ''}`];
}

const documentArb: fc.Arbitrary<string> = fc
  .record({
    tree: fc.array(fc.tuple(fc.constantFrom(...PLAIN_KEYS), treeArb), { minLength: 1, maxLength: 4 }).map((items): Tree => ({ kind: 'map', items })),
    style: fc.record({ indent: fc.constantFrom(2, 4), compactSeq: fc.boolean(), dash: fc.constantFrom('- ', '- ', '-   '), trailing: fc.constantFrom('', '', '  ') }),
    head: fc.constantFrom('', '', '', '---\n', '# c\n', '\n', '--- x\n'),
    extra: fc.constantFrom('', '', '', '', '', '\n', '# tail\n', '  # indented\n', '\n\n'),
    at: fc.nat(),
    lastBreak: fc.boolean(),
  })
  .map(({ tree, style, head, extra, at, lastBreak }) => {
    const lines = render(tree, 0, style);
    // A blank or comment line somewhere inside (after the first line), or at the end.
    if (extra) lines.splice(1 + (at % lines.length), 0, extra.replace(/\n$/, ''));
    return head + lines.join('\n') + (lastBreak ? '\n' : '');
  });
