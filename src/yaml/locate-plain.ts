// Field positions in plain block-style documents without building yaml's node tree: lint places every finding
// (locate.ts), and yaml reading a document again costs more than all the rules on a large cluster. Most
// manifests (kubectl exports, generators) are written one entry per line: keys, `- ` items, and values that are
// a plain or quoted scalar or a one-line flow collection. For those, yaml's ranges are simple:
//   - a value on its line runs from its first character to its last; what yaml calls the node's end (range[2])
//     goes on to the end of the line, its line break included;
//   - an empty value (`key:` with nothing under it) is the point where its line's text ends, before the break;
//   - a block mapping or sequence runs from its first key or `-` to the end (range[2]) of its last value.
// Anything else (comments once the content has started, escapes, anchors, tags, block scalars, multi-line
// scalars, unusual keys, a path into a flow collection…) answers undefined, and locate.ts asks yaml.
// locate-plain.test.ts checks that both give the same positions.
import type { FieldPath } from './locate';
import type { Node, PlainTree } from './plain-lines';

export { plainTree, type PlainTree } from './plain-lines';

/**
 * A path segment that no plain key read as a number, boolean or null can equal, nor its text (`True`, `~`, `.inf`
 * are read as true, null, Infinity): a key equals it exactly when the key's text does.
 */
const SAFE_SEGMENT = /^(?!(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|Infinity|NaN)$)[A-Za-z_][A-Za-z0-9_./-]*$/;
/** Plain scalars the core schema reads as null. */
const NULL = /^(?:~|null|Null|NULL)$/;

/** What raw() holds at a path, as far as a flag needs it; see Locator.written. */
export type Written = { kind: 'missing' | 'null' | 'collection' } | { kind: 'scalar'; text: string; quoted: boolean };

/** yaml's [range[0], range[1]) of the deepest node on `path` (doc.getIn), or undefined when only yaml can tell. */
export function plainRange(tree: PlainTree, path: FieldPath): { start: number; end: number } | undefined {
  let node: Node = tree.root;
  for (const segment of path) {
    if (node.kind === 'leaf') {
      if (node.flow) return undefined;
      break;
    }
    let next: Node | undefined;
    if (node.kind === 'seq') {
      if (typeof segment !== 'number') return undefined;
      next = node.values[segment];
    } else {
      if (typeof segment !== 'string' || !SAFE_SEGMENT.test(segment)) return undefined;
      // yaml takes the first pair whose key equals the segment (duplicate keys are allowed here).
      const i = node.keys.indexOf(segment);
      if (i >= 0) next = node.values[i];
    }
    if (!next) break;
    node = next;
  }
  return { start: node.start, end: node.kind === 'leaf' ? node.end : node.after };
}

/**
 * The value raw() (toPlain) has at `path`: a later duplicate key wins there, a step through something that is not
 * a mapping finds nothing. Undefined when only yaml can tell (a flow collection on the way).
 */
export function plainValue(tree: PlainTree, path: string[]): Written | undefined {
  let node: Node = tree.root;
  for (const segment of path) {
    if (!SAFE_SEGMENT.test(segment)) return undefined;
    if (node.kind === 'leaf' && node.flow) return undefined;
    if (node.kind !== 'map') return { kind: 'missing' };
    const i = node.keys.lastIndexOf(segment);
    if (i < 0) return { kind: 'missing' };
    node = node.values[i]!;
  }
  if (node.kind !== 'leaf' || node.flow) return { kind: 'collection' };
  const text = tree.text.slice(node.start, node.end);
  if (text.startsWith('"')) return { kind: 'scalar', text: text.slice(1, -1), quoted: true };
  if (text.startsWith("'")) return { kind: 'scalar', text: text.slice(1, -1).replaceAll("''", "'"), quoted: true };
  return text === '' || NULL.test(text) ? { kind: 'null' } : { kind: 'scalar', text, quoted: false };
}

/** yaml's LineCounter.linePos. */
export function linePos(lineStarts: number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}
