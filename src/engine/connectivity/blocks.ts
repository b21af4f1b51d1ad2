// engine.blocks(): the rectangle cover of every pair, or with `focus` only of the pairs touching the focus: sources in
// the focus to every destination, then the other sources to destinations in the focus (each pair once).
import { inFocus, type BlockOptions, type ConnectionBlock } from '../blocks';
import { emptySet, type Bitset } from '../bitset';
import type { Connectivity } from './connectivity';
import { coverBlocks } from './cover';

export function* connectionBlocks(c: Connectivity, options: BlockOptions = {}): Generator<ConnectionBlock> {
  if (!options.focus || options.focus.length === 0) {
    yield* coverBlocks(c);
    return;
  }
  const focus = new Set(options.focus);
  const inside: Bitset = emptySet(c.n);
  const outside: Bitset = emptySet(c.n);
  c.ids.forEach((id, i) => {
    const set = inFocus(id, focus) ? inside : outside;
    set[i >>> 5]! |= 1 << (i & 31);
  });
  yield* coverBlocks(c, inside);
  yield* coverBlocks(c, outside, (d) => ((inside[d >>> 5]! >>> (d & 31)) & 1) === 1);
}
