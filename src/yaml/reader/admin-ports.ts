// Port matches of the admin policies, checked against the upstream types:
// v1alpha1 `ports` (apis/v1alpha1/shared_types.go AdminNetworkPolicyPort: exactly one of portNumber {protocol, port},
// namedPort, portRange {protocol, start, end}; protocol defaults to TCP) and v1alpha2 `protocols`
// (apis/v1alpha2/clusternetworkpolicy_types.go ClusterNetworkPolicyProtocol: exactly one of tcp, udp, sctp,
// destinationNamedPort; each protocol `{destinationPort: {number} | {range: {start, end}}}` with the CEL rule
// `self.start < self.end`).
import type { AdminPort, Protocol } from '../../model';
import type { Field } from './field';
import { PROTOCOLS } from './workload';

const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function exactlyOne(f: Field, keys: readonly string[], what: 'port' | 'protocol' | 'destination'): string | undefined {
  const m = f.value as Record<string, unknown>;
  const set = keys.filter((k) => Object.hasOwn(m, k) && m[k] !== null && m[k] !== undefined);
  if (set.length === 0) return f.error(`ports.${what}None`, { keys: keys.join(', ') });
  if (set.length > 1) return f.error(`ports.${what}Many`, { keys: keys.join(', '), found: set.join(' and ') });
  return set[0];
}

function portName(f: Field): string | undefined {
  const s = f.string('http');
  if (s === undefined) return undefined;
  if (!PORT_NAME.test(s) || s.length > 15) return f.error('port.name', { value: s });
  return s;
}

/** v1alpha1 `ports` of an ANP/BANP rule. */
export function readV1Ports(f: Field): AdminPort[] | undefined {
  const items = f.list('[{portNumber: {protocol: TCP, port: 80}}]');
  if (!items) return undefined;
  if (items.length === 0) f.error('ports.empty', { field: 'ports' });
  if (items.length > 100) f.error('ports.max', { field: 'ports', n: items.length, max: 100 });
  const out: AdminPort[] = [];
  for (const p of items) {
    if (!p.map('{portNumber: {protocol: TCP, port: 80}}')) continue;
    p.known(['portNumber', 'namedPort', 'portRange']);
    const which = exactlyOne(p, ['portNumber', 'namedPort', 'portRange'], 'port');
    if (which === 'namedPort') {
      const name = portName(p.get('namedPort'));
      if (name) out.push({ namedPort: name });
    } else if (which === 'portNumber') {
      const n = p.get('portNumber');
      if (!n.map('{protocol: TCP, port: 80}')) continue;
      n.known(['protocol', 'port']);
      const protocol = n.get('protocol').oneOf(PROTOCOLS, 'TCP');
      if (!n.get('port').present) n.error('ports.portRequired', { example: 'portNumber: {protocol: TCP, port: 80}' });
      const port = n.get('port').int(1, 65535, 'port');
      if (protocol && port !== undefined) out.push({ protocol, port });
    } else if (which === 'portRange') {
      const r = p.get('portRange');
      if (!r.map('{protocol: TCP, start: 8000, end: 9000}')) continue;
      r.known(['protocol', 'start', 'end']);
      const protocol = r.get('protocol').oneOf(PROTOCOLS, 'TCP');
      const range = startEnd(r, 'v1alpha1');
      if (protocol && range) out.push({ protocol, port: range[0], endPort: range[1] });
    }
  }
  return out;
}

/** v1alpha2 `protocols` of a ClusterNetworkPolicy rule. */
export function readV2Protocols(f: Field): AdminPort[] | undefined {
  const items = f.list('[{tcp: {destinationPort: {number: 80}}}]');
  if (!items) return undefined;
  if (items.length === 0) f.error('ports.empty', { field: 'protocols' });
  if (items.length > 25) f.error('ports.max', { field: 'protocols', n: items.length, max: 25 });
  const out: AdminPort[] = [];
  for (const p of items) {
    if (!p.map('{tcp: {destinationPort: {number: 80}}}')) continue;
    p.known(['tcp', 'udp', 'sctp', 'destinationNamedPort']);
    const which = exactlyOne(p, ['tcp', 'udp', 'sctp', 'destinationNamedPort'], 'protocol');
    if (which === undefined) continue;
    if (which === 'destinationNamedPort') {
      const name = portName(p.get(which));
      if (name) out.push({ namedPort: name });
      continue;
    }
    const protocol = which.toUpperCase() as Protocol;
    const proto = p.get(which);
    if (!proto.map('{destinationPort: {number: 80}}')) continue;
    proto.known(['destinationPort']);
    const dp = proto.get('destinationPort');
    if (!dp.present) {
      // MinProperties=1 on ClusterNetworkPolicyProtocolTCP/UDP/SCTP: the API server rejects `tcp: {}`.
      proto.error('ports.destinationPort', { protocol: which, example: `${which}: {destinationPort: {number: 80}}` });
      out.push({ protocol });
      continue;
    }
    if (!dp.map('{number: 80}')) continue;
    dp.known(['number', 'range']);
    const kind = exactlyOne(dp, ['number', 'range'], 'destination');
    if (kind === 'number') {
      const n = dp.get('number').int(1, 65535, 'number');
      if (n !== undefined) out.push({ protocol, port: n });
    } else if (kind === 'range') {
      const r = dp.get('range');
      if (!r.map('{start: 8000, end: 9000}')) continue;
      r.known(['start', 'end']);
      const range = startEnd(r, 'v1alpha2');
      if (range) out.push({ protocol, port: range[0], endPort: range[1] });
    }
  }
  return out;
}

function startEnd(r: Field, version: 'v1alpha1' | 'v1alpha2'): [number, number] | undefined {
  for (const k of ['start', 'end']) if (!r.get(k).present) r.error('ports.rangeEnd', { field: k, example: '{start: 8000, end: 9000}' });
  const start = r.get('start').int(1, 65535, 'start');
  const end = r.get('end').int(1, 65535, 'end');
  if (start === undefined || end === undefined) return undefined;
  if (start >= end) {
    // v1alpha2 enforces it by CEL (`self.start < self.end`); v1alpha1 only documents it ("must be less than End").
    if (version === 'v1alpha2') return r.error('ports.startBelowEnd', { start, end });
    r.warn('ports.startBelowEndV1', { start, end });
  }
  return [start, end];
}
