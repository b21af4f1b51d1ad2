// A folder with one broken file (issue 9 §5): the file and line are named on stderr, the valid documents
// are still answered, and the exit code is 2, as `kubectl apply -f dir/` does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const kpd = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kpd.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const pod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: demo, labels: {app: ${name}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}\n`;

let dir: string;
beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'kpd-broken-')), 'manifests');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a-pods.yaml'), pod('one') + '---\n' + pod('two'));
  // Line 4 opens a flow sequence that never closes (yaml reports it where the text ends).
  writeFileSync(join(dir, 'b-broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n');
  writeFileSync(join(dir, 'c-more.yaml'), pod('three'));
});

describe('a folder with one broken file', () => {
  it('analyze names the file and line, answers from the rest, exit 2', () => {
    const r = kpd('analyze', dir, '--json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/b-broken\.yaml:\d+:\d+: error: YAML syntax error/);
    const json = JSON.parse(r.out);
    expect(json.summary.workloads).toBe(3);
    expect(json.connections.length).toBeGreaterThan(0);
    expect(json.diagnostics.some((d: { file: string }) => d.file.endsWith('b-broken.yaml'))).toBe(true);
    // The JSON shape of a diagnostic is a contract: the page's i18n code and parameters are not part of it.
    for (const d of json.diagnostics) for (const k of Object.keys(d)) expect(['severity', 'file', 'line', 'col', 'endLine', 'endCol', 'path', 'message']).toContain(k);
  });

  it('check prints the verdict from the valid documents, exit 2 (not 0)', () => {
    const r = kpd('check', dir, '--from', 'demo/one', '--to', 'demo/three', '--port', '80');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^ALLOWED demo\/one -> demo\/three 80\/TCP/);
    expect(r.err).toMatch(/b-broken\.yaml:\d+:\d+: error/);
    expect(r.err).toContain('answering from the rest');
  });

  it('a batch answers every query, exit 2', () => {
    const q = join(dir, '..', 'q.json');
    writeFileSync(q, JSON.stringify([{ from: 'demo/one', to: 'demo/two', port: 80 }]));
    const r = kpd('check', dir, '--queries', q, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  it('a whole file that is valid still exits 0', () => {
    expect(kpd('analyze', join(dir, 'a-pods.yaml')).code).toBe(0);
  });
});
