// kpd lint and kpd diff through a real child process, as CI jobs run them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const kpd = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'kpd.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const fx = (...p: string[]) => join('fixtures', ...p);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kpd-lint-'));
  writeFileSync(join(dir, 'clean.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: x}\nspec: {containers: [{name: c, image: x}]}\n');
  writeFileSync(join(dir, 'info.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\n');
  writeFileSync(join(dir, 'broken.yaml'), 'kind: Pod\nmetadata: {name: a\n');
  mkdirSync(join(dir, 'empty'));
});

describe('kpd lint', () => {
  it('prints the --json contract: code, severity, message, file, line, column, object, path, fix', () => {
    const r = kpd('lint', fx('lint', 'pitfalls.yaml'), '--json');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    const allowed = ['code', 'severity', 'message', 'file', 'line', 'column', 'object', 'path', 'fix'];
    for (const f of findings) {
      expect(Object.keys(f).every((k) => allowed.includes(k))).toBe(true);
      expect(f.code).toMatch(/^KPD\d{3}$/);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(typeof f.line).toBe('number');
    }
    expect(findings.find((f) => f.code === 'KPD102')).toMatchObject({
      file: fx('lint', 'pitfalls.yaml'),
      line: 50,
      column: 11,
      object: 'NetworkPolicy shop/from-legacy',
      path: 'spec.ingress[0].from[0]',
    });
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['KPD102', 'KPD103', 'KPD104', 'KPD105', 'KPD106', 'KPD107']));
  });

  it('exits by --fail-on: 0 when nothing is at or above it, 1 when something is', () => {
    expect(kpd('lint', join(dir, 'clean.yaml')).code).toBe(0);
    expect(kpd('lint', join(dir, 'info.yaml')).code).toBe(0);
    expect(kpd('lint', join(dir, 'info.yaml'), '--fail-on', 'info').code).toBe(1);
    expect(kpd('lint', fx('lint', 'pitfalls.yaml'), '--fail-on=error').code).toBe(0);
    expect(kpd('lint', fx('lint', 'istio.yaml'), '--fail-on', 'error').code).toBe(1);
    const text = kpd('lint', fx('lint'));
    expect(text.out).toMatch(/fixtures\/lint\/istio\.yaml:\d+:\d+: error KPD301: /);
    expect(text.out).toMatch(/\d+ findings: \d+ errors/);
  });

  it('exits 2 with a clear message on bad input', () => {
    const missing = kpd('lint', join(dir, 'nope.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or directory');
    const broken = kpd('lint', join(dir, 'broken.yaml'));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken\.yaml:\d+:\d+: error: YAML syntax error/);
    const failOn = kpd('lint', fx('lint'), '--fail-on', 'fatal');
    expect(failOn.code).toBe(2);
    expect(failOn.err).toContain('--fail-on fatal: use error, warning or info');
    expect(kpd('lint').code).toBe(2);
    const empty = kpd('lint', join(dir, 'empty'));
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('no Kubernetes objects found');
    expect(kpd('lint', fx('lint'), '--format', 'xml').code).toBe(2);
  });

  it('prints SARIF 2.1.0 with the fields code scanning requires', () => {
    const r = kpd('lint', fx('lint'), '--format', 'sarif');
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.out) as {
      version: string;
      $schema: string;
      runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } }; results: Record<string, unknown>[] }[];
    };
    // Required by the SARIF 2.1.0 schema: sarifLog.version + runs; run.tool.driver.name; result.message.text;
    // code scanning also needs ruleId, level and a physical location with a region.startLine.
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif-2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('kpd');
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of run.tool.driver.rules) expect(rule.shortDescription.text.length).toBeGreaterThan(0);
    expect(run.results.length).toBeGreaterThan(10);
    for (const res of run.results as {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } } }[];
    }[]) {
      expect(ids[res.ruleIndex]).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text.length).toBeGreaterThan(0);
      const loc = res.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^fixtures\/lint\/(istio|pitfalls)\.yaml$/);
      expect(Number.isInteger(loc.region.startLine) && loc.region.startLine >= 1).toBe(true);
    }
  });
});

describe('kpd diff', () => {
  const before = fx('diff', 'before.yaml');
  const after = fx('diff', 'after.yaml');

  it('lists each changed connection grouped into blocks, --json as the contract, exit 1', () => {
    const r = kpd('diff', before, after, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      changes: [
        { from: ['shop/db'], to: ['shop/api'], ports: ['8080/TCP'], before: 'unisolated', after: 'denied' },
        // api now admits web explicitly: open before (nothing at api decided), allowed after.
        { from: ['shop/web'], to: ['shop/api'], ports: ['8080/TCP'], before: 'unisolated', after: 'allowed' },
        { from: ['shop/web'], to: ['shop/db'], ports: ['5432/TCP'], before: 'denied', after: 'allowed' },
      ],
    });
    expect(kpd('diff', before, after).out).toContain('+ shop/web -> shop/db 5432/TCP: denied ->');
  });

  it('exits 0 when nothing changed, 2 on bad input', () => {
    const same = kpd('diff', before, before);
    expect(same.code).toBe(0);
    expect(same.out).toContain('No connection changes its verdict.');
    expect(kpd('diff', before).code).toBe(2);
    const missing = kpd('diff', before, join(dir, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or directory');
  });

  it('--format md prints a table for a pull-request description', () => {
    const r = kpd('diff', before, after, '--format', 'md');
    expect(r.out).toContain('| | From | To | Ports | Before | After |');
    expect(r.out).toMatch(/\| ➕ \| `shop\/web` \| `shop\/db` \| 5432\/TCP \| denied \|/);
    expect(r.out).toMatch(/\| ➖ \| `shop\/db` \| `shop\/api` \| 8080\/TCP \| unisolated \| denied \|/);
  });
});
