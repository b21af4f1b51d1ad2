import { describe, expect, it } from 'vitest';
import { BlockRows, pairCount } from '../block-rows';

const rowOf = (b: Parameters<BlockRows['row']>[0]) => new BlockRows().row(b);
import { dotFormat } from './dot';

const ctx = { diagnostics: [], focus: [], clusterPolicies: [] };
const summary = { workloads: 6, blocks: 1, pairs: 9, connectedPairs: 9, openPairs: 0, httpOnlyPairs: 0, deniedBlocks: 0, deniedPairs: 0, warnings: 0, diagnostics: 0 };

describe('dot format', () => {
  it('draws an m × n block through one point node: m + n edges instead of m·n', () => {
    const block = { from: ['a/1', 'a/2', 'a/3'], to: ['b/1', 'b/2', 'b/3'], ports: [{ port: '80/TCP', kind: 'allowed' as const }] };
    const dot = dotFormat();
    const text = dot.head(ctx) + dot.block(rowOf(block), pairCount(block)) + dot.tail(ctx, { summary, warnings: [] });
    expect(text.match(/shape=point/g)).toHaveLength(1);
    expect(text.match(/ -> /g)).toHaveLength(6);
    expect(text).toContain('block1 -> "b/2" [label="80/TCP", color="#2e7d32"];');
    expect(text).toContain('subgraph "cluster_a" {');
  });

  it('draws a small block pair by pair, one edge per kind, never a workload to itself', () => {
    const block = {
      from: ['a/1', 'a/2'],
      to: ['a/1', 'a/2'],
      ports: [
        { port: '80/TCP', kind: 'unisolated' as const },
        { port: '8080/TCP', kind: 'http-only' as const },
      ],
    };
    const text = dotFormat().block(rowOf(block), pairCount(block));
    expect(text.match(/ -> /g)).toHaveLength(4);
    expect(text).not.toContain('"a/1" -> "a/1"');
    expect(text).toContain('"a/2" -> "a/1" [label="8080/TCP", color="#7c3aed", style=dotted];');
  });
});
