// ByNamespace matches a workload only against the policies it could fit (by their selector's first label); the
// scope must be the one a plain filter of every policy gives, in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISTIO_ROOT_NAMESPACE, type Labels } from '../../model';
import { labels } from '../testing/build';
import { ByNamespace, selects, type Scoped } from './applies';

const NS = ['a', 'b', ISTIO_ROOT_NAMESPACE];
const pairs = fc.dictionary(fc.constantFrom('app', 'tier', 'x'), fc.constantFrom('1', '2', ''), { maxKeys: 3 });
const policy = (i: number): fc.Arbitrary<Scoped> =>
  fc.record({ ns: fc.constantFrom(...NS), selector: fc.option(pairs, { nil: undefined }) }).map(({ ns, selector }) => ({
    namespace: ns,
    name: `p${i}`,
    ...(selector ? { selector: { matchLabels: labels(selector) } } : {}),
  }));
const policies: fc.Arbitrary<Scoped[]> = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => (n === 0 ? fc.constant([] as Scoped[]) : fc.tuple(...Array.from({ length: n }, (_, i) => policy(i)))));

function plainScope(all: Scoped[], namespace: string, l: Labels): Scoped[] {
  const own = all.filter((p) => p.namespace === namespace && selects(p, l));
  if (namespace === ISTIO_ROOT_NAMESPACE) return own;
  return [...own, ...all.filter((p) => p.namespace === ISTIO_ROOT_NAMESPACE && selects(p, l))];
}

describe('ByNamespace.authorizationScope', () => {
  it('equals a filter of every policy, in order, for any workload (asked twice: the index is built once)', () => {
    fc.assert(
      fc.property(policies, fc.constantFrom(...NS), pairs, (all, ns, workload) => {
        const byNs = new ByNamespace(all);
        const l = labels(workload);
        expect(byNs.authorizationScope(ns, l)).toEqual(plainScope(all, ns, l));
        expect(byNs.authorizationScope(ns, l)).toEqual(plainScope(all, ns, l));
      }),
      { numRuns: 2000 },
    );
  });
});
