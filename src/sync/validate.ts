// What the canvas refuses to write, with a message that says how to fix it: the API server would reject these
// objects (names, labels, ports), so writing them would only move the error to `kubectl apply`.
import type { ContainerPort, EdgePort, Labels, Message } from '../model';
import { parseCidr } from '../engine/ip';
import { actionMessage as m, object } from './messages';

/** DNS-1123 label: names of namespaces, Deployments (as pod-name prefixes), service accounts, port names. */
export const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function checkName(name: string, kind: 'namespace' | 'workload' | 'serviceAccount'): Message | undefined {
  const what = object(kind);
  if (!name) return m('name.empty', { what });
  if (name.length > 63) return m('name.tooLong', { what, name });
  if (!DNS_1123.test(name)) return m('name.invalid', { what, name });
  return undefined;
}

// https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function checkLabels(labels: Labels): Message | undefined {
  for (const [k, v] of Object.entries(labels)) {
    const slash = k.lastIndexOf('/');
    const prefix = slash >= 0 ? k.slice(0, slash) : undefined;
    const name = slash >= 0 ? k.slice(slash + 1) : k;
    if (prefix !== undefined && (prefix.length > 253 || !LABEL_PREFIX.test(prefix))) return m('label.prefix', { key: k });
    if (name.length > 63 || !LABEL_NAME.test(name)) return m('label.key', { key: k });
    if (typeof v !== 'string') return m('label.text', { key: k });
    if (v !== '' && (v.length > 63 || !LABEL_NAME.test(v))) return m('label.value', { value: v });
  }
  return undefined;
}

const PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP']);

// IANA_SVC_NAME (containerPort.name, NetworkPolicyPort.port as a name): at most 15, lowercase, a letter somewhere.
const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export function checkPortName(name: string): Message | undefined {
  if (name.length > 15 || !PORT_NAME.test(name) || !/[a-z]/.test(name) || name.includes('--')) return m('port.name', { name });
  return undefined;
}

const inRange = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535;

export function checkEdgePorts(ports: readonly EdgePort[]): Message | undefined {
  for (const p of ports) {
    if (!PROTOCOLS.has(p.protocol)) return m('port.protocol', { protocol: String(p.protocol) });
    if (p.port === undefined) {
      if (p.endPort !== undefined) return m('port.rangeStart');
      continue;
    }
    if (typeof p.port === 'string') {
      const bad = checkPortName(p.port);
      if (bad) return bad;
      if (p.endPort !== undefined) return m('port.rangeName', { name: p.port });
      continue;
    }
    if (!inRange(p.port)) return m('port.outOfRange', { port: String(p.port) });
    if (p.endPort !== undefined && (!inRange(p.endPort) || p.endPort < p.port)) return m('port.endPort', { end: String(p.endPort), port: p.port });
  }
  return undefined;
}

export function checkContainerPorts(ports: readonly ContainerPort[]): Message | undefined {
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const p of ports) {
    if (!inRange(p.containerPort)) return m('port.outOfRange', { port: String(p.containerPort) });
    if (!PROTOCOLS.has(p.protocol)) return m('port.protocol', { protocol: String(p.protocol) });
    const key = `${p.containerPort}/${p.protocol}`;
    if (seen.has(key)) return m('port.twice', { port: key });
    seen.add(key);
    if (p.name !== undefined && p.name !== '') {
      const bad = checkPortName(p.name);
      if (bad) return bad;
      if (names.has(p.name)) return m('port.nameTwice', { name: p.name });
      names.add(p.name);
    }
  }
  return undefined;
}

/** A CIDR such as 10.0.0.0/8 or 0.0.0.0/0 (an address without a prefix length is not an ipBlock). */
export function checkCidr(cidr: string): Message | undefined {
  if (!/^[^/]+\/\d{1,3}$/.test(cidr) || !parseCidr(cidr)) return m('cidr', { cidr });
  return undefined;
}
