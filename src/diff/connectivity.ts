// The one place diff reads the engine: every ordered workload pair with one verdict kind per destination port.
// Read off engine.blocks() (the public API); when the set-algebra engine replaces the blocks' source, this stays.
import { createEngine, type ConnectionBlock } from '../engine';
import type { Cluster, VerdictKind } from '../model';

/** `from->to` → port (`80/TCP`, `any`) → kind. */
export type Connectivity = Map<string, Map<string, VerdictKind>>;

export const pairKey = (from: string, to: string): string => `${from}->${to}`;

export function connectivityOf(cluster: Cluster): Connectivity {
  return connectivityOfBlocks(createEngine(cluster).blocks());
}

export function connectivityOfBlocks(blocks: Iterable<ConnectionBlock>): Connectivity {
  const out: Connectivity = new Map();
  for (const b of blocks) {
    for (const from of b.from) {
      for (const to of b.to) {
        if (from === to) continue;
        const ports = new Map<string, VerdictKind>();
        for (const p of b.ports) ports.set(p.port, p.kind);
        out.set(pairKey(from, to), ports);
      }
    }
  }
  return out;
}

/** Workload ids of the cluster (`ns/name`), as the engine resolves them. */
export function workloadIds(cluster: Cluster): Set<string> {
  return new Set(cluster.workloads.map((w) => `${w.namespace}/${w.name}`));
}
