// A connection block as the CLI prints it (today's JSON field names), and the summary counts, which are
// computed from the block sizes: a block stands for |from| × |to| ordered pairs minus the workloads on both
// sides (a workload with itself is not a pair), so no pair is ever listed.
import type { VerdictKind } from '../model';
import type { ConnectionBlock } from '../engine';
import type { PortVerdict } from '../engine/matrix';

export interface BlockRow {
  from: string[];
  to: string[];
  allowed: string[];
  unisolated: string[];
  httpOnly: string[];
  denied: string[];
}

const FIELD: Record<VerdictKind, keyof Omit<BlockRow, 'from' | 'to'>> = { allowed: 'allowed', unisolated: 'unisolated', 'http-only': 'httpOnly', denied: 'denied' };

/**
 * Rows of blocks, sharing the per-kind port lists of blocks that share their `ports` array (the engine hands
 * out one array per verdict combination), so formats can cache what they make of them by identity.
 */
export class BlockRows {
  private readonly byPorts = new WeakMap<PortVerdict[], Omit<BlockRow, 'from' | 'to'>>();

  row(b: ConnectionBlock): BlockRow {
    let kinds = this.byPorts.get(b.ports);
    if (!kinds) {
      kinds = { allowed: [], unisolated: [], httpOnly: [], denied: [] };
      for (const p of b.ports) kinds[FIELD[p.kind]].push(p.port);
      this.byPorts.set(b.ports, kinds);
    }
    return { from: b.from, to: b.to, ...kinds };
  }
}

/** Something gets through on at least one port. */
export function connected(r: BlockRow): boolean {
  return r.allowed.length > 0 || r.unisolated.length > 0 || r.httpOnly.length > 0;
}

/** Ordered pairs (s, t), s ≠ t, that the block stands for. */
export function pairCount(b: { from: string[]; to: string[] }): number {
  if (b.from === b.to) return b.from.length * (b.from.length - 1);
  const [small, large] = b.from.length <= b.to.length ? [b.from, b.to] : [b.to, b.from];
  let both = 0;
  if (small.length === 1) both = large.includes(small[0]!) ? 1 : 0;
  else {
    const set = new Set(small);
    for (const id of large) if (set.has(id)) both++;
  }
  return b.from.length * b.to.length - both;
}

export interface AnalyzeSummary {
  workloads: number;
  blocks: number;
  /** Ordered workload pairs covered (every pair without --focus). */
  pairs: number;
  /** Pairs with a connection on at least one port. */
  connectedPairs: number;
  /** Pairs with at least one port open only because nothing at the destination decides. */
  openPairs: number;
  /** Pairs with at least one port let through for some HTTP requests only. */
  httpOnlyPairs: number;
  /** Blocks (and their pairs) with no connection on any port. */
  deniedBlocks: number;
  deniedPairs: number;
  warnings: number;
  diagnostics: number;
}

export class Tally {
  readonly summary: AnalyzeSummary;

  constructor(workloads: number, diagnostics: number) {
    this.summary = { workloads, blocks: 0, pairs: 0, connectedPairs: 0, openPairs: 0, httpOnlyPairs: 0, deniedBlocks: 0, deniedPairs: 0, warnings: 0, diagnostics };
  }

  add(r: BlockRow, pairs: number): void {
    const s = this.summary;
    s.blocks++;
    s.pairs += pairs;
    if (connected(r)) s.connectedPairs += pairs;
    else {
      s.deniedBlocks++;
      s.deniedPairs += pairs;
    }
    if (r.unisolated.length > 0) s.openPairs += pairs;
    if (r.httpOnly.length > 0) s.httpOnlyPairs += pairs;
  }
}
