// Node ids and readable, stable object names for the canvas ⇄ YAML mapping.
import type { EdgePort, NodeId } from '../model';

export const MANAGED_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_VALUE = 'kube-policy-designer';
export const EDGE_ANNOTATION = 'kube-policy-designer/edge';

export type NodeRef = { kind: 'workload'; namespace: string; name: string } | { kind: 'namespace'; namespace: string } | { kind: 'external'; cidr: string };

export const namespaceId = (ns: string): NodeId => `namespace:${ns}`;
export const externalId = (cidr: string): NodeId => `external:${cidr}`;
export const workloadId = (ns: string, name: string): NodeId => `${ns}/${name}`;

export function parseNodeId(id: NodeId): NodeRef | undefined {
  if (id.startsWith('namespace:')) return { kind: 'namespace', namespace: id.slice('namespace:'.length) };
  if (id.startsWith('external:')) return { kind: 'external', cidr: id.slice('external:'.length) };
  const i = id.indexOf('/');
  if (i <= 0) return undefined;
  return { kind: 'workload', namespace: id.slice(0, i), name: id.slice(i + 1) };
}

/** A DNS-1123 label for a node, used in policy names (`allow-web-to-api`). */
export function shortName(ref: NodeRef): string {
  if (ref.kind === 'workload') return ref.name;
  if (ref.kind === 'namespace') return `ns-${ref.namespace}`;
  if (ref.cidr === '0.0.0.0/0' || ref.cidr === '::/0') return 'internet';
  return `cidr-${ref.cidr.replace(/[^0-9a-f]+/gi, '-').replace(/-+$/, '')}`.toLowerCase();
}

/** Names are at most 63 characters; long ones keep a short hash so they stay unique and stable. */
export function policyName(from: NodeRef, to: NodeRef, suffix = ''): string {
  const base = `allow-${shortName(from)}-to-${shortName(to)}${suffix}`;
  if (base.length <= 63) return base;
  let h = 0;
  for (const ch of base) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `${base.slice(0, 54).replace(/-+$/, '')}-${h.toString(36).slice(0, 8)}`;
}

export { checkName, DNS_1123 } from './validate';

export const toEdgePort = (p: { port?: number | string; endPort?: number; protocol?: EdgePort['protocol'] }): EdgePort => ({
  protocol: p.protocol ?? 'TCP',
  ...(p.port !== undefined ? { port: p.port } : {}),
  ...(p.endPort !== undefined ? { endPort: p.endPort } : {}),
});

/** `8080/TCP`, `8000-8100/TCP`, `http/TCP`, or `all ports`. */
export function portsLabel(ports: EdgePort[]): string {
  if (ports.length === 0) return 'all ports';
  return ports.map((p) => (p.port === undefined ? `any/${p.protocol}` : `${p.port}${p.endPort !== undefined ? `-${p.endPort}` : ''}/${p.protocol}`)).join(', ');
}
