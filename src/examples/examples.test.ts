import { describe, it, expect } from 'vitest';
import { parseManifests } from '../yaml';
import { createEngine } from '../engine/engine';
import { EXAMPLES, describeQuery, mismatch } from './index';

describe.each(EXAMPLES.map((e) => [e.id, e] as const))('example %s', (_id, example) => {
  const parsed = () => parseManifests([{ file: `${example.id}.yaml`, text: example.manifests }]);

  it('parses without errors', () => {
    const errors = parsed().diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it.each(example.known.map((k) => [describeQuery(k), k] as const))('the engine agrees: %s', (_q, known) => {
    const engine = createEngine(parsed().cluster);
    expect(mismatch(engine, known)).toBeUndefined();
  });

  it('shows the overlay pair in the colour the rules give on every port of the destination', () => {
    const { cluster } = parsed();
    const engine = createEngine(cluster);
    const { from, to, kind } = example.overlay;
    const [ns, name] = to.split('/');
    const dst = cluster.workloads.find((w) => w.namespace === ns && w.name === name);
    expect(dst?.ports.length, to).toBeGreaterThan(0);
    for (const p of dst!.ports) {
      const m = mismatch(engine, { from, to, port: p.containerPort, protocol: p.protocol, allowed: kind !== 'denied' && kind !== 'http-only', kind });
      expect(m, `${from} → ${to} ${p.containerPort}/${p.protocol}`).toBeUndefined();
    }
  });
});

describe('the gallery', () => {
  it('has unique ids and a denied verdict first (the e2e test shows it)', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) expect(e.known[0]?.allowed, e.id).toBe(false);
  });
});
