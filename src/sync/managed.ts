// Drawn edges and namespace switches → the managed policies. This is the one place where edges become policies:
// per-destination ingress NetworkPolicies, egress NetworkPolicies where the source's egress is isolated, and Istio
// AuthorizationPolicies (ALLOW by service-account principal) for mesh destinations.
import type { AllowEdge, Design, DesignWorkload, EdgePort, Labels } from '../model';
import type { DocRef } from '../yaml/edit';
import { EDGE_ANNOTATION, MANAGED_LABEL, MANAGED_VALUE, parseNodeId, policyName, type NodeRef } from './ids';

export interface ManagedObject {
  ref: DocRef;
  object: Record<string, unknown>;
}

const meta = (name: string, namespace: string, edge?: AllowEdge) => ({
  name,
  namespace,
  labels: { [MANAGED_LABEL]: MANAGED_VALUE },
  ...(edge ? { annotations: { [EDGE_ANNOTATION]: `${edge.from} -> ${edge.to}` } } : {}),
});

/** The labels that identify a workload's pods: its `app` label when it has one, else all its labels. */
export function selectorLabels(w: DesignWorkload): Labels {
  if (w.labels.app) return { app: w.labels.app };
  return { ...w.labels };
}

const npPorts = (ports: EdgePort[]) =>
  ports.map((p) => ({ protocol: p.protocol, ...(p.port !== undefined ? { port: p.port } : {}), ...(p.endPort !== undefined ? { endPort: p.endPort } : {}) }));

export function managedObjects(design: Design): ManagedObject[] {
  const out: ManagedObject[] = [];
  const workload = new Map(design.workloads.map((w) => [w.id, w]));
  for (const ns of design.namespaces) {
    if (ns.defaultDeny) {
      out.push(np(ns.name, 'default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
    }
    if (ns.allowDns) {
      out.push(
        np(ns.name, 'allow-dns', {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] }],
        }),
      );
    }
    if (ns.mtls !== 'off') {
      out.push({
        ref: { kind: 'PeerAuthentication', namespace: ns.name, name: 'default' },
        object: { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: meta('default', ns.name), spec: { mtls: { mode: ns.mtls } } },
      });
    }
  }
  const egressIsolated = new Set(design.namespaces.filter((n) => n.defaultDeny).map((n) => n.name));
  for (const edge of design.edges) {
    if (edge.handWritten) continue;
    const from = parseNodeId(edge.from);
    const to = parseNodeId(edge.to);
    if (!from || !to) continue;
    const name = policyName(from, to);
    const fromW = workload.get(edge.from);
    const toW = workload.get(edge.to);
    if (to.kind !== 'external') {
      const podSelector = toW ? { matchLabels: selectorLabels(toW) } : {};
      const rule = { from: [peer(from, fromW, to.namespace)], ...(edge.ports.length > 0 ? { ports: npPorts(edge.ports) } : {}) };
      out.push(np(to.namespace, name, { podSelector, policyTypes: ['Ingress'], ingress: [rule] }, edge));
    }
    if (from.kind !== 'external' && egressIsolated.has(from.namespace)) {
      const podSelector = fromW ? { matchLabels: selectorLabels(fromW) } : {};
      const rule = { to: [peer(to, toW, undefined)], ...(edge.ports.length > 0 ? { ports: npPorts(edge.ports) } : {}) };
      out.push(np(from.namespace, policyName(from, to, '-egress'), { podSelector, policyTypes: ['Egress'], egress: [rule] }, edge));
    }
    const meshDestination = toW ? toW.mesh : to.kind === 'namespace' && design.namespaces.some((n) => n.name === to.namespace && n.injection);
    if (to.kind !== 'external' && meshDestination) {
      out.push(authz(to.namespace, name, toW, from, fromW, edge));
    }
  }
  return out;
}

function np(namespace: string, name: string, spec: Record<string, unknown>, edge?: AllowEdge): ManagedObject {
  return {
    ref: { kind: 'NetworkPolicy', namespace, name },
    object: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(name, namespace, edge), spec },
  };
}

/** The peer for the other end; `sameNs` = the policy's namespace (a pod selector alone means that namespace). */
function peer(ref: NodeRef, w: DesignWorkload | undefined, sameNs: string | undefined): Record<string, unknown> {
  if (ref.kind === 'external') return { ipBlock: { cidr: ref.cidr } };
  const nsSel = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': ref.namespace } } };
  if (ref.kind === 'namespace') return nsSel;
  const podSelector = { matchLabels: w ? selectorLabels(w) : { app: ref.name } };
  return ref.namespace === sameNs ? { podSelector } : { ...nsSel, podSelector };
}

function authz(namespace: string, name: string, toW: DesignWorkload | undefined, from: NodeRef, fromW: DesignWorkload | undefined, edge: AllowEdge): ManagedObject {
  const source: Record<string, string[]> =
    from.kind === 'workload'
      ? { principals: [`cluster.local/ns/${from.namespace}/sa/${fromW?.serviceAccount || 'default'}`] }
      : from.kind === 'namespace'
        ? { namespaces: [from.namespace] }
        : { ipBlocks: [from.cidr] };
  const operation: Record<string, string[]> = {};
  const ports = edge.ports.filter((p) => typeof p.port === 'number' && p.protocol === 'TCP').map((p) => String(p.port));
  if (ports.length > 0 && ports.length === edge.ports.length) operation.ports = ports;
  if (edge.methods && edge.methods.length > 0) operation.methods = edge.methods;
  if (edge.paths && edge.paths.length > 0) operation.paths = edge.paths;
  const rule = { from: [{ source }], ...(Object.keys(operation).length > 0 ? { to: [{ operation }] } : {}) };
  return {
    ref: { kind: 'AuthorizationPolicy', namespace, name },
    object: {
      apiVersion: 'security.istio.io/v1',
      kind: 'AuthorizationPolicy',
      metadata: meta(name, namespace, edge),
      spec: { ...(toW ? { selector: { matchLabels: selectorLabels(toW) } } : {}), action: 'ALLOW', rules: [rule] },
    },
  };
}
