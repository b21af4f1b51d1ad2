// The diff of two designs: changed (pair, port) verdicts grouped into blocks; one-sided workloads and ports are
// not verdict changes.
import { describe, expect, it } from 'vitest';
import type { VerdictKind } from '../model';
import { pairChanges } from '../ui/compare/changes';
import { diffConnectivity, direction } from './diff';
import { diffMarkdown } from './markdown';
import type { Connectivity } from './connectivity';

const conn = (entries: [string, string, string, VerdictKind][]): Connectivity => {
  const c: Connectivity = new Map();
  for (const [from, to, port, kind] of entries) {
    const key = `${from}->${to}`;
    c.set(key, new Map([...(c.get(key) ?? new Map()), [port, kind]]));
  }
  return c;
};
const ids = (...xs: string[]) => new Set(xs);

describe('diffConnectivity', () => {
  it('groups sources with the same destinations, ports and change into one block', () => {
    const before = conn([
      ['a/x', 'a/db', '5432/TCP', 'denied'],
      ['a/y', 'a/db', '5432/TCP', 'denied'],
      ['a/x', 'a/y', '80/TCP', 'unisolated'],
    ]);
    const after = conn([
      ['a/x', 'a/db', '5432/TCP', 'allowed'],
      ['a/y', 'a/db', '5432/TCP', 'allowed'],
      ['a/x', 'a/y', '80/TCP', 'unisolated'],
    ]);
    const d = diffConnectivity(before, after, ids('a/x', 'a/y', 'a/db'), ids('a/x', 'a/y', 'a/db'));
    expect(d.changes).toEqual([{ from: ['a/x', 'a/y'], to: ['a/db'], ports: ['5432/TCP'], before: 'denied', after: 'allowed' }]);
    expect(direction(d.changes[0]!)).toBe('opened');
    expect(pairChanges(d).map((c) => `${c.from}>${c.to} ${c.dir}`)).toEqual(['a/x>a/db opened', 'a/y>a/db opened']);
  });

  it('names http-only httpOnly, and lists workloads added or removed instead of inventing verdicts for them', () => {
    const before = conn([['a/x', 'a/y', '80/TCP', 'http-only']]);
    const after = conn([
      ['a/x', 'a/y', '80/TCP', 'denied'],
      ['a/x', 'a/new', '80/TCP', 'allowed'],
    ]);
    const d = diffConnectivity(before, after, ids('a/x', 'a/y', 'a/old'), ids('a/x', 'a/y', 'a/new'));
    expect(d.changes).toEqual([{ from: ['a/x'], to: ['a/y'], ports: ['80/TCP'], before: 'httpOnly', after: 'denied' }]);
    expect(d.addedWorkloads).toEqual(['a/new']);
    expect(d.removedWorkloads).toEqual(['a/old']);
    expect(diffMarkdown(d)).toContain('| ➖ | `a/x` | `a/y` | 80/TCP | httpOnly | denied |');
  });

  it('says so when nothing changed', () => {
    const c = conn([['a/x', 'a/y', '80/TCP', 'allowed']]);
    expect(diffConnectivity(c, c, ids('a/x'), ids('a/x')).changes).toEqual([]);
  });
});
