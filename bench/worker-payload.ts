// The worker's own time for a full analysis of distinct workloads, in process: the payload the page gets now
// (engine.connectivity() + serialize + warnings, and the copy for the transfer) beside the grouped matrix it used
// to get (engine.matrix() and its structured clone); then what the worker does per text as the editor changes it
// (parse with the worker's reader, engine, payload), for the first text and for edits of one document.
// Run: node bin/tsx-run.mjs $PWD/bench/worker-payload.ts [sizes]
import { performance } from 'node:perf_hooks';
import { createEngine } from '../src/engine/engine';
import type { SerializedConnectivity } from '../src/engine/connectivity/connectivity';
import { parseManifests } from '../src/yaml';
import { parseManifestsFast } from '../src/yaml/parse-fast';
import { clearChunkCache } from '../src/yaml/reader/incremental';
import { generateDistinct } from './generate-distinct';

const sizes = (process.argv[2] ?? '1000').split(',').map(Number);
const EDITS = 9;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};
const copyOf = (c: SerializedConnectivity): SerializedConnectivity => ({
  ids: c.ids,
  slotStart: c.slotStart.slice(),
  slotPort: c.slotPort.slice(),
  slotProtocol: c.slotProtocol.slice(),
  planes: c.planes.slice(),
  ...(c.tierPlanes ? { tierPlanes: c.tierPlanes.slice() } : {}),
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** The worker's reading of a text (engine.worker.ts): js-yaml where it may, every document remembered. */
const workerRead = (text: string) => parseManifestsFast([{ file: '', text }], { remember: true }).cluster;

/** Edit k of the text: a NetworkPolicy's selected app or a workload's labels, one document each time. */
function edited(docs: string[], k: number): string {
  const copy = docs.slice();
  const kind = k % 2 === 0 ? 'kind: NetworkPolicy' : 'kind: Deployment';
  const at = copy.map((d, i) => (d.includes(kind) ? i : -1)).filter((i) => i >= 0);
  const i = at[(k * 37) % at.length]!;
  copy[i] = k % 2 === 0 ? copy[i]!.replace(/app: (\S+)/, `app: $1-e${k}`) : copy[i]!.replace(/tier: (\S+)/, `tier: $1\n        edited: e${k}`);
  return copy.join('\n---\n');
}

/** Parse with the worker's reader, build the engine, and make the payload: [parse, payload] ms. */
function perText(text: string): [number, number] {
  const [cluster, parseMs] = time(() => workerRead(text));
  const [, payloadMs] = time(() => {
    const engine = createEngine(cluster);
    return { connectivity: engine.connectivity().serialize(), warnings: engine.warnings() };
  });
  return [parseMs, payloadMs];
}

console.log(
  '| workloads | parse, first text: yaml → worker (js-yaml) | connectivity + serialize + warnings | copy for transfer | clone without transfer | payload bytes | old: matrix() | old: clone of matrix | old: connections |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
const perEdit: string[] = [];
for (const n of sizes) {
  const text = generateDistinct(n);
  clearChunkCache();
  const [, yamlMs] = time(() => parseManifests([{ file: '', text }]).cluster);
  clearChunkCache();
  const [cluster, parseMs] = time(() => workerRead(text));
  const engine = createEngine(cluster);
  const [payload, payloadMs] = time(() => ({ connectivity: engine.connectivity().serialize(), warnings: engine.warnings() }));
  const [copy, copyMs] = time(() => copyOf(payload.connectivity));
  const [, cloneMs] = time(() => structuredClone(payload));
  const bytes = copy.slotStart.byteLength + copy.slotPort.byteLength + copy.slotProtocol.byteLength + copy.planes.byteLength + (copy.tierPlanes?.byteLength ?? 0);
  const old = createEngine(cluster);
  const [matrix, matrixMs] = time(() => old.matrix());
  const [, oldCloneMs] = time(() => structuredClone(matrix));
  console.log(
    `| ${n} | ${ms(yamlMs)} → ${ms(parseMs)} | ${ms(payloadMs)} | ${copyMs.toFixed(1)} ms | ${cloneMs.toFixed(1)} ms | ${(bytes / 1024).toFixed(0)} KiB | ${ms(matrixMs)} | ${ms(oldCloneMs)} | ${matrix.connections.length.toLocaleString('en')} |`,
  );
  // Edits as the page sends them: the worker has read the text before, so only the edited document is new.
  const docs = text.split('\n---\n');
  const edits = Array.from({ length: EDITS }, (_, k) => perText(edited(docs, k + 1)));
  const parse = median(edits.map((e) => e[0]));
  const pay = median(edits.map((e) => e[1]));
  const total = median(edits.map((e) => e[0] + e[1]));
  perEdit.push(`| ${n} | ${ms(parse)} | ${ms(pay)} | ${ms(total)} |`);
}
console.log('\nOne edit of one document, the worker warmed up by the first text (median of ' + EDITS + ' edits):\n');
console.log('| workloads | parse (worker reader, cached documents) | engine + connectivity + serialize + warnings | total |');
console.log('|---|---|---|---|');
for (const row of perEdit) console.log(row);
