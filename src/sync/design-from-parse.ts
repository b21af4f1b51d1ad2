// YAML → the design the canvas shows: namespaces with their switches, workloads, externals and edges. Managed
// edge policies give drawn edges back exactly; other policies are resolved to concrete pairs (hand-written edges).
import type { AllowEdge, AuthorizationPolicy, Design, DesignNamespace, DesignWorkload, MtlsMode, NetworkPolicy, PolicyRef } from '../model';
import { isQueryError, type Engine } from '../engine/engine';
import { effectivePolicyTypes } from '../engine/netpol/index-policies';
import { isEmptySelector } from '../engine/labels';
import type { ParseResult } from '../yaml';
import { EDGE_ANNOTATION, MANAGED_LABEL, MANAGED_VALUE, externalId, namespaceId, toEdgePort } from './ids';
import { handWrittenEdges } from './hand-written';

export interface ManagedIndex {
  /** Managed documents by `Kind ns/name`. */
  managed: Set<string>;
  /** Edge annotation (`from -> to`) by `Kind ns/name`. */
  edgeOf: Map<string, string>;
}

export const docKey = (kind: string, ns: string, name: string) => `${kind} ${ns}/${name}`;

export function managedIndex(parse: ParseResult, text: string): ManagedIndex {
  const managed = new Set<string>();
  const edgeOf = new Map<string, string>();
  for (const d of parse.documents) {
    if (!d.ref || !d.modelled) continue;
    // The reader keeps labels of policies out of the model, so read the two markers from the document text.
    const labelled = d.text.includes(MANAGED_LABEL) && d.text.includes(MANAGED_VALUE);
    if (!labelled) continue;
    const key = docKey(d.ref.kind, d.ref.namespace, d.ref.name);
    managed.add(key);
    const m = new RegExp(`${EDGE_ANNOTATION.replace(/[/.]/g, '\\$&')}:\\s*['"]?([^'"\\n]+?)['"]?\\s*$`, 'm').exec(d.text);
    if (m) edgeOf.set(key, m[1]!.trim());
  }
  void text;
  return { managed, edgeOf };
}

export function designFromParse(parse: ParseResult, engine: Engine, extraExternals: string[], text: string): Design {
  const c = parse.cluster;
  const idx = managedIndex(parse, text);
  const nsNames = new Set<string>(c.namespaces.map((n) => n.name));
  for (const x of [...c.workloads, ...c.networkPolicies, ...c.authorizationPolicies, ...c.peerAuthentications]) nsNames.add(x.namespace);
  const namespaces: DesignNamespace[] = [...nsNames].sort().map((name) => namespaceOf(name, parse));
  const seen = new Set<string>();
  const workloads: DesignWorkload[] = [];
  for (const w of c.workloads) {
    const id = `${w.namespace}/${w.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const ep = engine.endpoint(id);
    workloads.push({ id, namespace: w.namespace, name: w.name, kind: w.kind, labels: w.labels, serviceAccount: w.serviceAccount, ports: w.ports, mesh: !isQueryError(ep) && ep.inMesh });
  }
  const edges = new Map<string, AllowEdge>();
  const managedEdge = (key: string) => idx.edgeOf.get(key);
  for (const np of c.networkPolicies) {
    const edge = managedEdge(docKey('NetworkPolicy', np.namespace, np.name));
    if (!edge) continue;
    const [from, to] = edge.split(' -> ');
    if (!from || !to) continue;
    const e = edgeFor(edges, from, to);
    e.policies.push(ref('NetworkPolicy', np));
    const rule = np.ingress?.[0] ?? np.egress?.[0];
    // Ports come from the ingress policy when there is one: editing its ports in YAML changes the edge.
    if (rule && (np.ingress?.[0] || e.ports.length === 0)) e.ports = (rule.ports ?? []).map(toEdgePort);
  }
  for (const ap of c.authorizationPolicies) {
    const edge = managedEdge(docKey('AuthorizationPolicy', ap.namespace, ap.name));
    if (!edge) continue;
    const [from, to] = edge.split(' -> ');
    if (!from || !to) continue;
    const e = edgeFor(edges, from, to);
    e.policies.push(ref('AuthorizationPolicy', ap));
    const op = ap.rules?.[0]?.to?.[0]?.operation;
    if (op?.methods) e.methods = op.methods;
    if (op?.paths) e.paths = op.paths;
  }
  const handWritten = handWrittenEdges(c, engine, (kind, ns, name) => idx.managed.has(docKey(kind, ns, name)));
  const all = [...edges.values(), ...handWritten];
  const cidrs = new Set<string>(extraExternals);
  for (const e of all) for (const id of [e.from, e.to]) if (id.startsWith('external:')) cidrs.add(id.slice('external:'.length));
  const externals = [...cidrs].sort().map((cidr) => ({ id: externalId(cidr), cidr, except: exceptOf(c.networkPolicies, cidr) }));
  return { namespaces, workloads, externals, edges: all };
}

function edgeFor(edges: Map<string, AllowEdge>, from: string, to: string): AllowEdge {
  const id = `edge:${from}->${to}`;
  let e = edges.get(id);
  if (!e) edges.set(id, (e = { id, from, to, ports: [], handWritten: false, policies: [] }));
  return e;
}

const ref = (kind: PolicyRef['kind'], p: { namespace: string; name: string }): PolicyRef => ({ kind, namespace: p.namespace, name: p.name });


function namespaceOf(name: string, parse: ParseResult): DesignNamespace {
  const c = parse.cluster;
  const obj = c.namespaces.find((n) => n.name === name);
  const labels = obj?.labels ?? (Object.create(null) as Record<string, string>);
  const nps = c.networkPolicies.filter((p) => p.namespace === name);
  const denyAll = (p: NetworkPolicy) => isEmptySelector(p.podSelector) && (p.ingress ?? []).length === 0 && (p.egress ?? []).length === 0;
  const types = (p: NetworkPolicy) => effectivePolicyTypes(p);
  const deniesIngress = nps.some((p) => denyAll(p) && types(p).includes('Ingress'));
  const deniesEgress = nps.some((p) => denyAll(p) && types(p).includes('Egress'));
  const allowDns = nps.some((p) => isEmptySelector(p.podSelector) && (p.egress ?? []).some((r) => (r.ports ?? []).some((pt) => pt.port === 53 && pt.protocol === 'UDP')));
  const pa = c.peerAuthentications.find((p) => p.namespace === name && !p.selector);
  const mtls: MtlsMode | 'off' = pa ? pa.mode ?? 'UNSET' : 'off';
  const injection = labels['istio-injection'] === 'enabled' || Object.prototype.hasOwnProperty.call(labels, 'istio.io/rev');
  return { id: namespaceId(name), name, labels, defaultDeny: deniesIngress && deniesEgress, allowDns, mtls, injection };
}

function exceptOf(nps: NetworkPolicy[], cidr: string): string[] {
  for (const np of nps) for (const r of [...(np.ingress ?? []), ...(np.egress ?? [])]) for (const p of r.peers ?? []) if (p.ipBlock?.cidr === cidr && p.ipBlock.except) return p.ipBlock.except;
  return [];
}

export type { AuthorizationPolicy };
