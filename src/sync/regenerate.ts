// Bring the managed documents in line with a design: remove the managed ones no longer wanted, rewrite the wanted
// ones in place (unchanged ones keep their bytes), append new ones at the end. Hand-written documents are never
// touched.
import type { Design } from '../model';
import { listObjects, objectToYaml, removeObjects, upsertObject } from '../yaml/edit';
import { MANAGED_LABEL, MANAGED_VALUE } from './ids';
import { managedObjects } from './managed';

const key = (r: { kind: string; namespace: string; name: string }) => `${r.kind} ${r.namespace}/${r.name}`;

export function regenerate(text: string, design: Design): string {
  const wanted = managedObjects(design);
  const wantedKeys = new Set(wanted.map((w) => key(w.ref)));
  const isManaged = (value: Record<string, unknown>) => {
    const labels = (value.metadata as { labels?: Record<string, unknown> } | undefined)?.labels;
    return labels?.[MANAGED_LABEL] === MANAGED_VALUE;
  };
  const existing = new Map(listObjects(text).map((o) => [key(o.ref), o.value]));
  let out = removeObjects(text, (ref, doc) => isManaged(doc.toJS() as Record<string, unknown>) && !wantedKeys.has(key(ref)) && isPolicyKind(ref.kind));
  for (const w of wanted) {
    const before = existing.get(key(w.ref));
    // A hand-written object of the same name wins: it is never overwritten by the designer.
    if (before && (!isManaged(before) || objectToYaml(before) === objectToYaml(w.object))) continue;
    out = upsertObject(out, w.ref, w.object);
  }
  return out;
}

const isPolicyKind = (k: string) => k === 'NetworkPolicy' || k === 'AuthorizationPolicy' || k === 'PeerAuthentication';
