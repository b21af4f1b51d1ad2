// The CLI through a real child process, as CI jobs and other tools run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const kpd = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kpd.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const pods = `apiVersion: v1
kind: Pod
metadata: {name: one, namespace: demo, labels: {app: one}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: two, namespace: demo, labels: {app: two}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}
`;
const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: only-one, namespace: demo}
spec: {podSelector: {matchLabels: {app: two}}, ingress: [{from: [{podSelector: {matchLabels: {app: one}}}]}]}
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kpd-cli-'));
  mkdirSync(join(dir, 'manifests', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'manifests', 'pods.yaml'), pods);
  writeFileSync(join(dir, 'manifests', 'nested', 'policy.yml'), policy);
  writeFileSync(join(dir, 'manifests', 'README.md'), 'not a manifest');
  writeFileSync(
    join(dir, 'q.json'),
    JSON.stringify([
      { from: 'demo/one', to: 'demo/two', port: 80 },
      { from: 'demo/two', to: 'demo/one', port: 80 },
      { from: '8.8.8.8', to: 'demo/two', port: 80 },
    ]),
  );
});

describe('kpd check', () => {
  it('answers a batch in order with allowed and reasons, exit 0, reading directories recursively', () => {
    const r = kpd('check', join(dir, 'manifests'), '--queries', join(dir, 'q.json'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { allowed: boolean; reasons: string[]; kind: string }[];
    expect(out.map((x) => x.allowed)).toEqual([true, true, false]);
    expect(out[0]!.reasons.join('\n')).toContain('ingress at demo/two: allowed by NetworkPolicy demo/only-one ingress[0] from[0]');
    expect(out[2]!.reasons.join('\n')).toContain('denied: isolated by NetworkPolicy demo/only-one');
  });

  it('exits 0 when allowed, 1 when denied (text and JSON), 2 on bad input', () => {
    const m = join(dir, 'manifests');
    const allowed = kpd('check', m, '--from', 'demo/one', '--to', 'demo/two', '--port', '80');
    expect(allowed.code).toBe(0);
    expect(allowed.out).toMatch(/^ALLOWED demo\/one -> demo\/two 80\/TCP/);
    const denied = kpd('check', m, '--from', '8.8.8.8', '--to', 'demo/two', '--port=80', '--json');
    expect(denied.code).toBe(1);
    expect(JSON.parse(denied.out)).toMatchObject({ from: '8.8.8.8', to: 'demo/two', port: 80, protocol: 'TCP', allowed: false, kind: 'denied' });
    const unknown = kpd('check', m, '--from', 'demo/nope', '--to', 'demo/two', '--port', '80');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no workload "demo/nope"');
    const port = kpd('check', m, '--from', 'demo/one', '--to', 'demo/two', '--port', '70000');
    expect(port.code).toBe(2);
    expect(port.err).toContain('--port 70000');
  });

  it('names the query at fault in a bad batch', () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify([
        { from: 'demo/one', to: 'demo/two', port: 80 },
        { from: 'demo/one', to: 'demo/zzz', port: 80 },
      ]),
    );
    const r = kpd('check', join(dir, 'manifests'), '--queries', join(dir, 'bad.json'), '--json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.json[1].to');
    expect(r.out).toBe('');
  });
});

describe('kpd analyze and bad input', () => {
  it('prints grouped connections, allowed first, and JSON with the documented shape', () => {
    const text = kpd('analyze', join(dir, 'manifests'));
    expect(text.code).toBe(0);
    expect(text.out).toContain('demo/one -> demo/two: allowed 80/TCP');
    expect(text.out).toMatch(/Summary: 2 workloads/);
    const json = JSON.parse(kpd('analyze', join(dir, 'manifests'), '--json').out);
    expect(Object.keys(json)).toEqual(['connections', 'warnings', 'diagnostics', 'summary']);
    expect(json.summary).toMatchObject({ workloads: 2, pairs: 2 });
    // two's ingress admits one explicitly: allowed, though one's egress is open (QUERY-MODEL, verdict kinds).
    expect(json.connections).toContainEqual({ from: ['demo/one'], to: ['demo/two'], allowed: ['80/TCP'], unisolated: [], httpOnly: [], denied: [] });
  });

  it('refuses unparseable YAML with file:line:col, exit 2, and a 50 MB file within a second', () => {
    writeFileSync(join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n');
    const broken = kpd('analyze', join(dir, 'broken.yaml'));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken\.yaml:\d+:\d+: error: YAML syntax error/);
    const big = join(dir, 'big.yaml');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const t = Date.now();
    const r = kpd('analyze', big);
    expect(r.code).toBe(2);
    expect(r.err).toContain('over the 20 MB limit');
    expect(Date.now() - t).toBeLessThan(10_000); // process start included; the refusal itself is a stat call
  });

  it('reports schema errors on stderr and still analyses the valid documents', () => {
    writeFileSync(join(dir, 'mixed.yaml'), pods + '---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: bad, namespace: demo}\nspec: {podSelector: web}\n');
    const r = kpd('check', join(dir, 'mixed.yaml'), '--from', 'demo/one', '--to', 'demo/two', '--port', '80');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/mixed\.yaml:14:\d+: error: spec\.podSelector: must be a mapping/);
  });

  it('rejects unknown options and commands with exit 2', () => {
    expect(kpd('analyze', '--frobnicate').code).toBe(2);
    expect(kpd('explode').code).toBe(2);
    expect(kpd('--help').code).toBe(0);
  });
});
