// Tests that read like manifests: build an engine from YAML text.
import { parseManifests } from '../../yaml/parse';
import { createEngine, isQueryError, type Engine } from '../engine';
import type { Query, Verdict } from '../../model';

export function engineFrom(text: string): Engine {
  const r = parseManifests([{ file: 'test.yaml', text }]);
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((e) => `${e.line}:${e.col} ${e.message}`).join('\n'));
  return createEngine(r.cluster);
}

export function verdict(engine: Engine, q: Query): Verdict {
  const v = engine.check(q);
  if (isQueryError(v)) throw new Error(v.error);
  return v;
}

/** A Pod with one container port per entry (`8080` or `http:8080`). */
export function pod(
  ns: string,
  name: string,
  opts: { labels?: Record<string, string>; sa?: string; ports?: string[]; annotations?: Record<string, string>; ip?: string } = {},
): string {
  const labels = { app: name, ...opts.labels };
  const ports = (opts.ports ?? ['8080']).map((p) => {
    const [n, num] = p.includes(':') ? p.split(':') : [undefined, p];
    return `{containerPort: ${num}${n ? `, name: ${n}` : ''}}`;
  });
  return `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: ${JSON.stringify(labels)}${opts.annotations ? `, annotations: ${JSON.stringify(opts.annotations)}` : ''}}
spec: {serviceAccountName: ${opts.sa ?? 'default'}, containers: [{name: c, image: x, ports: [${ports.join(', ')}]}]}
${opts.ip ? `status: {podIP: ${opts.ip}}\n` : ''}---
`;
}

export function namespace(name: string, labels: Record<string, string> = {}): string {
  return `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: ${JSON.stringify(labels)}}\n---\n`;
}
