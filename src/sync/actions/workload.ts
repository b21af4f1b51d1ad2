// "Add workload" and the workload inspector: labels, ports, service account, mesh membership.
import type { ContainerPort, Design, Labels, NodeId } from '../../model';
import { editObject, ensureObject, findObject, unsetIn, upsertObject } from '../../yaml/edit';
import { actionMessage as m } from '../messages';
import { checkContainerPorts, checkLabels, checkName } from '../validate';
import { parseNodeId, workloadId } from '../ids';
import { regenerate } from '../regenerate';
import { newDeployment, selectorPath, templatePath } from '../workload-paths';
import { fail, findNamespace, findWorkload, namespaceObject, namespaceRef, uniqueName, withWorkload, workloadRef, type ActionResult } from './common';

export function addWorkload(text: string, design: Design, namespace?: string, name?: string): ActionResult {
  const ns = namespace ?? design.namespaces[0]?.name ?? 'default';
  const n = name ?? uniqueName('workload', (x) => design.workloads.some((w) => w.namespace === ns && w.name === x));
  const bad = checkName(ns, 'namespace') ?? checkName(n, 'workload');
  if (bad) return fail(bad);
  if (findWorkload(design, workloadId(ns, n))) return fail(m('workload.exists', { id: `${ns}/${n}` }));
  let out = text;
  if (!findNamespace(design, ns) && ns !== 'default') out = ensureObject(out, namespaceRef(ns), namespaceObject(ns));
  out = ensureObject(out, { kind: 'Deployment', namespace: ns, name: n }, newDeployment(ns, n));
  return { text: out, id: workloadId(ns, n) };
}

const matchesAll = (want: Record<string, unknown>, labels: Labels) => Object.entries(want).every(([k, v]) => labels[k] === v);

export function setLabels(text: string, design: Design, id: NodeId, labels: Labels): ActionResult {
  const bad = checkLabels(labels);
  if (bad) return fail(bad);
  const ref = parseNodeId(id);
  if (ref?.kind === 'namespace') {
    const own = labels['kubernetes.io/metadata.name'];
    if (own !== undefined && own !== ref.namespace) return fail(m('label.metadataName', { namespace: ref.namespace }));
    const value = Object.keys(labels).length > 0 ? { ...labels } : undefined;
    const out = editObject(text, namespaceRef(ref.namespace), (d) => (value ? d.setIn(['metadata', 'labels'], value) : unsetIn(d, ['metadata', 'labels'])));
    // Namespace labels decide mesh membership and namespaceSelectors: let managed policies follow.
    return { text: out ?? upsertObject(text, namespaceRef(ref.namespace), namespaceObject(ref.namespace, labels)) };
  }
  const w = findWorkload(design, id);
  if (!w) return fail(m('workload.unknown', { id }));
  const doc = findObject(text, workloadRef(w));
  if (!doc) return fail(m('workload.noManifest', { id }));
  const selPath = selectorPath(w.kind);
  let selector: Record<string, string> | undefined;
  if (selPath) {
    // apps/v1 controllers must select their own template's labels, or the API server rejects them.
    const current = doc.field(selPath) as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
    const keeps = current && !current.matchExpressions && current.matchLabels && Object.keys(current.matchLabels).length > 0 && matchesAll(current.matchLabels, labels);
    if (!keeps) {
      if (current?.matchExpressions) return fail(m('workload.matchExpressions', { kind: w.kind, name: w.name }));
      if (Object.keys(labels).length === 0) return fail(m('workload.needsLabel', { kind: w.kind }));
      selector = labels.app !== undefined ? { app: labels.app } : { ...labels };
    }
  }
  const out = editObject(text, workloadRef(w), (d) => {
    const path = [...templatePath(w.kind), 'metadata', 'labels'];
    if (Object.keys(labels).length > 0) d.setIn(path, { ...labels });
    else unsetIn(d, path);
    if (selector && selPath) d.setIn([...selPath, 'matchLabels'], selector);
  });
  if (out === undefined) return fail(m('workload.noManifest', { id }));
  // Managed policies select by labels: keep them pointing at the workload.
  return { text: regenerate(out, withWorkload(design, w, { ...w, labels })) };
}

export function setPorts(text: string, design: Design, id: NodeId, ports: ContainerPort[]): ActionResult {
  const w = findWorkload(design, id);
  if (!w) return fail(m('workload.unknown', { id }));
  const bad = checkContainerPorts(ports);
  if (bad) return fail(bad);
  const doc = findObject(text, workloadRef(w));
  const containers = [...templatePath(w.kind), 'spec', 'containers'];
  if (!doc || !Array.isArray(doc.field(containers)) || (doc.field(containers) as unknown[]).length === 0) return fail(m('workload.noContainer', { id }));
  const value = ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), containerPort: p.containerPort, protocol: p.protocol }));
  const out = editObject(text, workloadRef(w), (d) => (value.length > 0 ? d.setIn([...containers, 0, 'ports'], value) : unsetIn(d, [...containers, 0, 'ports'])))!;
  // AuthorizationPolicies name ports by number: a renamed or renumbered named port changes them.
  return { text: regenerate(out, withWorkload(design, w, { ...w, ports })) };
}

export function setServiceAccount(text: string, design: Design, id: NodeId, sa: string): ActionResult {
  const w = findWorkload(design, id);
  if (!w) return fail(m('workload.unknown', { id }));
  const name = sa.trim() === '' ? 'default' : sa.trim();
  const bad = checkName(name, 'serviceAccount');
  if (bad) return fail(bad);
  const spec = [...templatePath(w.kind), 'spec'];
  let out = editObject(text, workloadRef(w), (d) => {
    unsetIn(d, [...spec, 'serviceAccount']); // deprecated alias; serviceAccountName wins anyway
    if (name === 'default') unsetIn(d, [...spec, 'serviceAccountName']);
    else d.setIn([...spec, 'serviceAccountName'], name);
  });
  if (out === undefined) return fail(m('workload.noManifest', { id }));
  // A pod cannot start with a service account that does not exist; `default` always does.
  if (name !== 'default')
    out = ensureObject(out, { kind: 'ServiceAccount', namespace: w.namespace, name }, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: w.namespace } });
  // The principal of its edges' AuthorizationPolicies changes with it.
  return { text: regenerate(out, withWorkload(design, w, { ...w, serviceAccount: name })) };
}

export function setMesh(text: string, design: Design, id: NodeId, inMesh: boolean): ActionResult {
  const w = findWorkload(design, id);
  if (!w) return fail(m('workload.unknown', { id }));
  const nsInjects = findNamespace(design, w.namespace)?.injection ?? false;
  const labels = [...templatePath(w.kind), 'metadata', 'labels'];
  const annotation = [...templatePath(w.kind), 'metadata', 'annotations', 'sidecar.istio.io/inject'];
  // The pod's own label wins over the namespace (QUERY-MODEL.md); say it only where it differs from the namespace.
  const out = editObject(text, workloadRef(w), (d) => {
    unsetIn(d, annotation);
    if (inMesh === nsInjects) unsetIn(d, [...labels, 'sidecar.istio.io/inject']);
    else d.setIn([...labels, 'sidecar.istio.io/inject'], inMesh ? 'true' : 'false');
  });
  if (out === undefined) return fail(m('workload.noManifest', { id }));
  const own: Labels = { ...w.labels };
  if (inMesh === nsInjects) delete own['sidecar.istio.io/inject'];
  else own['sidecar.istio.io/inject'] = inMesh ? 'true' : 'false';
  return { text: regenerate(out, withWorkload(design, w, { ...w, mesh: inMesh, labels: own })) };
}
