// Drawn edges and namespace switches → the managed policies. This is the one place where edges become policies:
// an ingress NetworkPolicy per edge in the destination's namespace, an egress NetworkPolicy in the source's
// namespace where the source's egress is isolated, and an Istio AuthorizationPolicy (ALLOW by the source's
// service-account principal) where the destination has a sidecar.
import type { AllowEdge, Design, DesignWorkload, EdgePort, MtlsMode } from '../model';
import type { DocRef } from '../yaml/edit';
import { EDGE_ANNOTATION, MANAGED_LABEL, MANAGED_VALUE, parseNodeId, policyName, type NodeRef } from './ids';
import { selectorLabels } from './selectors';

/** What a managed document is for; the same slot across a rename lets the new document take the old one's place. */
export type Role = 'default-deny' | 'allow-dns' | 'mtls' | 'ingress' | 'egress' | 'authz';

export interface ManagedObject {
  ref: DocRef;
  role: Role;
  /** `role|from->to` for edge policies, `role|namespace` for switches. */
  slot: string;
  object: Record<string, unknown>;
}

export const DEFAULT_DENY = 'default-deny';
export const ALLOW_DNS = 'allow-dns';
export const PEER_AUTHN = 'default';

export const defaultDenySpec = () => ({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
// DNS lives in kube-system behind pods labelled k8s-app=kube-dns (both kube-dns and CoreDNS keep that label);
// kubernetes.io/metadata.name is set on every namespace by Kubernetes since 1.22.
export const allowDnsSpec = () => ({
  podSelector: {},
  policyTypes: ['Egress'],
  egress: [
    {
      to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
      ports: [
        { protocol: 'UDP', port: 53 },
        { protocol: 'TCP', port: 53 },
      ],
    },
  ],
});
export const mtlsSpec = (mode: MtlsMode) => ({ mtls: { mode } });

export const edgeSlot = (role: Role, from: string, to: string) => `${role}|${from}->${to}`;
export const switchSlot = (role: Role, ns: string) => `${role}|${ns}`;
export const edgeAnnotation = (from: string, to: string) => `${from} -> ${to}`;

const meta = (name: string, namespace: string, edge?: AllowEdge) => ({
  name,
  namespace,
  labels: { [MANAGED_LABEL]: MANAGED_VALUE },
  ...(edge ? { annotations: { [EDGE_ANNOTATION]: edgeAnnotation(edge.from, edge.to) } } : {}),
});

const npPorts = (ports: EdgePort[]) =>
  ports.map((p) => ({ protocol: p.protocol, ...(p.port !== undefined ? { port: p.port } : {}), ...(p.endPort !== undefined ? { endPort: p.endPort } : {}) }));

function np(namespace: string, name: string, role: Role, slot: string, spec: Record<string, unknown>, edge?: AllowEdge): ManagedObject {
  const object = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(name, namespace, edge), spec };
  return { ref: { kind: 'NetworkPolicy', namespace, name }, role, slot, object };
}

export function managedObjects(design: Design): ManagedObject[] {
  const out: ManagedObject[] = [];
  for (const ns of design.namespaces) {
    if (ns.defaultDeny && !ns.handWritten?.defaultDeny.length) out.push(np(ns.name, DEFAULT_DENY, 'default-deny', switchSlot('default-deny', ns.name), defaultDenySpec()));
    if (ns.allowDns && !ns.handWritten?.allowDns.length) out.push(np(ns.name, ALLOW_DNS, 'allow-dns', switchSlot('allow-dns', ns.name), allowDnsSpec()));
    if (ns.mtls !== 'off' && !ns.handWritten?.mtls.length) {
      const object = { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: meta(PEER_AUTHN, ns.name), spec: mtlsSpec(ns.mtls) };
      out.push({ ref: { kind: 'PeerAuthentication', namespace: ns.name, name: PEER_AUTHN }, role: 'mtls', slot: switchSlot('mtls', ns.name), object });
    }
  }
  const workloads = new Map(design.workloads.map((w) => [w.id, w]));
  const namespaces = new Map(design.namespaces.map((n) => [n.name, n]));
  for (const edge of design.edges) if (!edge.handWritten) out.push(...edgePolicies(edge, design, workloads, namespaces));
  return out;
}

function edgePolicies(edge: AllowEdge, design: Design, workloads: Map<string, DesignWorkload>, namespaces: Map<string, Design['namespaces'][number]>): ManagedObject[] {
  const from = parseNodeId(edge.from);
  const to = parseNodeId(edge.to);
  if (!from || !to) return [];
  const fromW = workloads.get(edge.from);
  const toW = workloads.get(edge.to);
  // Never write a policy for a workload that is not there: `podSelector: {}` would select the whole namespace.
  if ((from.kind === 'workload' && !fromW) || (to.kind === 'workload' && !toW)) return [];
  const except = (cidr: string) => design.externals.find((e) => e.cidr === cidr)?.except ?? [];
  const peer = (ref: NodeRef, w: DesignWorkload | undefined, policyNs: string): Record<string, unknown> => {
    if (ref.kind === 'external') return { ipBlock: { cidr: ref.cidr, ...(except(ref.cidr).length > 0 ? { except: [...except(ref.cidr)] } : {}) } };
    const nsSel = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': ref.namespace } } };
    if (ref.kind === 'namespace') return ref.namespace === policyNs ? { podSelector: {} } : nsSel;
    // A podSelector alone means the policy's own namespace (NetworkPolicyPeer docs); elsewhere both are needed.
    const podSelector = { matchLabels: selectorLabels(w!, design) };
    return ref.namespace === policyNs ? { podSelector } : { ...nsSel, podSelector };
  };
  const ports = edge.ports.length > 0 ? { ports: npPorts(edge.ports) } : {};
  const out: ManagedObject[] = [];
  const name = policyName(from, to);
  if (to.kind !== 'external') {
    const podSelector = toW ? { matchLabels: selectorLabels(toW, design) } : {};
    const spec = { podSelector, policyTypes: ['Ingress'], ingress: [{ from: [peer(from, fromW, to.namespace)], ...ports }] };
    out.push(np(to.namespace, name, 'ingress', edgeSlot('ingress', edge.from, edge.to), spec, edge));
  }
  if (from.kind !== 'external' && sourceEgressIsolated(from, fromW, namespaces)) {
    const podSelector = fromW ? { matchLabels: selectorLabels(fromW, design) } : {};
    const spec = { podSelector, policyTypes: ['Egress'], egress: [{ to: [peer(to, toW, from.namespace)], ...ports }] };
    out.push(np(from.namespace, policyName(from, to, '-egress'), 'egress', edgeSlot('egress', edge.from, edge.to), spec, edge));
  }
  const meshDestination = toW ? toW.mesh : to.kind === 'namespace' && !!namespaces.get(to.namespace)?.injection;
  if (to.kind !== 'external' && meshDestination) {
    const a = authz(to.namespace, name, toW, from, fromW, edge, design);
    if (a) out.push(a);
  }
  return out;
}

/**
 * Whether traffic from this source needs an egress allow. Default deny and Allow DNS both select every pod of the
 * namespace for Egress, so either isolates them all (a pod selected by any Egress policy only gets what some
 * policy allows); a single workload may also be isolated by hand-written policies.
 */
export function sourceEgressIsolated(from: NodeRef, fromW: DesignWorkload | undefined, namespaces: Map<string, Design['namespaces'][number]>): boolean {
  if (from.kind === 'external') return false;
  const ns = namespaces.get(from.namespace);
  if (ns?.defaultDeny || ns?.allowDns) return true;
  return from.kind === 'workload' && !!fromW?.egressIsolated;
}

// Istio proxies TCP only (QUERY-MODEL.md): an edge of UDP/SCTP ports alone needs no AuthorizationPolicy. Ports
// in an AuthorizationPolicy are numbers; a named port becomes the destination's container port of that name, and
// when one cannot be resolved the operation names no ports (the NetworkPolicy still limits the ports).
function authz(
  namespace: string,
  name: string,
  toW: DesignWorkload | undefined,
  from: NodeRef,
  fromW: DesignWorkload | undefined,
  edge: AllowEdge,
  design: Design,
): ManagedObject | undefined {
  const tcp = edge.ports.filter((p) => p.protocol === 'TCP');
  if (edge.ports.length > 0 && tcp.length === 0) return undefined;
  const source: Record<string, string[]> =
    from.kind === 'workload'
      ? { principals: [`cluster.local/ns/${from.namespace}/sa/${fromW?.serviceAccount || 'default'}`] }
      : from.kind === 'namespace'
        ? { namespaces: [from.namespace] }
        : { ipBlocks: [from.cidr] };
  const numbers: string[] = [];
  let resolvable = tcp.length > 0;
  for (const p of tcp) {
    if (typeof p.port === 'number') for (let n = p.port; n <= (p.endPort ?? p.port) && numbers.length <= 64; n++) numbers.push(String(n));
    else {
      const c = toW?.ports.find((cp) => cp.name === p.port && cp.protocol === 'TCP');
      if (c) numbers.push(String(c.containerPort));
      else resolvable = false;
    }
  }
  const operation: Record<string, string[]> = {};
  if (resolvable && numbers.length > 0 && numbers.length <= 64) operation.ports = [...new Set(numbers)];
  if (edge.methods && edge.methods.length > 0) operation.methods = [...edge.methods];
  if (edge.paths && edge.paths.length > 0) operation.paths = [...edge.paths];
  const rule = { from: [{ source }], ...(Object.keys(operation).length > 0 ? { to: [{ operation }] } : {}) };
  const spec = { ...(toW ? { selector: { matchLabels: selectorLabels(toW, design) } } : {}), action: 'ALLOW', rules: [rule] };
  const object = { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: meta(name, namespace, edge), spec };
  return { ref: { kind: 'AuthorizationPolicy', namespace, name }, role: 'authz', slot: edgeSlot('authz', edge.from, edge.to), object };
}
