// Canvas actions as pure functions on the document text: (text, design, args) → new text or an error message.
// The store calls them; tests drive them without a browser.
import type { AllowEdge, ContainerPort, Design, DesignWorkload, Labels, MtlsMode, NodeId } from '../model';
import type { AllowTrafficInput } from '../store/contract';
import { editObject, removeObjects, upsertObject, type DocRef } from '../yaml/edit';
import { checkName, namespaceId, parseNodeId, workloadId } from './ids';
import { regenerate } from './regenerate';
import { newDeployment, templatePath } from './workload-paths';

export type ActionResult = { text: string; id?: NodeId } | { error: string };

const wref = (w: DesignWorkload): DocRef => ({ kind: w.kind, namespace: w.namespace, name: w.name });

function uniqueName(prefix: string, taken: (n: string) => boolean): string {
  for (let i = 1; ; i++) if (!taken(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

export function addNamespace(text: string, design: Design, name?: string): ActionResult {
  const n = name ?? uniqueName('namespace', (x) => design.namespaces.some((ns) => ns.name === x));
  const bad = checkName(n, 'namespace');
  if (bad) return { error: bad };
  if (design.namespaces.some((ns) => ns.name === n)) return { error: `namespace "${n}" already exists` };
  return { text: upsertObject(text, { kind: 'Namespace', namespace: '', name: n }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: n } }), id: namespaceId(n) };
}

export function addWorkload(text: string, design: Design, namespace?: string, name?: string): ActionResult {
  const ns = namespace ?? design.namespaces[0]?.name ?? 'default';
  const n = name ?? uniqueName('workload', (x) => design.workloads.some((w) => w.namespace === ns && w.name === x));
  const bad = checkName(n, 'workload') ?? checkName(ns, 'namespace');
  if (bad) return { error: bad };
  if (design.workloads.some((w) => w.namespace === ns && w.name === n)) return { error: `workload "${ns}/${n}" already exists` };
  let out = text;
  if (!design.namespaces.some((x) => x.name === ns) && ns !== 'default') {
    out = upsertObject(out, { kind: 'Namespace', namespace: '', name: ns }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  }
  out = upsertObject(out, { kind: 'Deployment', namespace: ns, name: n }, newDeployment(ns, n));
  return { text: out, id: workloadId(ns, n) };
}

const exists = (design: Design, id: NodeId) =>
  design.workloads.some((w) => w.id === id) || design.namespaces.some((n) => n.id === id) || id.startsWith('external:');

export function allowTraffic(text: string, design: Design, input: AllowTrafficInput): ActionResult {
  if (!exists(design, input.from)) return { error: `unknown source ${input.from}` };
  if (!exists(design, input.to)) return { error: `unknown destination ${input.to}` };
  if (input.from === input.to) return { error: 'a connection needs two different ends' };
  if (input.from.startsWith('external:') && input.to.startsWith('external:')) return { error: 'traffic between two outside addresses is not governed by the cluster' };
  for (const p of input.ports) {
    if (typeof p.port === 'number' && (!Number.isInteger(p.port) || p.port < 1 || p.port > 65535)) return { error: `port ${p.port} is out of range (1–65535)` };
    if (typeof p.port === 'string' && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(p.port)) return { error: `"${p.port}" is not a valid port name` };
    if (p.endPort !== undefined && (typeof p.port !== 'number' || p.endPort < p.port)) return { error: 'endPort needs a numeric port not above it' };
  }
  const id = `edge:${input.from}->${input.to}`;
  const edge: AllowEdge = { id, from: input.from, to: input.to, ports: input.ports, handWritten: false, policies: [] };
  if (input.methods?.length) edge.methods = input.methods;
  if (input.paths?.length) edge.paths = input.paths;
  const edges = [...design.edges.filter((e) => e.id !== id), edge];
  return { text: regenerate(text, { ...design, edges }) };
}

export function removeEdge(text: string, design: Design, edgeId: string): ActionResult {
  const edge = design.edges.find((e) => e.id === edgeId);
  if (!edge) return { error: `no edge ${edgeId}` };
  if (edge.handWritten) return { error: 'this connection comes from a hand-written policy: edit it in the YAML editor' };
  return { text: regenerate(text, { ...design, edges: design.edges.filter((e) => e.id !== edgeId) }) };
}

export function removeNodes(text: string, design: Design, ids: NodeId[]): ActionResult {
  const gone = new Set(ids);
  const namespaces = design.namespaces.filter((n) => gone.has(n.id)).map((n) => n.name);
  for (const w of design.workloads) if (namespaces.includes(w.namespace)) gone.add(w.id);
  const workloads = design.workloads.filter((w) => gone.has(w.id));
  let out = removeObjects(text, (ref) => {
    if (ref.kind === 'Namespace') return namespaces.includes(ref.name);
    if (namespaces.includes(ref.namespace)) return true;
    return workloads.some((w) => w.kind === ref.kind && w.namespace === ref.namespace && w.name === ref.name);
  });
  const touches = (id: string) => gone.has(id) || namespaces.some((n) => id === namespaceId(n));
  const next: Design = {
    ...design,
    namespaces: design.namespaces.filter((n) => !namespaces.includes(n.name)),
    workloads: design.workloads.filter((w) => !gone.has(w.id)),
    edges: design.edges.filter((e) => !touches(e.from) && !touches(e.to)),
  };
  out = regenerate(out, next);
  return { text: out };
}

function workloadOf(design: Design, id: NodeId): DesignWorkload | undefined {
  return design.workloads.find((w) => w.id === id);
}

function retarget(design: Design, from: NodeId, to: NodeId): Design {
  const swap = (x: string) => (x === from ? to : x);
  return { ...design, edges: design.edges.map((e) => ({ ...e, from: swap(e.from), to: swap(e.to), id: `edge:${swap(e.from)}->${swap(e.to)}` })) };
}

export function moveWorkload(text: string, design: Design, id: NodeId, toNamespace: string): ActionResult {
  const w = workloadOf(design, id);
  if (!w) return { error: `unknown workload ${id}` };
  if (w.namespace === toNamespace) return { text };
  if (design.workloads.some((x) => x.namespace === toNamespace && x.name === w.name)) return { error: `namespace ${toNamespace} already has a workload named ${w.name}` };
  const edited = editObject(text, wref(w), (d) => d.setIn(['metadata', 'namespace'], toNamespace));
  if (edited === undefined) return { error: `cannot find the manifest of ${id}` };
  const newId = workloadId(toNamespace, w.name);
  const moved = { ...w, id: newId, namespace: toNamespace };
  const next = retarget({ ...design, workloads: design.workloads.map((x) => (x === w ? moved : x)) }, id, newId);
  // Managed policies of the old place must go (they live in the old namespace); regenerate recreates them.
  return { text: regenerate(edited, next), id: newId };
}

export function renameNode(text: string, design: Design, id: NodeId, newName: string): ActionResult {
  const ref = parseNodeId(id);
  if (!ref || ref.kind === 'external') return { error: 'outside addresses are renamed by changing their CIDR' };
  const bad = checkName(newName, ref.kind);
  if (bad) return { error: bad };
  if (ref.kind === 'workload') {
    const w = workloadOf(design, id);
    if (!w) return { error: `unknown workload ${id}` };
    if (design.workloads.some((x) => x.namespace === w.namespace && x.name === newName)) return { error: `workload ${w.namespace}/${newName} already exists` };
    const tp = templatePath(w.kind);
    const edited = editObject(text, wref(w), (d) => {
      d.setIn(['metadata', 'name'], newName);
      if (d.getIn([...tp, 'metadata', 'labels', 'app']) === w.name) d.setIn([...tp, 'metadata', 'labels', 'app'], newName);
      if (d.getIn(['spec', 'selector', 'matchLabels', 'app']) === w.name) d.setIn(['spec', 'selector', 'matchLabels', 'app'], newName);
    });
    if (edited === undefined) return { error: `cannot find the manifest of ${id}` };
    const newId = workloadId(w.namespace, newName);
    const labels = { ...w.labels, ...(w.labels.app === w.name ? { app: newName } : {}) };
    const renamed = { ...w, id: newId, name: newName, labels };
    // Old managed policies carry the old name: drop them by regenerating without, then with the new edges.
    const next = retarget({ ...design, workloads: design.workloads.map((x) => (x === w ? renamed : x)) }, id, newId);
    return { text: regenerate(edited, next), id: newId };
  }
  const old = ref.namespace;
  if (design.namespaces.some((n) => n.name === newName)) return { error: `namespace ${newName} already exists` };
  let out = text;
  const objects = design.workloads.filter((w) => w.namespace === old);
  for (const w of objects) out = editObject(out, wref(w), (d) => d.setIn(['metadata', 'namespace'], newName)) ?? out;
  out = editObject(out, { kind: 'Namespace', namespace: '', name: old }, (d) => d.setIn(['metadata', 'name'], newName)) ?? upsertObject(out, { kind: 'Namespace', namespace: '', name: newName }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: newName } });
  let next: Design = {
    ...design,
    namespaces: design.namespaces.map((n) => (n.name === old ? { ...n, name: newName, id: namespaceId(newName) } : n)),
    workloads: design.workloads.map((w) => (w.namespace === old ? { ...w, namespace: newName, id: workloadId(newName, w.name) } : w)),
  };
  next = retarget(next, namespaceId(old), namespaceId(newName));
  for (const w of objects) next = retarget(next, w.id, workloadId(newName, w.name));
  return { text: regenerate(out, next), id: namespaceId(newName) };
}

export function setLabels(text: string, design: Design, id: NodeId, labels: Labels): ActionResult {
  for (const [k, v] of Object.entries(labels)) {
    if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(k) || k.length > 316) return { error: `"${k}" is not a valid label key` };
    if (v !== '' && (!/^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(v) || v.length > 63)) return { error: `"${v}" is not a valid label value (letters, digits, '-', '_', '.', at most 63)` };
  }
  const ref = parseNodeId(id);
  if (ref?.kind === 'namespace') {
    const out = editObject(text, { kind: 'Namespace', namespace: '', name: ref.namespace }, (d) => d.setIn(['metadata', 'labels'], { ...labels }));
    return { text: out ?? upsertObject(text, { kind: 'Namespace', namespace: '', name: ref.namespace }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ref.namespace, labels } }) };
  }
  const w = workloadOf(design, id);
  if (!w) return { error: `unknown workload ${id}` };
  const out = editObject(text, wref(w), (d) => d.setIn([...templatePath(w.kind), 'metadata', 'labels'], { ...labels }));
  if (out === undefined) return { error: `cannot find the manifest of ${id}` };
  // Managed policies select by labels: keep them pointing at the workload.
  return { text: regenerate(out, { ...design, workloads: design.workloads.map((x) => (x === w ? { ...w, labels } : x)) }) };
}

export function setPorts(text: string, design: Design, id: NodeId, ports: ContainerPort[]): ActionResult {
  const w = workloadOf(design, id);
  if (!w) return { error: `unknown workload ${id}` };
  for (const p of ports) {
    if (!Number.isInteger(p.containerPort) || p.containerPort < 1 || p.containerPort > 65535) return { error: `port ${p.containerPort} is out of range (1–65535)` };
    if (p.name && (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(p.name) || p.name.length > 15)) return { error: `"${p.name}" is not a valid port name (lowercase, digits, '-', at most 15)` };
  }
  const value = ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), containerPort: p.containerPort, protocol: p.protocol }));
  const out = editObject(text, wref(w), (d) => d.setIn([...templatePath(w.kind), 'spec', 'containers', 0, 'ports'], value));
  return out === undefined ? { error: `cannot find the manifest of ${id}` } : { text: out };
}

export function setServiceAccount(text: string, design: Design, id: NodeId, sa: string): ActionResult {
  const w = workloadOf(design, id);
  if (!w) return { error: `unknown workload ${id}` };
  const bad = checkName(sa, 'service account');
  if (bad) return { error: bad };
  let out = editObject(text, wref(w), (d) => d.setIn([...templatePath(w.kind), 'spec', 'serviceAccountName'], sa));
  if (out === undefined) return { error: `cannot find the manifest of ${id}` };
  if (sa !== 'default') out = upsertObject(out, { kind: 'ServiceAccount', namespace: w.namespace, name: sa }, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: sa, namespace: w.namespace } });
  return { text: regenerate(out, { ...design, workloads: design.workloads.map((x) => (x === w ? { ...w, serviceAccount: sa } : x)) }) };
}

export function setMesh(text: string, design: Design, id: NodeId, inMesh: boolean): ActionResult {
  const w = workloadOf(design, id);
  if (!w) return { error: `unknown workload ${id}` };
  const nsInjects = design.namespaces.find((n) => n.name === w.namespace)?.injection ?? false;
  const path = [...templatePath(w.kind), 'metadata', 'labels', 'sidecar.istio.io/inject'];
  const out = editObject(text, wref(w), (d) => {
    if (inMesh === nsInjects) d.deleteIn(path);
    else d.setIn(path, inMesh ? 'true' : 'false');
  });
  if (out === undefined) return { error: `cannot find the manifest of ${id}` };
  return { text: regenerate(out, { ...design, workloads: design.workloads.map((x) => (x === w ? { ...w, mesh: inMesh } : x)) }) };
}

export function setNamespaceSwitch(text: string, design: Design, ns: string, sw: { defaultDeny?: boolean; allowDns?: boolean; mtls?: MtlsMode | 'off' }): ActionResult {
  let out = text;
  if (!design.namespaces.some((n) => n.name === ns)) return { error: `unknown namespace ${ns}` };
  const current = design.namespaces.find((n) => n.name === ns)!;
  const next = { ...current, ...sw };
  if (sw.mtls && sw.mtls !== 'off' && !current.injection) {
    // mTLS needs sidecars: label the namespace for injection.
    out = editObject(out, { kind: 'Namespace', namespace: '', name: ns }, (d) => d.setIn(['metadata', 'labels', 'istio-injection'], 'enabled')) ??
      upsertObject(out, { kind: 'Namespace', namespace: '', name: ns }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'istio-injection': 'enabled' } } });
    next.injection = true;
  }
  return { text: regenerate(out, { ...design, namespaces: design.namespaces.map((n) => (n.name === ns ? next : n)) }) };
}
