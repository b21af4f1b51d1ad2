// A batch writes, for every query, what a single `kpd check` would answer: repeats are printed from the text made
// for their first occurrence, and that must never hand one query another query's answer.
import { describe, expect, it } from 'vitest';
import { generateDistinct } from '../../bench/generate-distinct';
import { createEngine, type Engine } from '../engine';
import type { Query } from '../model';
import { parseManifests } from '../yaml';
import { answer, checkText, writeBatch } from './check';
import { streamSink } from './sink';

const engine = createEngine(parseManifests([{ file: 'distinct.yaml', text: generateDistinct(60, 5) }]).cluster);
const ids = engine.cluster.workloads.map((w) => `${w.namespace}/${w.name}`);
const podIp = engine.cluster.workloads.find((w) => w.podIP)!;

/** Every pair of a few workloads on a few ports, as plain TCP, UDP and HTTP requests, three times over in two orders. */
function queries(): Query[] {
  const variants: Partial<Query>[] = [{}, { protocol: 'TCP' }, { protocol: 'UDP' }, { method: 'GET', path: '/a' }, { method: 'GET', path: '/b' }, { method: 'POST', path: '/a' }];
  const once: Query[] = [];
  for (const from of ids.slice(0, 4)) for (const to of ids.slice(0, 5)) for (const port of [8080, 9090]) for (const v of variants) once.push({ from, to, port, ...v });
  once.push({ from: podIp.podIP!, to: ids[1]!, port: 8080 }, { from: `${podIp.namespace}/${podIp.name}`, to: ids[1]!, port: 8080 }, { from: '8.8.8.8', to: ids[2]!, port: 80 });
  return [...once, ...once.slice().reverse(), ...once];
}

async function batch(e: Engine, qs: Query[], json: boolean, kept?: number): Promise<string> {
  const chunks: string[] = [];
  await writeBatch(e, qs, 'q.json', json, streamSink({ write: (c) => chunks.push(c) > 0, once: () => undefined }, 1024), kept);
  return chunks.join('');
}

describe('kpd check --queries', () => {
  const qs = queries();
  const single = qs.map((q) => answer(engine, q, ''));

  it('answers every query, repeats included, as a single check does (JSON)', async () => {
    for (const kept of [undefined, 7]) {
      const lines = JSON.parse(await batch(engine, qs, true, kept)) as unknown[];
      expect(lines).toEqual(single);
    }
  });

  it('answers every query, repeats included, as a single check does (text)', async () => {
    for (const kept of [undefined, 7]) expect(await batch(engine, qs, false, kept)).toBe(single.map(checkText).join('\n'));
  });

  it('writes the JSON bytes of one object per line', async () => {
    expect(await batch(engine, qs.slice(0, 3), true)).toBe(
      `[\n${single
        .slice(0, 3)
        .map((r) => JSON.stringify(r))
        .join(',\n')}\n]\n`,
    );
  });
});
