// Reading the designer's own documents back. A document is the designer's (and may be rewritten or removed by it)
// only while it carries the managed-by label AND still has exactly the shape the designer writes. Anything else,
// including a managed document someone extended by hand, is hand-written: kept verbatim and never overwritten.
import type { EdgePort, MtlsMode, Protocol } from '../model';
import { sameValue } from '../yaml/edit-read';
import { EDGE_ANNOTATION, MANAGED_LABEL, MANAGED_VALUE, parseNodeId } from './ids';
import { ALLOW_DNS, allowDnsSpec, DEFAULT_DENY, defaultDenySpec, PEER_AUTHN, type Role } from './managed';

export interface ManagedDoc {
  role: Role;
  kind: 'NetworkPolicy' | 'AuthorizationPolicy' | 'PeerAuthentication';
  namespace: string;
  name: string;
  /** Edge policies: node ids from the edge annotation. */
  from?: string;
  to?: string;
  ports?: EdgePort[];
  methods?: string[];
  paths?: string[];
  mode?: MtlsMode;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const only = (o: Obj, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const labelMap = (v: unknown) => obj(v) && Object.values(v).every((x) => typeof x === 'string');
const selector = (v: unknown) => obj(v) && only(v, ['matchLabels']) && (v.matchLabels === undefined || labelMap(v.matchLabels));

export function isLabelledManaged(value: unknown): boolean {
  if (!obj(value) || !obj(value.metadata)) return false;
  const labels = value.metadata.labels;
  return obj(labels) && labels[MANAGED_LABEL] === MANAGED_VALUE;
}

/** The managed document this value is, or undefined when it is hand-written (see above). */
export function readManaged(value: unknown): ManagedDoc | undefined {
  if (!isLabelledManaged(value) || !obj(value) || !only(value, ['apiVersion', 'kind', 'metadata', 'spec', 'status'])) return undefined;
  const m = value.metadata as Obj;
  const name = m.name;
  const namespace = typeof m.namespace === 'string' && m.namespace !== '' ? m.namespace : 'default';
  const spec = value.spec;
  if (typeof name !== 'string' || !obj(spec)) return undefined;
  const annotation = obj(m.annotations) ? m.annotations[EDGE_ANNOTATION] : undefined;
  const base = { namespace, name };
  if (value.kind === 'PeerAuthentication') {
    const mode = obj(spec.mtls) ? spec.mtls.mode : undefined;
    if (name !== PEER_AUTHN || !only(spec, ['mtls']) || !obj(spec.mtls) || !only(spec.mtls, ['mode']) || !isMode(mode)) return undefined;
    return { ...base, role: 'mtls', kind: 'PeerAuthentication', mode };
  }
  if (value.apiVersion === 'networking.k8s.io/v1' && value.kind === 'NetworkPolicy') {
    if (annotation === undefined) {
      if (name === DEFAULT_DENY && sameValue(spec, defaultDenySpec())) return { ...base, role: 'default-deny', kind: 'NetworkPolicy' };
      if (name === ALLOW_DNS && sameValue(spec, allowDnsSpec())) return { ...base, role: 'allow-dns', kind: 'NetworkPolicy' };
      return undefined;
    }
    const ends = edgeEnds(annotation);
    if (!ends) return undefined;
    const dir = sameValue(spec.policyTypes, ['Ingress']) ? 'ingress' : sameValue(spec.policyTypes, ['Egress']) ? 'egress' : undefined;
    if (!dir || !only(spec, ['podSelector', 'policyTypes', dir]) || !selector(spec.podSelector)) return undefined;
    const rules = spec[dir];
    if (!Array.isArray(rules) || rules.length !== 1 || !obj(rules[0])) return undefined;
    const rule = rules[0];
    const peers = rule[dir === 'ingress' ? 'from' : 'to'];
    if (!only(rule, [dir === 'ingress' ? 'from' : 'to', 'ports']) || !Array.isArray(peers) || peers.length !== 1 || !simplePeer(peers[0])) return undefined;
    const ports = readPorts(rule.ports);
    if (!ports) return undefined;
    return { ...base, role: dir, kind: 'NetworkPolicy', ...ends, ports };
  }
  if (/^security\.istio\.io\/v1(beta1)?$/.test(String(value.apiVersion)) && value.kind === 'AuthorizationPolicy') {
    const ends = annotation === undefined ? undefined : edgeEnds(annotation);
    if (!ends || !only(spec, ['selector', 'action', 'rules']) || spec.action !== 'ALLOW' || (spec.selector !== undefined && !selector(spec.selector))) return undefined;
    const rules = spec.rules;
    if (!Array.isArray(rules) || rules.length !== 1 || !obj(rules[0]) || !only(rules[0], ['from', 'to'])) return undefined;
    const { from, to } = rules[0];
    if (!Array.isArray(from) || from.length !== 1 || !obj(from[0]) || !only(from[0], ['source']) || !obj(from[0].source)) return undefined;
    const source = from[0].source;
    const keys = Object.keys(source);
    if (keys.length !== 1 || !['principals', 'namespaces', 'ipBlocks'].includes(keys[0]!) || !strings(source[keys[0]!])) return undefined;
    let operation: Obj = {};
    if (to !== undefined) {
      if (!Array.isArray(to) || to.length !== 1 || !obj(to[0]) || !only(to[0], ['operation']) || !obj(to[0].operation)) return undefined;
      operation = to[0].operation;
      if (!only(operation, ['ports', 'methods', 'paths']) || !Object.values(operation).every(strings)) return undefined;
    }
    const ports = operation.ports as string[] | undefined;
    if (ports && !ports.every((p) => /^\d{1,5}$/.test(p))) return undefined;
    return {
      ...base,
      role: 'authz',
      kind: 'AuthorizationPolicy',
      ...ends,
      ports: (ports ?? []).map((p) => ({ port: Number(p), protocol: 'TCP' as const })),
      ...(operation.methods ? { methods: operation.methods as string[] } : {}),
      ...(operation.paths ? { paths: operation.paths as string[] } : {}),
    };
  }
  return undefined;
}

const isMode = (m: unknown): m is MtlsMode => m === 'UNSET' || m === 'DISABLE' || m === 'PERMISSIVE' || m === 'STRICT';

function edgeEnds(annotation: unknown): { from: string; to: string } | undefined {
  if (typeof annotation !== 'string') return undefined;
  const parts = annotation.split(' -> ');
  if (parts.length !== 2 || !parseNodeId(parts[0]!) || !parseNodeId(parts[1]!)) return undefined;
  return { from: parts[0]!, to: parts[1]! };
}

function simplePeer(p: unknown): boolean {
  if (!obj(p)) return false;
  if (p.ipBlock !== undefined)
    return (
      only(p, ['ipBlock']) &&
      obj(p.ipBlock) &&
      only(p.ipBlock, ['cidr', 'except']) &&
      typeof p.ipBlock.cidr === 'string' &&
      (p.ipBlock.except === undefined || strings(p.ipBlock.except))
    );
  if (!only(p, ['podSelector', 'namespaceSelector']) || Object.keys(p).length === 0) return false;
  if (p.podSelector !== undefined && !selector(p.podSelector)) return false;
  if (p.namespaceSelector === undefined) return true;
  const ns = obj(p.namespaceSelector) ? p.namespaceSelector.matchLabels : undefined;
  return selector(p.namespaceSelector) && obj(ns) && only(ns, ['kubernetes.io/metadata.name']) && typeof ns['kubernetes.io/metadata.name'] === 'string';
}

const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];

function readPorts(v: unknown): EdgePort[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  const out: EdgePort[] = [];
  for (const p of v) {
    if (!obj(p) || !only(p, ['protocol', 'port', 'endPort'])) return undefined;
    const protocol = p.protocol ?? 'TCP';
    if (!PROTOCOLS.includes(protocol as Protocol)) return undefined;
    if (p.port !== undefined && typeof p.port !== 'number' && typeof p.port !== 'string') return undefined;
    if (p.endPort !== undefined && typeof p.endPort !== 'number') return undefined;
    out.push({
      protocol: protocol as Protocol,
      ...(p.port !== undefined ? { port: p.port as number | string } : {}),
      ...(p.endPort !== undefined ? { endPort: p.endPort as number } : {}),
    });
  }
  return out;
}
