// analyze writes as it goes: in-process, with a block source that counts what was pulled and a stream that
// records each write, so "never one huge string" and backpressure are checked directly.
import { describe, expect, it } from 'vitest';
import { emptyCluster } from '../model';
import type { ConnectionBlock } from '../engine';
import { runAnalyze, type AnalyzeSource } from './analyze';
import { pairCount } from './block-rows';
import { CHUNK_CHARS, streamSink, type TextStream } from './sink';

const BLOCKS = 50_000;

function source(progress: { pulled: number }): AnalyzeSource {
  const cluster = emptyCluster();
  for (let i = 0; i < 100; i++) cluster.workloads.push({ kind: 'Pod', namespace: `ns${i % 4}`, name: `w${i}`, labels: {}, annotations: {}, serviceAccount: 'default', ports: [] });
  return {
    cluster,
    *blocks(): Generator<ConnectionBlock> {
      for (let i = 0; i < BLOCKS; i++) {
        progress.pulled++;
        const kind = i % 3 === 0 ? 'denied' : 'allowed';
        yield { from: [`ns0/b${i}`], to: [`ns1/w${(i + 1) % 100}`, `ns2/w${(i + 2) % 100}`], ports: [{ port: '8080/TCP', kind }] };
      }
    },
    warnings: () => ['a warning'],
  };
}

/** A stream whose buffer is "full" after every `every` writes, draining on a later turn. */
function slowStream(progress: { pulled: number }, every: number) {
  const writes: { size: number; pulledAt: number }[] = [];
  let waiting = false;
  let drain: (() => void) | undefined;
  const stream: TextStream = {
    write(chunk) {
      expect(waiting).toBe(false); // nobody writes while we asked them to wait
      writes.push({ size: chunk.length, pulledAt: progress.pulled });
      text.push(chunk);
      if (writes.length % every !== 0) return true;
      waiting = true;
      setTimeout(() => {
        waiting = false;
        drain?.();
      }, 1);
      return false;
    },
    once(_event, listener) {
      drain = listener;
    },
  };
  const text: string[] = [];
  return { stream, writes, text };
}

describe('kpd analyze output', () => {
  it('writes JSON in chunks while blocks are still being computed, and waits for drain', async () => {
    const progress = { pulled: 0 };
    const { stream, writes, text } = slowStream(progress, 3);
    await runAnalyze(source(progress), { format: 'json', focus: [], diagnostics: [] }, streamSink(stream));
    expect(writes.length).toBeGreaterThan(20);
    expect(writes[0]!.pulledAt).toBeLessThan(BLOCKS / 2); // the first bytes left long before the last block
    const biggestBlock = 200;
    for (const w of writes) expect(w.size).toBeLessThan(CHUNK_CHARS + biggestBlock);
    const json = JSON.parse(text.join(''));
    expect(json.connections).toHaveLength(BLOCKS);
    expect(Object.keys(json)).toEqual(['connections', 'warnings', 'diagnostics', 'summary']);
    expect(json.summary).toMatchObject({ workloads: 100, blocks: BLOCKS, pairs: 2 * BLOCKS, deniedBlocks: Math.ceil(BLOCKS / 3), warnings: 1 });
  });

  it('text lists the connected blocks and counts the denied ones', async () => {
    const progress = { pulled: 0 };
    const { stream, text } = slowStream(progress, 1000);
    await runAnalyze(source(progress), { format: 'text', focus: [], diagnostics: [] }, streamSink(stream));
    const out = text.join('');
    expect(out).toContain('  ns0/b1 -> {ns1/w2, ns2/w3}: allowed 8080/TCP\n');
    expect(out).not.toContain('ns0/b0 -> ');
    expect(out).toContain(`Denied on every port: ${2 * Math.ceil(BLOCKS / 3)} ordered pairs in ${Math.ceil(BLOCKS / 3)} blocks`);
  });
});

describe('pairCount', () => {
  it('counts |from| × |to| less the workloads on both sides, without listing pairs', () => {
    expect(pairCount({ from: ['a', 'b', 'c'], to: ['c', 'd'] })).toBe(5);
    const same = ['a', 'b', 'c'];
    expect(pairCount({ from: same, to: same })).toBe(6);
    expect(pairCount({ from: ['a'], to: ['a'] })).toBe(0);
  });
});
