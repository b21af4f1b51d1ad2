// What the canvas refuses to write, with a message that says how to fix it: the API server would reject these
// objects (names, labels, ports), so writing them would only move the error to `kubectl apply`.
import type { ContainerPort, EdgePort, Labels } from '../model';
import { parseCidr } from '../engine/ip';

/** DNS-1123 label: names of namespaces, Deployments (as pod-name prefixes), service accounts, port names. */
export const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function checkName(name: string, what: string): string | undefined {
  if (!name) return `${what} name is empty`;
  if (name.length > 63) return `${what} name "${name}" is longer than 63 characters`;
  if (!DNS_1123.test(name)) return `${what} name "${name}" must be lowercase letters, digits and '-', starting and ending with a letter or digit`;
  return undefined;
}

// https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function checkLabels(labels: Labels): string | undefined {
  for (const [k, v] of Object.entries(labels)) {
    const slash = k.lastIndexOf('/');
    const prefix = slash >= 0 ? k.slice(0, slash) : undefined;
    const name = slash >= 0 ? k.slice(slash + 1) : k;
    if (prefix !== undefined && (prefix.length > 253 || !LABEL_PREFIX.test(prefix))) return `label key "${k}": the prefix before '/' must be a DNS subdomain (e.g. example.com)`;
    if (name.length > 63 || !LABEL_NAME.test(name)) return `label key "${k}" must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`;
    if (typeof v !== 'string') return `label "${k}" needs a text value`;
    if (v !== '' && (v.length > 63 || !LABEL_NAME.test(v)))
      return `label value "${v}" must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`;
  }
  return undefined;
}

const PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP']);

// IANA_SVC_NAME (containerPort.name, NetworkPolicyPort.port as a name): at most 15, lowercase, a letter somewhere.
const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export function checkPortName(name: string): string | undefined {
  if (name.length > 15 || !PORT_NAME.test(name) || !/[a-z]/.test(name) || name.includes('--')) {
    return `"${name}" is not a valid port name (at most 15 lowercase letters, digits and single '-', with a letter)`;
  }
  return undefined;
}

const inRange = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535;

export function checkEdgePorts(ports: readonly EdgePort[]): string | undefined {
  for (const p of ports) {
    if (!PROTOCOLS.has(p.protocol)) return `protocol "${String(p.protocol)}" must be TCP, UDP or SCTP`;
    if (p.port === undefined) {
      if (p.endPort !== undefined) return 'a port range needs a start port';
      continue;
    }
    if (typeof p.port === 'string') {
      const bad = checkPortName(p.port);
      if (bad) return bad;
      if (p.endPort !== undefined) return `a port range needs a number, not the name "${p.port}"`;
      continue;
    }
    if (!inRange(p.port)) return `port ${String(p.port)} is out of range (1–65535)`;
    if (p.endPort !== undefined && (!inRange(p.endPort) || p.endPort < p.port)) return `end port ${String(p.endPort)} must be between ${p.port} and 65535`;
  }
  return undefined;
}

export function checkContainerPorts(ports: readonly ContainerPort[]): string | undefined {
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const p of ports) {
    if (!inRange(p.containerPort)) return `port ${String(p.containerPort)} is out of range (1–65535)`;
    if (!PROTOCOLS.has(p.protocol)) return `protocol "${String(p.protocol)}" must be TCP, UDP or SCTP`;
    const key = `${p.containerPort}/${p.protocol}`;
    if (seen.has(key)) return `port ${key} is listed twice`;
    seen.add(key);
    if (p.name !== undefined && p.name !== '') {
      const bad = checkPortName(p.name);
      if (bad) return bad;
      if (names.has(p.name)) return `port name "${p.name}" is used twice`;
      names.add(p.name);
    }
  }
  return undefined;
}

/** A CIDR such as 10.0.0.0/8 or 0.0.0.0/0 (an address without a prefix length is not an ipBlock). */
export function checkCidr(cidr: string): string | undefined {
  if (!/^[^/]+\/\d{1,3}$/.test(cidr) || !parseCidr(cidr)) return `"${cidr}" is not a CIDR (e.g. 0.0.0.0/0 or 10.0.0.0/8)`;
  return undefined;
}
