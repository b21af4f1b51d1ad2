// Bring the managed documents in line with a design, in one pass over the text:
// - a wanted document that exists is changed in place, only where it differs (unchanged ones keep their bytes);
// - a managed document no longer wanted is removed, unless a wanted one takes its slot (the same edge after a
//   rename or move), which then replaces it in place so the order of the text does not churn;
// - new documents are appended at the end;
// - hand-written documents (see managed-read.ts), and managed ones whose edge no longer has both ends on the
//   canvas, are never touched; a hand-written document with a wanted name wins over the designer's.
import type { Design, NodeId } from '../model';
import { planDocuments, type DocumentChange, type LocatedDocument } from '../yaml/edit';
import { sameValue } from '../yaml/edit-read';
import { edgeSlot, managedObjects, switchSlot, type ManagedObject } from './managed';
import { readManaged, type ManagedDoc } from './managed-read';
import { MANAGED_LABEL, MANAGED_VALUE, parseNodeId } from './ids';

export interface RegenerateOptions {
  /** Node ids renamed by the action (old → new): their managed documents are rewritten in place. */
  renamed?: ReadonlyMap<NodeId, NodeId>;
  /** Node ids removed by the action: managed documents of their edges go too. */
  removed?: ReadonlySet<NodeId>;
}

const key = (r: { kind: string; namespace: string; name: string }) => `${r.kind} ${r.namespace}/${r.name}`;

export function regenerate(text: string, design: Design, opts: RegenerateOptions = {}): string {
  const wanted = managedObjects(design);
  const byKey = new Map(wanted.map((w) => [key(w.ref), w]));
  const bySlot = new Map(wanted.map((w) => [w.slot, w]));
  const placed = new Set<ManagedObject>();
  const map = (id: string) => opts.renamed?.get(id) ?? id;
  const exists = nodeExists(design);

  return planDocuments(text, (docs) => {
    // Names held by hand-written documents first: a hand-written document wins its name wherever it stands.
    const read = new Map<number, ManagedDoc | undefined>();
    for (const d of docs) {
      if (!d.ref || !isPolicyKind(d.ref.kind)) continue;
      const m = d.field(['metadata', 'labels', MANAGED_LABEL]) === MANAGED_VALUE ? readManaged(d.value()) : undefined;
      const mine = m && (m.from === undefined || owned(m, map, exists, opts.removed));
      if (mine) read.set(d.index, m);
      else {
        const w = byKey.get(key(d.ref));
        if (w) placed.add(w);
      }
    }
    const changes = new Map<number, DocumentChange | undefined>();
    const later: { d: LocatedDocument; m: ManagedDoc }[] = [];
    // Documents that keep their own name come before slot takers, so a renamed edge never steals a kept name.
    for (const d of docs) {
      const m = read.get(d.index);
      if (!m) continue;
      if (m.from !== undefined && opts.removed && (opts.removed.has(m.from) || opts.removed.has(m.to!))) {
        changes.set(d.index, { remove: true });
        continue;
      }
      const w = byKey.get(key(d.ref!));
      if (w && !placed.has(w)) {
        placed.add(w);
        changes.set(d.index, update(w, d.value()));
      } else later.push({ d, m });
    }
    for (const { d, m } of later) {
      const w = bySlot.get(slotOf(m, map));
      if (w && !placed.has(w)) {
        placed.add(w);
        changes.set(d.index, update(w, d.value()));
      } else changes.set(d.index, { remove: true });
    }
    return { changes, append: wanted.filter((w) => !placed.has(w)).map((w) => w.object) };
  });
}

function update(w: ManagedObject, value: unknown): DocumentChange | undefined {
  const next = withTheirMetadata(w.object, value);
  return sameValue(next, value) ? undefined : { replace: next };
}

const isPolicyKind = (k: string) => k === 'NetworkPolicy' || k === 'AuthorizationPolicy' || k === 'PeerAuthentication';

function slotOf(m: ManagedDoc, map: (id: string) => string): string {
  return m.from !== undefined ? edgeSlot(m.role, map(m.from), map(m.to!)) : switchSlot(m.role, m.namespace);
}

/** Both ends of the document's edge are on the canvas (after the action's renames), or are being removed. */
function owned(m: ManagedDoc, map: (id: string) => string, exists: (id: string) => boolean, removed?: ReadonlySet<NodeId>): boolean {
  return [m.from!, m.to!].every((id) => removed?.has(id) || exists(map(id)));
}

export function nodeExists(design: Design): (id: string) => boolean {
  const ids = new Set<string>([...design.workloads.map((w) => w.id), ...design.namespaces.map((n) => n.id)]);
  return (id) => ids.has(id) || parseNodeId(id)?.kind === 'external';
}

/** Labels, annotations and other metadata someone added to a managed document are kept; ours are authoritative. */
function withTheirMetadata(object: Record<string, unknown>, existing: unknown): Record<string, unknown> {
  const theirs = (existing as { metadata?: Record<string, unknown> }).metadata ?? {};
  const ours = object.metadata as Record<string, unknown>;
  const merge = (k: string) => {
    const a = theirs[k];
    const b = ours[k];
    if (typeof a !== 'object' || a === null) return b;
    return { ...(a as object), ...((b as object | undefined) ?? {}) };
  };
  const metadata: Record<string, unknown> = { ...theirs, ...ours };
  for (const k of ['labels', 'annotations']) {
    const v = merge(k);
    if (v !== undefined) metadata[k] = v;
  }
  const out: Record<string, unknown> = { ...object, metadata };
  const status = (existing as { status?: unknown }).status;
  if (status !== undefined) out.status = status;
  return out;
}
