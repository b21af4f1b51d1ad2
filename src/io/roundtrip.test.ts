// Exported files analysed again must give the verdicts the canvas showed before export ("Export to a
// repo"). Compared pair by pair over every workload and every declared destination port of each example.
import { describe, it, expect } from 'vitest';
import { parseManifests } from '../yaml';
import { createEngine, isQueryError } from '../engine/engine';
import { EXAMPLES } from '../examples';
import { exportZip, manifestsOfZip, repoFiles } from './zip';
import { planImport } from './import';

function verdicts(text: string): Map<string, string> {
  const { cluster } = parseManifests([{ file: 'x.yaml', text }]);
  const engine = createEngine(cluster);
  const out = new Map<string, string>();
  for (const src of cluster.workloads)
    for (const dst of cluster.workloads)
      for (const p of dst.ports.length ? dst.ports : [{ containerPort: 80, protocol: 'TCP' as const }]) {
        const q = { from: `${src.namespace}/${src.name}`, to: `${dst.namespace}/${dst.name}`, port: p.containerPort, protocol: p.protocol };
        const v = engine.check(q);
        out.set(`${q.from} → ${q.to} ${q.port}/${q.protocol}`, isQueryError(v) ? `error ${v.error}` : `${v.allowed} ${v.kind}`);
      }
  return out;
}

describe.each(EXAMPLES.map((e) => [e.id, e] as const))('export of %s', (_id, example) => {
  it('zips one file per resource and re-imports to the same verdicts', () => {
    const files = repoFiles(example.manifests);
    const docs = parseManifests([{ file: 'x.yaml', text: example.manifests }]).documents.length;
    expect(files.length).toBe(docs + 1);
    const reimported = planImport(manifestsOfZip(exportZip(example.manifests), 'export.zip'));
    expect(reimported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // manifestsOfZip leaves kustomization.yaml out before planning.
    expect(reimported.skipped).toEqual([]);
    expect(reimported.documents).toBe(docs);
    const before = verdicts(example.manifests);
    expect(before.size).toBeGreaterThan(0);
    expect(verdicts(reimported.text)).toEqual(before);
  });
});

describe('import', () => {
  it('loads the valid documents of a broken file and reports the broken one with file, line and column', () => {
    const good = EXAMPLES[0].manifests;
    const broken = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: Pod\nmetadata: [unclosed\n';
    const plan = planImport([
      { file: 'good.yaml', text: good },
      { file: 'dir/broken.yaml', text: broken },
    ]);
    const err = plan.diagnostics.find((d) => d.severity === 'error');
    expect(err).toMatchObject({ file: 'dir/broken.yaml' });
    expect(err!.line).toBeGreaterThanOrEqual(6);
    expect(plan.dropped).toBe(1);
    const cluster = parseManifests([{ file: '', text: plan.text }]).cluster;
    expect(cluster.namespaces.map((n) => n.name).sort()).toEqual(['demo', 'ok']);
  });

  it('keeps kinds it does not model, verbatim', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: demo\ndata:\n  # keep me\n  a: "1"\n';
    const plan = planImport([{ file: 'cm.yaml', text: cm }]);
    expect(plan.text).toBe(cm);
    expect(parseManifests([{ file: '', text: plan.text }]).cluster.unmodelled).toHaveLength(1);
  });
});
