// YAML → the design the canvas shows: namespaces with their switches, workloads, outside addresses and edges.
// The designer's own edge policies give drawn edges back exactly (handWritten: false); every other policy is kept
// verbatim and drawn as hand-written edges to and from what it admits.
import type { AllowEdge, Design, DesignNamespace, DesignWorkload, NetworkPolicy, PolicyRef } from '../model';
import { isQueryError, type Engine } from '../engine/engine';
import { effectivePolicyTypes } from '../engine/netpol/index-policies';
import { matchesSelector } from '../engine/labels';
import type { ParseResult } from '../yaml';
import { readObject } from '../yaml/edit-read';
import { clusterPolicyCards } from './cluster-policies';
import { MANAGED_VALUE, externalId, workloadId } from './ids';
import { handWrittenEdges } from './hand-written';
import { readManaged, type ManagedDoc } from './managed-read';
import { namespaceSwitches } from './switches';

export const docKey = (kind: string, ns: string, name: string) => `${kind} ${ns}/${name}`;

/** The designer's documents in a parse, by `Kind ns/name` (edge policies whose ends exist are checked later). */
export function managedDocuments(parse: ParseResult): Map<string, ManagedDoc> {
  const out = new Map<string, ManagedDoc>();
  for (const d of parse.documents) {
    // Cheap test first: only documents that mention the marker are read again as plain objects.
    if (!d.ref || !d.modelled || d.invalid || !d.text.includes(MANAGED_VALUE)) continue;
    const value = readObject(d.text);
    const m = value ? readManaged(value) : undefined;
    if (m && m.kind === d.ref.kind) out.set(docKey(m.kind, m.namespace, m.name), m);
  }
  return out;
}

export function designFromParse(parse: ParseResult, engine: Engine, extraExternals: readonly string[] = []): Design {
  const c = parse.cluster;
  const nsNames = new Set<string>(c.namespaces.map((n) => n.name));
  for (const x of [...c.workloads, ...c.networkPolicies, ...c.authorizationPolicies, ...c.peerAuthentications]) nsNames.add(x.namespace);
  const namespaceList = [...nsNames].sort();

  const workloads: DesignWorkload[] = [];
  const seen = new Set<string>();
  for (const w of c.workloads) {
    const id = workloadId(w.namespace, w.name);
    if (seen.has(id)) continue;
    seen.add(id);
    const ep = engine.endpoint(id);
    // The engine decides which of several objects of one name stands for the pods (a Pod wins over controllers).
    const src = !isQueryError(ep) && ep.workload ? ep.workload : w;
    workloads.push({
      id,
      namespace: w.namespace,
      name: w.name,
      kind: src.kind,
      labels: src.labels,
      serviceAccount: src.serviceAccount,
      ports: src.ports,
      mesh: !isQueryError(ep) && ep.inMesh,
    });
  }

  const managed = managedDocuments(parse);
  const exists = (id: string) => seen.has(id) || (id.startsWith('namespace:') && nsNames.has(id.slice('namespace:'.length))) || id.startsWith('external:');
  // An edge policy whose ends are gone (e.g. the workload was renamed in the editor) is shown as hand-written.
  for (const [k, m] of managed) if (m.from !== undefined && (!exists(m.from) || !exists(m.to!))) managed.delete(k);
  const isManaged = (kind: string, ns: string, name: string) => managed.has(docKey(kind, ns, name));

  // The designer's own Egress policies (per-edge egress, default-deny, allow-dns) stand for switches and edges
  // that regenerate() already accounts for; only other policies isolate a workload on their own.
  const egressOwn = new Set([...managed.values()].filter((m) => m.kind === 'NetworkPolicy').map((m) => docKey(m.kind, m.namespace, m.name)));
  for (const w of workloads) w.egressIsolated = egressIsolated(w, c.networkPolicies, egressOwn);

  const nsObjects = new Map(c.namespaces.map((n) => [n.name, n]));
  const namespaces: DesignNamespace[] = namespaceList.map((name) =>
    namespaceSwitches(name, c, nsObjects.get(name)?.labels ?? (Object.create(null) as Record<string, string>), isManaged),
  );

  const edges = managedEdges(managed);
  const all = [...edges, ...handWrittenEdges(c, engine, isManaged, namespaceList)];
  const cidrs = new Set<string>(extraExternals);
  for (const e of all) for (const id of [e.from, e.to]) if (id.startsWith('external:')) cidrs.add(id.slice('external:'.length));
  const externals = [...cidrs].sort().map((cidr) => ({ id: externalId(cidr), cidr, except: exceptOf(c.networkPolicies, cidr) }));
  const clusterPolicies = clusterPolicyCards(c);
  return { namespaces, workloads, externals, edges: all, ...(clusterPolicies.length > 0 ? { clusterPolicies } : {}) };
}

/** Selected by an Egress policy that is not one of the designer's own. */
function egressIsolated(w: DesignWorkload, nps: NetworkPolicy[], own: Set<string>): boolean {
  return nps.some(
    (p) =>
      p.namespace === w.namespace &&
      !own.has(docKey('NetworkPolicy', p.namespace, p.name)) &&
      effectivePolicyTypes(p).includes('Egress') &&
      matchesSelector(p.podSelector, w.labels),
  );
}

function managedEdges(managed: Map<string, ManagedDoc>): AllowEdge[] {
  const edges = new Map<string, AllowEdge & { portsFrom?: string }>();
  // Ports come from the ingress policy when there is one (editing its ports in YAML changes the edge), then from
  // the egress policy, then from the AuthorizationPolicy.
  const rank = { ingress: 0, egress: 1, authz: 2 } as const;
  const docs = [...managed.values()].filter((m) => m.from !== undefined).sort((a, b) => rank[a.role as keyof typeof rank] - rank[b.role as keyof typeof rank]);
  for (const m of docs) {
    const id = `edge:${m.from}->${m.to}`;
    let e = edges.get(id);
    if (!e) edges.set(id, (e = { id, from: m.from!, to: m.to!, ports: m.ports ?? [], handWritten: false, policies: [] }));
    e.policies.push({ kind: m.kind, namespace: m.namespace, name: m.name } satisfies PolicyRef);
    if (m.role === 'authz') {
      if (m.methods) e.methods = m.methods;
      if (m.paths) e.paths = m.paths;
    }
  }
  return [...edges.values()];
}

function exceptOf(nps: NetworkPolicy[], cidr: string): string[] {
  for (const np of nps)
    for (const r of [...(np.ingress ?? []), ...(np.egress ?? [])]) for (const p of r.peers ?? []) if (p.ipBlock?.cidr === cidr && p.ipBlock.except) return p.ipBlock.except;
  return [];
}
