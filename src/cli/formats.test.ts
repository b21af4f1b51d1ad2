// kpd analyze --format and --focus through a real child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const kpd = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kpd.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 30_000, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const pod = (ns: string, name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}\n`;
// web may reach api (its egress and api's ingress both say so, so it is "allowed" whichever side decides);
// db admits nobody.
const manifests = [
  pod('shop', 'web'),
  pod('shop', 'api'),
  pod('data', 'db'),
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: api, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 80}]}]\n`,
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web-out, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n  egress: [{to: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: 80}]}]\n`,
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: data}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n`,
].join('---\n');

let file: string;
beforeAll(() => {
  file = join(mkdtempSync(join(tmpdir(), 'kpd-formats-')), 'cluster.yaml');
  writeFileSync(file, manifests);
});

describe('kpd analyze formats', () => {
  it('csv: a header and one properly quoted row per block, denied-only blocks included', () => {
    const r = kpd('analyze', file, '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = r.out.trimEnd().split('\r\n');
    expect(rows[0]).toBe('from,to,allowed,unisolated,httpOnly,denied');
    expect(rows).toContain('shop/web,shop/api,80/TCP,,,');
    // A denied-only block into data/db (the cover may list it beside other destinations).
    const deniedIntoDb = rows.filter((x) => {
      const [, to, allowed, open, http, denied] = x.split(',');
      return to!.split(' ').includes('data/db') && denied === '80/TCP' && !allowed && !open && !http;
    });
    expect(deniedIntoDb.length).toBeGreaterThan(0);
    // Ordered pairs of the blocks: from × to without a workload to itself (a block may list one on both sides).
    const pairs = rows.slice(1).reduce((n, row) => {
      const [from, to] = row.split(',').map((x) => x.split(' '));
      return n + from!.length * to!.length - from!.filter((id) => to!.includes(id)).length;
    }, 0);
    expect(pairs).toBe(6);
  });

  it('md: a table of connected blocks and a count of the denied ones', () => {
    const r = kpd('analyze', file, '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.out).toContain('| from | to | allowed | open (not isolated) | HTTP only |');
    expect(r.out).toContain('| shop/web | shop/api | 80/TCP |  |  |');
    expect(r.out).not.toMatch(/\| data\/db \|$/m);
    expect(r.out).toMatch(/Denied on every port: \d+ ordered pairs in \d+ blocks/);
  });

  it('dot: namespaces as clusters, edges coloured by kind, denied-only not drawn', () => {
    const r = kpd('analyze', file, '--format', 'dot');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^digraph kpd \{/);
    expect(r.out).toContain('subgraph "cluster_shop" {');
    expect(r.out).toContain('"shop/web" -> "shop/api" [label="80/TCP", color="#2e7d32"];');
    expect(r.out).not.toMatch(/-> "data\/db"/);
    expect(r.out.trimEnd().endsWith('}')).toBe(true);
  });

  it('--format json is --json; an unknown format or a clash is exit 2', () => {
    expect(kpd('analyze', file, '--format', 'json').out).toBe(kpd('analyze', file, '--json').out);
    const bad = kpd('analyze', file, '--format', 'xml');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format xml: use one of text, json, csv, md, dot');
    expect(kpd('analyze', file, '--json', '--format', 'csv').code).toBe(2);
  });
});

describe('kpd analyze --focus', () => {
  it('keeps only connections touching the focused workloads or namespaces', () => {
    const byWorkload = JSON.parse(kpd('analyze', file, '--json', '--focus', 'shop/web').out);
    for (const c of byWorkload.connections) expect([...c.from, ...c.to]).toContain('shop/web');
    expect(byWorkload.summary.pairs).toBe(4); // web with api and db, both ways
    const byNamespace = JSON.parse(kpd('analyze', file, '--json', '--focus', 'data').out);
    for (const c of byNamespace.connections) expect([...c.from, ...c.to]).toContain('data/db');
    expect(byNamespace.summary.pairs).toBe(4);
    const both = JSON.parse(kpd('analyze', file, '--json', '--focus', 'data', '--focus', 'shop/web').out);
    expect(both.summary.pairs).toBe(6); // every pair touches one of them, and none is counted twice
  });

  it('refuses an unknown workload or namespace with exit 2 and the names that exist', () => {
    const w = kpd('analyze', file, '--focus', 'shop/nope');
    expect(w.code).toBe(2);
    expect(w.err).toContain('--focus shop/nope: no workload "shop/nope" in the manifests (known in shop: shop/api, shop/web)');
    const ns = kpd('analyze', file, '--focus', 'nowhere');
    expect(ns.code).toBe(2);
    expect(ns.err).toContain('--focus nowhere: no namespace "nowhere"');
    expect(ns.out).toBe('');
  });
});

describe('kpd analyze on a cluster of distinct workloads', () => {
  it('covers every ordered pair exactly once in JSON, and csv has the same blocks', async () => {
    const { generateDistinct } = await import('../../bench/generate-distinct');
    const big = join(mkdtempSync(join(tmpdir(), 'kpd-distinct-')), 'cluster.yaml');
    writeFileSync(big, generateDistinct(120));
    const r = kpd('analyze', big, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { connections: { from: string[]; to: string[] }[]; summary: Record<string, number> };
    const n = json.summary.workloads!;
    // The generator adds the cluster's DNS workload beside the 120 it is asked for.
    expect(n).toBeGreaterThanOrEqual(120);
    expect(json.summary.pairs).toBe(n * (n - 1));
    const seen = new Set<string>();
    for (const c of json.connections) for (const s of c.from) for (const t of c.to) if (s !== t) seen.add(`${s}>${t}`);
    expect(seen.size).toBe(n * (n - 1));
    const csv = kpd('analyze', big, '--format', 'csv').out.trimEnd().split('\r\n');
    expect(csv.length - 1).toBe(json.connections.length);
  });
});

describe('kpd analyze into a pipe that closes early', () => {
  it('stops quietly with exit 0, as `kpd analyze … | head` expects', async () => {
    const { spawn } = await import('node:child_process');
    const { generateDistinct } = await import('../../bench/generate-distinct');
    const big = join(mkdtempSync(join(tmpdir(), 'kpd-pipe-')), 'cluster.yaml');
    writeFileSync(big, generateDistinct(150));
    const child = spawn(process.execPath, [join(root, 'bin', 'kpd.mjs'), 'analyze', big, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(err).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
