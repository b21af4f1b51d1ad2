// Node-level actions: "Add external", Delete, rename, and moving a workload to another namespace.
import type { Design, DesignWorkload, NodeId } from '../../model';
import { editObject, editObjects, ensureObject, findObject, removeObjects, type DocRef } from '../../yaml/edit';
import { actionMessage as m } from '../messages';
import { checkCidr, checkName } from '../validate';
import { externalId, namespaceId, parseNodeId, workloadId } from '../ids';
import { regenerate } from '../regenerate';
import { templatePath, selectorPath } from '../workload-paths';
import { fail, findNamespace, findWorkload, namespaceObject, namespaceRef, SYSTEM_NAMESPACES, workloadRef, type ActionResult } from './common';

export function addExternal(text: string, design: Design, extraExternals: readonly string[], cidr = '0.0.0.0/0'): ActionResult {
  const c = cidr.trim();
  const bad = checkCidr(c);
  if (bad) return fail(bad);
  const id = externalId(c);
  if (design.externals.some((e) => e.id === id) || extraExternals.includes(c)) return { text, id };
  return { text, id, extraExternals: [...extraExternals, c] };
}

/** Node ids after renames, for edges (the managed documents of a renamed edge are rewritten in place). */
function retarget(design: Design, renamed: ReadonlyMap<NodeId, NodeId>): Design {
  const map = (id: string) => renamed.get(id) ?? id;
  return { ...design, edges: design.edges.map((e) => (e.handWritten ? e : { ...e, from: map(e.from), to: map(e.to), id: `edge:${map(e.from)}->${map(e.to)}` })) };
}

export function removeNodes(text: string, design: Design, extraExternals: readonly string[], ids: NodeId[]): ActionResult {
  const removed = new Set<NodeId>(ids);
  const namespaces = new Set(design.namespaces.filter((n) => removed.has(n.id)).map((n) => n.name));
  for (const w of design.workloads) if (namespaces.has(w.namespace)) removed.add(w.id);
  const workloads = design.workloads.filter((w) => removed.has(w.id));
  const externals = ids.map(parseNodeId).flatMap((r) => (r?.kind === 'external' ? [r.cidr] : []));
  // A namespace goes with everything in it; a workload with its manifest (its service account may serve others).
  const out = removeObjects(text, (ref) =>
    ref.kind === 'Namespace'
      ? namespaces.has(ref.name)
      : namespaces.has(ref.namespace) || workloads.some((w) => w.kind === ref.kind && w.namespace === ref.namespace && w.name === ref.name),
  );
  const touches = (id: string) => removed.has(id);
  const next: Design = {
    ...design,
    namespaces: design.namespaces.filter((n) => !namespaces.has(n.name)),
    workloads: design.workloads.filter((w) => !removed.has(w.id)),
    externals: design.externals.filter((e) => !removed.has(e.id)),
    edges: design.edges.filter((e) => e.handWritten || (!touches(e.from) && !touches(e.to))),
  };
  return { text: regenerate(out, next, { removed }), extraExternals: extraExternals.filter((c) => !externals.includes(c)) };
}

export function moveWorkload(text: string, design: Design, id: NodeId, toNamespace: string): ActionResult {
  const w = findWorkload(design, id);
  if (!w) return fail(m('workload.unknown', { id }));
  if (w.namespace === toNamespace) return { text, id };
  const bad = checkName(toNamespace, 'namespace');
  if (bad) return fail(bad);
  if (findWorkload(design, workloadId(toNamespace, w.name))) return fail(m('workload.nameTaken', { namespace: toNamespace, name: w.name }));
  let out = editObject(text, workloadRef(w), (d) => d.setIn(['metadata', 'namespace'], toNamespace));
  if (out === undefined) return fail(m('workload.noManifest', { id }));
  if (!findNamespace(design, toNamespace) && toNamespace !== 'default') out = ensureObject(out, namespaceRef(toNamespace), namespaceObject(toNamespace));
  // Service accounts are namespaced: the pod needs one of that name where it now runs.
  if (w.serviceAccount !== 'default')
    out = ensureObject(
      out,
      { kind: 'ServiceAccount', namespace: toNamespace, name: w.serviceAccount },
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: w.serviceAccount, namespace: toNamespace } },
    );
  const newId = workloadId(toNamespace, w.name);
  const nsInjects = findNamespace(design, toNamespace)?.injection ?? false;
  const own = w.labels['sidecar.istio.io/inject'];
  const moved: DesignWorkload = { ...w, id: newId, namespace: toNamespace, mesh: own !== undefined ? own === 'true' : nsInjects };
  const renamed = new Map([[id, newId]]);
  const next = retarget({ ...design, workloads: design.workloads.map((x) => (x === w ? moved : x)) }, renamed);
  return { text: regenerate(out, next, { renamed }), id: newId };
}

export function renameNode(text: string, design: Design, id: NodeId, newName: string): ActionResult {
  const ref = parseNodeId(id);
  if (!ref || ref.kind === 'external') return fail(m('external.rename'));
  const bad = checkName(newName, ref.kind);
  if (bad) return fail(bad);
  return ref.kind === 'workload' ? renameWorkload(text, design, id, newName) : renameNamespace(text, design, ref.namespace, newName);
}

function renameWorkload(text: string, design: Design, id: NodeId, newName: string): ActionResult {
  const w = findWorkload(design, id);
  if (!w) return fail(m('workload.unknown', { id }));
  if (w.name === newName) return { text, id };
  if (findWorkload(design, workloadId(w.namespace, newName))) return fail(m('workload.existsRename', { id: `${w.namespace}/${newName}` }));
  // The `app` label that carried the old name follows the new one (selectors of the controller too).
  const appFollows = w.labels.app === w.name;
  const out = editObject(text, workloadRef(w), (d) => {
    d.setIn(['metadata', 'name'], newName);
    if (!appFollows) return;
    d.setIn([...templatePath(w.kind), 'metadata', 'labels', 'app'], newName);
    const sel = selectorPath(w.kind);
    if (sel && d.getIn([...sel, 'matchLabels', 'app']) === w.name) d.setIn([...sel, 'matchLabels', 'app'], newName);
  });
  if (out === undefined) return fail(m('workload.noManifest', { id }));
  const newId = workloadId(w.namespace, newName);
  const renamedW: DesignWorkload = { ...w, id: newId, name: newName, labels: appFollows ? { ...w.labels, app: newName } : w.labels };
  const renamed = new Map([[id, newId]]);
  const next = retarget({ ...design, workloads: design.workloads.map((x) => (x === w ? renamedW : x)) }, renamed);
  return { text: regenerate(out, next, { renamed }), id: newId };
}

function renameNamespace(text: string, design: Design, old: string, newName: string): ActionResult {
  if (old === newName) return { text, id: namespaceId(old) };
  if (SYSTEM_NAMESPACES.has(old)) return fail(m('namespace.system', { namespace: old }));
  if (findNamespace(design, newName)) return fail(m('namespace.existsRename', { name: newName }));
  // Every object of the namespace moves with it, in place; hand-written selectors elsewhere are the user's to edit.
  const inOld = (r: DocRef) => r.kind !== 'Namespace' && r.namespace === old;
  let out = editObjects(
    text,
    (r) => inOld(r) || (r.kind === 'Namespace' && r.name === old),
    (d, r) => {
      if (r.kind !== 'Namespace') return void d.setIn(['metadata', 'namespace'], newName);
      d.setIn(['metadata', 'name'], newName);
      if (d.getIn(['metadata', 'labels', 'kubernetes.io/metadata.name']) === old) d.setIn(['metadata', 'labels', 'kubernetes.io/metadata.name'], newName);
    },
  );
  if (!findObject(out, namespaceRef(newName))) out = ensureObject(out, namespaceRef(newName), namespaceObject(newName));
  const renamed = new Map<NodeId, NodeId>([[namespaceId(old), namespaceId(newName)]]);
  for (const w of design.workloads) if (w.namespace === old) renamed.set(w.id, workloadId(newName, w.name));
  let next: Design = {
    ...design,
    namespaces: design.namespaces.map((n) => (n.name === old ? { ...n, name: newName, id: namespaceId(newName) } : n)),
    workloads: design.workloads.map((w) => (w.namespace === old ? { ...w, namespace: newName, id: workloadId(newName, w.name) } : w)),
  };
  next = retarget(next, renamed);
  return { text: regenerate(out, next, { renamed }), id: namespaceId(newName) };
}
