// The worker's own time for a full analysis of distinct workloads, in process: the payload the page gets now
// (engine.connectivity() + serialize + warnings, and the copy for the transfer) beside the grouped matrix it used
// to get (engine.matrix() and its structured clone). Run: node bin/tsx-run.mjs bench/worker-payload.ts [sizes]
import { performance } from 'node:perf_hooks';
import { createEngine } from '../src/engine/engine';
import type { SerializedConnectivity } from '../src/engine/connectivity/connectivity';
import { parseManifests } from '../src/yaml';
import { generateDistinct } from './generate-distinct';

const sizes = (process.argv[2] ?? '1000').split(',').map(Number);
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

console.log(
  '| workloads | parse | connectivity + serialize + warnings | copy for transfer | clone without transfer | payload bytes | old: matrix() | old: clone of matrix | old: connections |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const n of sizes) {
  const text = generateDistinct(n);
  const [cluster, parseMs] = time(() => parseManifests([{ file: '', text }]).cluster);
  const engine = createEngine(cluster);
  const [payload, payloadMs] = time(() => ({ connectivity: engine.connectivity().serialize(), warnings: engine.warnings() }));
  const [copy, copyMs] = time(() => copyOf(payload.connectivity));
  const [, cloneMs] = time(() => structuredClone(payload));
  const bytes = copy.slotStart.byteLength + copy.slotPort.byteLength + copy.slotProtocol.byteLength + copy.planes.byteLength + (copy.tierPlanes?.byteLength ?? 0);
  const old = createEngine(cluster);
  const [matrix, matrixMs] = time(() => old.matrix());
  const [, oldCloneMs] = time(() => structuredClone(matrix));
  console.log(
    `| ${n} | ${parseMs.toFixed(0)} ms | ${payloadMs.toFixed(0)} ms | ${copyMs.toFixed(1)} ms | ${cloneMs.toFixed(1)} ms | ${(bytes / 1024).toFixed(0)} KiB | ${matrixMs.toFixed(0)} ms | ${oldCloneMs.toFixed(0)} ms | ${matrix.connections.length.toLocaleString('en')} |`,
  );
}
