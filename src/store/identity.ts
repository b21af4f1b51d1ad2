// Positions follow the node, not the text it was derived from. Node ids come from names (`ns/name`), so a
// rename in the YAML would otherwise leave the card's position under an id that no longer exists and the card
// would jump back to a default spot. When one edit makes exactly one node disappear and one appear in the same
// place (the same namespace for workloads; the namespace row; the outside addresses), that is a rename: the
// layout and the selection move from the old id to the new one.
import type { Design, NodeId } from '../model';
import { namespaceId, workloadId } from '../sync/ids';

/** Old id → new id for every node the edit renamed (a renamed namespace carries its workloads). */
export function renamedNodes(before: Design, after: Design): Map<NodeId, NodeId> {
  const renamed = new Map<NodeId, NodeId>();
  const nsPair = onlyChange(
    before.namespaces.map((n) => n.name),
    after.namespaces.map((n) => n.name),
  );
  if (nsPair) {
    renamed.set(namespaceId(nsPair[0]), namespaceId(nsPair[1]));
    const names = new Set(after.workloads.filter((w) => w.namespace === nsPair[1]).map((w) => w.name));
    for (const w of before.workloads) if (w.namespace === nsPair[0] && names.has(w.name)) renamed.set(w.id, workloadId(nsPair[1], w.name));
  }
  const targets = new Set(renamed.values());
  const namespaces = new Set(after.workloads.map((w) => w.namespace));
  for (const ns of namespaces) {
    const was = before.workloads.filter((w) => w.namespace === ns && !renamed.has(w.id)).map((w) => w.id);
    const is = after.workloads.filter((w) => w.namespace === ns && !targets.has(w.id)).map((w) => w.id);
    const pair = onlyChange(was, is);
    if (pair) renamed.set(pair[0], pair[1]);
  }
  const extPair = onlyChange(
    before.externals.map((e) => e.id),
    after.externals.map((e) => e.id),
  );
  if (extPair) renamed.set(extPair[0], extPair[1]);
  return renamed;
}

/** The one item that left and the one that came, when exactly one of each did. */
function onlyChange(before: readonly string[], after: readonly string[]): [string, string] | undefined {
  const a = new Set(after);
  const b = new Set(before);
  const gone = before.filter((x) => !a.has(x));
  const came = after.filter((x) => !b.has(x));
  return gone.length === 1 && came.length === 1 ? [gone[0]!, came[0]!] : undefined;
}

/** `record` with renamed keys moved (an entry already under the new id wins); the same object when none moved. */
export function moveKeys<T>(record: Record<NodeId, T>, renamed: ReadonlyMap<NodeId, NodeId>): Record<NodeId, T> {
  if (![...renamed.keys()].some((k) => k in record)) return record;
  const out = { ...record };
  for (const [from, to] of renamed) {
    if (!(from in out)) continue;
    if (!(to in out)) out[to] = out[from]!;
    delete out[from];
  }
  return out;
}
